/**
 * Site-relative paths of every page, in one place, so links, the JSON API and redirects agree.
 * Paths end with a slash because the site is built with `trailingSlash: 'always'`.
 */

/** The cell page of one host × image pair: the canonical deep link. */
export function cellPath(hostId: string, imageId: string): string {
  return `/matrix/${hostId}/${imageId}/`;
}

/** The page of one host ("what runs here"). */
export function hostPath(hostId: string): string {
  return `/hosts/${hostId}/`;
}

/** The page of one image ("where does this run"). */
export function imagePath(imageId: string): string {
  return `/images/${imageId}/`;
}

/** The page of one announcement. */
export function announcementPath(slug: string): string {
  return `/announcements/${slug}/`;
}

/** Turns free text (an alias, a category) into a URL segment: `Win11 24H2` → `win11-24h2`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
