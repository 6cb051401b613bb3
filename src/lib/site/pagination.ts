/**
 * Pagination of the announcement list: page 1 lives at /announcements/, later pages at
 * /announcements/page/<n>/. Pure.
 */

/** How many announcements one list page shows. */
export const PAGE_SIZE = 20;

/** The site-relative path of list page `n` (1-based). */
export function listPagePath(n: number): string {
  return n <= 1 ? '/announcements/' : `/announcements/page/${n}/`;
}

/** The items of page `n` and the links around it. */
export function paginate<T>(items: readonly T[], n: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return {
    items: items.slice((n - 1) * size, n * size),
    pages,
    previous: n > 1 ? listPagePath(n - 1) : null,
    next: n < pages ? listPagePath(n + 1) : null,
    label: `Page ${n} of ${pages}`,
  };
}
