/**
 * Where a link in a post really points.
 *
 * Foreign posts carry site-absolute links of the site they came from (`/windows-server/…`,
 * `/archive/blogs/…` on Microsoft Learn). On our site those paths would 404, so they are made absolute to
 * the post's publisher: the origin its frontmatter names (a canonical or original URL), else the origin of
 * a known path prefix, else the origin configured for its dialect (Docs posts: Microsoft Learn, whatever
 * the path). Anything site-absolute that is none of these nor our own route or public file is reported
 * instead of shipped.
 */
import type { Dialect } from '../frontmatter';

/** Path prefixes of this site's own pages; links under them are kept (with the base path added). */
export const SITE_ROUTE_PREFIXES = [
  '/matrix/',
  '/hosts/',
  '/images/',
  '/announcements/',
  '/tags/',
  '/api/',
  '/identify/',
] as const;

/** Microsoft Learn, where every site-absolute link of a Docs-dialect post points. */
export const MICROSOFT_LEARN_ORIGIN = 'https://learn.microsoft.com';

/**
 * Keys starting with `/` are path prefixes, for posts of any dialect; a dialect key is the origin of every
 * other site-absolute path of that dialect's posts. Docs posts come from Learn whatever the path; the
 * prefixes also catch the Learn links blog posts copy.
 */
export const DEFAULT_PUBLISHER_ORIGINS: Readonly<Record<string, string>> = {
  docs: MICROSOFT_LEARN_ORIGIN,
  '/windows-server/': MICROSOFT_LEARN_ORIGIN,
  '/virtualization/': MICROSOFT_LEARN_ORIGIN,
  '/azure/': MICROSOFT_LEARN_ORIGIN,
};

/** What a link resolver needs to know about the site and the post. */
export interface LinkContext {
  /** Keys are path prefixes (`/azure/`) or a dialect (`docs`: the fallback for that dialect's other paths). */
  publisherOrigins: Readonly<Record<string, string>>;
  /** The post's dialect, to pick the fallback origin. */
  dialect: Dialect | null;
  /** The origin the post's own frontmatter names (`canonical_url` …), which wins over every other origin. */
  postOrigin: string | null;
  /** The site's base path (`/` or `/compat/`), added to links to our own pages. */
  base: string;
  /** Our route prefixes. */
  siteRoutes: readonly string[];
  /** Whether `public/` has this file (path without base, e.g. `/favicon.svg`). */
  publicFileExists: (path: string) => boolean;
}

/** The decision for one link: its new href (null = render as text) and whether to report it. */
export type LinkResolution =
  | { kind: 'external'; href: string }
  | { kind: 'site'; href: string }
  | { kind: 'publisher'; href: string }
  | { kind: 'unknown-site'; href: null }
  | { kind: 'relative'; href: null }
  | { kind: 'other'; href: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Joins the base path and a site-absolute path without doubling the slash. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

function pathOf(href: string): string {
  return href.replace(/[?#].*$/, '');
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Decides what a link becomes; pure, so every rule is unit-tested without rendering. */
export function resolveLink(href: string, context: LinkContext): LinkResolution {
  if (/^https?:/i.test(href)) return { kind: 'external', href };
  if (href.startsWith('//')) return { kind: 'external', href: `https:${href}` };
  // Fragments, queries, mailto: and the like stay; the sanitiser removes unsafe schemes (javascript:).
  if (href === '' || href.startsWith('#') || href.startsWith('?') || SCHEME.test(href))
    return { kind: 'other', href };
  if (!href.startsWith('/')) return { kind: 'relative', href: null };

  const path = pathOf(href);
  if (path === '/' || context.siteRoutes.some((route) => path.startsWith(route) || `${path}/` === route)) {
    return { kind: 'site', href: withBase(context.base, href) };
  }
  if (context.publicFileExists(safeDecode(path))) return { kind: 'site', href: withBase(context.base, href) };
  const origin = publisherOriginFor(path, context);
  if (origin !== null) return { kind: 'publisher', href: `${origin.replace(/\/+$/, '')}${href}` };
  return { kind: 'unknown-site', href: null };
}

/**
 * The origin of the publisher of a post's site-absolute path, or null when none is known: the post's own
 * origin, else the longest matching path prefix, else the origin of the post's dialect.
 */
export function publisherOriginFor(
  path: string,
  context: Omit<LinkContext, 'base' | 'siteRoutes' | 'publicFileExists'>,
): string | null {
  if (context.postOrigin !== null) return context.postOrigin;
  const prefix = Object.keys(context.publisherOrigins)
    .filter((key) => key.startsWith('/') && path.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix !== undefined) return context.publisherOrigins[prefix] ?? null;
  return context.dialect === null ? null : (context.publisherOrigins[context.dialect] ?? null);
}
