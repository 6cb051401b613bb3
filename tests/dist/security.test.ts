import { describe, expect, test } from 'vitest';
import { builtPages } from './dist';

describe('content security policy', () => {
  const pages = builtPages().filter((page) => !page.metas.has('refresh'));

  test('every page carries a CSP whose script-src allows no inline script without a hash', () => {
    for (const page of pages) {
      const policy = page.metas.get('content-security-policy');
      expect(policy, page.file).toBeDefined();
      const scriptSrc =
        policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, page.file).not.toContain('unsafe-inline');
      expect(policy, page.file).toContain("default-src 'self'");
    }
  });

  test('pages name no third-party origin for scripts, styles, images or frames', () => {
    for (const page of pages) {
      const thirdParty = page.links.filter(
        (link) =>
          ['script', 'img', 'iframe', 'link'].includes(link.tag) && /^(https?:)?\/\//.test(link.value),
      );
      // <link rel=canonical> and the feed are absolute URLs of this site, not loads.
      const loads = thirdParty.filter((link) => link.tag !== 'link');
      expect(loads, page.file).toEqual([]);
    }
  });
});
