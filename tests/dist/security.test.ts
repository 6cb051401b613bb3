import { createHash } from 'node:crypto';
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

  test('every inline script is allowed by a hash in the page’s own policy', () => {
    for (const page of pages) {
      const policy = page.metas.get('content-security-policy') ?? '';
      for (const script of page.scripts.filter((s) => !s.src && s.type !== 'application/json')) {
        const hash = `'sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}'`;
        expect(policy.includes(hash), `${page.file}: inline script "${script.text.slice(0, 40)}…"`).toBe(
          true,
        );
      }
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
