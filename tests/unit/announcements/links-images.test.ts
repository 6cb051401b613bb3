/**
 * The pure decisions behind the Markdown pipeline: where a link points and how an image is served.
 */
import { describe, expect, test } from 'vitest';
import {
  classifyImageSource,
  DEFAULT_PUBLISHER_ORIGINS,
  resolveLink,
  SITE_ROUTE_PREFIXES,
} from '../../../src/lib/announcements/markdown';
import type { LinkContext } from '../../../src/lib/announcements/markdown';

const context: LinkContext = {
  publisherOrigins: DEFAULT_PUBLISHER_ORIGINS,
  dialect: 'docs',
  postOrigin: null,
  base: '/',
  siteRoutes: SITE_ROUTE_PREFIXES,
  publicFileExists: (path) => path === '/favicon.svg',
};

describe('resolveLink', () => {
  test.each([
    ['https://example.org/a', { kind: 'external', href: 'https://example.org/a' }],
    ['//example.org/a', { kind: 'external', href: 'https://example.org/a' }],
    [
      '/virtualization/windowscontainers/x',
      { kind: 'publisher', href: 'https://learn.microsoft.com/virtualization/windowscontainers/x' },
    ],
    ['/azure/aks/?tabs=a#b', { kind: 'publisher', href: 'https://learn.microsoft.com/azure/aks/?tabs=a#b' }],
    ['/hosts/ws2019/', { kind: 'site', href: '/hosts/ws2019/' }],
    ['/tags', { kind: 'site', href: '/tags' }],
    ['/', { kind: 'site', href: '/' }],
    ['/favicon.svg', { kind: 'site', href: '/favicon.svg' }],
    ['/powershell/module/x', { kind: 'publisher', href: 'https://learn.microsoft.com/powershell/module/x' }],
    [
      '/archive/blogs/virtualization/a-post?x=1',
      { kind: 'publisher', href: 'https://learn.microsoft.com/archive/blogs/virtualization/a-post?x=1' },
    ],
    [
      '/previous-versions/windows/it-pro/x#y',
      { kind: 'publisher', href: 'https://learn.microsoft.com/previous-versions/windows/it-pro/x#y' },
    ],
    ['../sibling.md', { kind: 'relative', href: null }],
    ['#section', { kind: 'other', href: '#section' }],
    ['mailto:team@example.org', { kind: 'other', href: 'mailto:team@example.org' }],
    ['javascript:alert(1)', { kind: 'other', href: 'javascript:alert(1)' }],
  ])('%s', (href, expected) => {
    expect(resolveLink(href, context)).toEqual(expected);
  });

  test('the longest publisher prefix wins, and a dialect key is the fallback for other paths', () => {
    const origins = {
      '/azure/': 'https://a.example',
      '/azure/special/': 'https://b.example',
      docs: 'https://c.example',
    };
    expect(resolveLink('/azure/special/x', { ...context, publisherOrigins: origins }).href).toBe(
      'https://b.example/azure/special/x',
    );
    expect(resolveLink('/other/x', { ...context, publisherOrigins: origins })).toEqual({
      kind: 'publisher',
      href: 'https://c.example/other/x',
    });
    expect(resolveLink('/other/x', { ...context, publisherOrigins: origins, dialect: 'blog' }).kind).toBe(
      'unknown-site',
    );
  });

  test('a blog post links to the origin its frontmatter names, for any path, before any prefix', () => {
    const blog = { ...context, dialect: 'blog' as const, postOrigin: 'https://blog.example.org' };
    expect(resolveLink('/2016/05/older-post/', blog)).toEqual({
      kind: 'publisher',
      href: 'https://blog.example.org/2016/05/older-post/',
    });
    expect(resolveLink('/azure/x', blog).href).toBe('https://blog.example.org/azure/x');
    // Our own routes and public files are still ours.
    expect(resolveLink('/hosts/ws2019/', blog)).toEqual({ kind: 'site', href: '/hosts/ws2019/' });
    expect(resolveLink('/favicon.svg', blog)).toEqual({ kind: 'site', href: '/favicon.svg' });
  });

  test('a blog post without a known origin: only the known Learn prefixes resolve, the rest is unknown', () => {
    const blog = { ...context, dialect: 'blog' as const };
    expect(resolveLink('/azure/aks/', blog).href).toBe('https://learn.microsoft.com/azure/aks/');
    expect(resolveLink('/2016/05/older-post/', blog)).toEqual({ kind: 'unknown-site', href: null });
    expect(
      resolveLink('/2016/05/older-post/', {
        ...blog,
        publisherOrigins: { ...DEFAULT_PUBLISHER_ORIGINS, blog: 'https://configured.example' },
      }).href,
    ).toBe('https://configured.example/2016/05/older-post/');
  });

  test('our routes get the base path', () => {
    expect(resolveLink('/images/nanoserver-1809/', { ...context, base: '/compat/' }).href).toBe(
      '/compat/images/nanoserver-1809/',
    );
  });
});

describe('classifyImageSource', () => {
  const exists = (path: string) => path === '/assets/here.png' || path === '/assets/with space.png';

  test.each([
    ['./media/x.svg', 'relative'],
    ['media/x.svg', 'relative'],
    ['/assets/here.png', 'public'],
    ['/assets/with%20space.png?v=1', 'public'],
    ['/assets/gone.png', 'missing'],
    ['/assets/%E0%A4%A.png', 'missing'],
    ['https://example.org/x.png', 'remote'],
    ['//example.org/x.png', 'remote'],
    ['data:image/png;base64,AAAA', 'unsupported'],
    ['', 'unsupported'],
  ])('%s is %s', (src, kind) => {
    expect(classifyImageSource(src, exists)).toBe(kind);
  });
});
