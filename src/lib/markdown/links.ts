/**
 * Where a link in a post really points.
 *
 * Foreign posts carry site-absolute links of the site they came from (`/windows-server/…` on Microsoft
 * Learn). On our site those paths would 404, so they are made absolute to the publisher; anything
 * site-absolute that is neither our route nor a known publisher path is reported instead of shipped.
 */
import type { Dialect } from '../announcements/frontmatter';

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

/** Microsoft Docs posts link to Learn with site-absolute paths; these are the ones our posts use. */
export const DEFAULT_PUBLISHER_ORIGINS: Readonly<Record<string, string>> = {
  '/windows-server/': 'https://learn.microsoft.com',
  '/virtualization/': 'https://learn.microsoft.com',
  '/azure/': 'https://learn.microsoft.com',
};

/** What a link resolver needs to know about the site and the post. */
export interface LinkContext {
  /** Keys are path prefixes (`/azure/`) or a dialect (`docs`: the fallback for that dialect's other paths). */
  publisherOrigins: Readonly<Record<string, string>>;
  /** The post's dialect, to pick the fallback origin. */
  dialect: Dialect | null;
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
  | { kind: 'fallback'; href: string }
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
  const prefixes = Object.keys(context.publisherOrigins)
    .filter((key) => key.startsWith('/') && href.startsWith(key))
    .sort((a, b) => b.length - a.length);
  const prefix = prefixes[0];
  if (prefix !== undefined) {
    return {
      kind: 'publisher',
      href: `${(context.publisherOrigins[prefix] ?? '').replace(/\/+$/, '')}${href}`,
    };
  }
  if (context.publicFileExists(safeDecode(path))) return { kind: 'site', href: withBase(context.base, href) };
  const fallback = context.dialect === null ? undefined : context.publisherOrigins[context.dialect];
  if (fallback !== undefined) return { kind: 'fallback', href: `${fallback.replace(/\/+$/, '')}${href}` };
  return { kind: 'unknown-site', href: null };
}
