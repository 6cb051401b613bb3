/**
 * The pure decisions behind the Markdown pipeline: where a link points and how an image is served.
 */
import { describe, expect, test } from 'vitest';
import {
  classifyImageSource,
  DEFAULT_PUBLISHER_ORIGINS,
  resolveLink,
  SITE_ROUTE_PREFIXES,
} from '../../../src/lib/markdown';
import type { LinkContext } from '../../../src/lib/markdown';

const context: LinkContext = {
  publisherOrigins: DEFAULT_PUBLISHER_ORIGINS,
  dialect: 'docs',
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
    ['/powershell/module/x', { kind: 'unknown-site', href: null }],
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
      kind: 'fallback',
      href: 'https://c.example/other/x',
    });
    expect(resolveLink('/other/x', { ...context, publisherOrigins: origins, dialect: 'blog' }).kind).toBe(
      'unknown-site',
    );
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
