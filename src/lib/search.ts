/**
 * Type-ahead matching for the host and image pickers: what people type (`2019`, `rs5`, `17763`,
 * `10.0.17763.5458`, `win11 24h2`, `ltsc2022`) ranked against names, ids, tags and aliases. Pure.
 */

/** Anything the pickers can offer. */
export interface Searchable {
  id: string;
  name: string;
  build: number;
  /** Extra words that should find this entry: aliases, tags, short names. */
  terms: readonly string[];
}

/** Lower-cases and collapses separators so `Win11 24H2`, `win11-24h2` and `win11_24h2` compare equal. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\-:,./]+/g, ' ')
    .trim();
}

/** The build number in a query like `17763`, `10.0.17763` or `10.0.17763.5458`, if any. */
export function buildInQuery(query: string): number | null {
  const match = /(?:^|\D)(?:10\.0\.)?(1\d{4}|2\d{4})(?:\.\d+)?(?:\D|$)/.exec(query.trim());
  return match?.[1] ? Number(match[1]) : null;
}

/** Scores one entry against a normalised query: higher is better, 0 means no match. */
export function scoreMatch(entry: Searchable, query: string): number {
  const q = normalizeQuery(query);
  if (q === '') return 1;
  const build = buildInQuery(query);
  if (build !== null && build === entry.build) return 90;
  const words = [entry.id, entry.name, ...entry.terms].map(normalizeQuery);
  if (words.some((word) => word === q)) return 100;
  if (words.some((word) => word.startsWith(q))) return 70;
  const parts = q.split(' ');
  const haystack = words.join(' | ');
  if (parts.every((part) => haystack.includes(part))) return 40;
  return 0;
}

/** Entries matching the query, best first; ties keep the input order (which is newest first). */
export function searchEntries<T extends Searchable>(entries: readonly T[], query: string, limit = 12): T[] {
  return entries
    .map((entry, index) => ({ entry, index, score: scoreMatch(entry, query) }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((scored) => scored.entry);
}
