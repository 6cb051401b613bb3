/**
 * Site-wide constants and URL helpers. Pure: the base path is passed in, never read from Astro,
 * so the same helpers work in pages, islands and unit tests.
 */

/** The site's name, shown in the header, titles and feeds. */
export const SITE_NAME = 'Windows Container Compatibility';

/** One-line description used as the default meta description. */
export const SITE_DESCRIPTION =
  'Which Windows container base image runs on which host, with process or Hyper-V isolation, and the exact tag to use.';

/** The main navigation, in order. Paths are site-relative and end with a slash. */
export const NAV_ITEMS: readonly { label: string; path: string }[] = [
  { label: 'Matrix', path: '/matrix/' },
  { label: 'Announcements', path: '/announcements/' },
  { label: 'Tag guide', path: '/tags/' },
  { label: 'Errors', path: '/errors/' },
  { label: 'Platforms', path: '/platforms/' },
  { label: 'API', path: '/api/' },
];

/** Joins the deployment's base path and a site-relative path without doubling or losing slashes. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${cleanPath}`;
}

/** Removes the deployment's base path from a pathname, giving the site-relative path. */
export function withoutBase(base: string, pathname: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase !== '' && pathname.startsWith(trimmedBase)) {
    const rest = pathname.slice(trimmedBase.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return pathname;
}

/** Whether a nav item is the current section, so the header can mark it with aria-current. */
export function isCurrentSection(itemPath: string, sitePath: string): boolean {
  return sitePath === itemPath || sitePath.startsWith(itemPath);
}
