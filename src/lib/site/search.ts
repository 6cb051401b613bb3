/**
 * Type-ahead matching for the host and image pickers: what people type (`2019`, `rs5`, `17763`,
 * `10.0.17763.5458`, `win11 24h2`, `ltsc2022`, `Windows Server 2019 Datacenter`, `LTSC 2019`) ranked against
 * names, ids, tags and aliases. The words are compared by the same vocabulary the paste box uses
 * (`src/lib/readers/vocabulary.ts`), so both understand the same names. Pure.
 */
import { buildInQuery, scoreName } from '../readers/vocabulary';
import type { Named } from '../readers/vocabulary';

/** Anything the pickers can offer. */
export type Searchable = Named;

export { buildInQuery };

/** Lower-cases and collapses separators so `Win11 24H2`, `win11-24h2` and `win11_24h2` compare equal. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\-:,./]+/g, ' ')
    .trim();
}

/** Scores one entry against a query: higher is better, 0 means no match; an empty query matches all. */
export function scoreMatch(entry: Searchable, query: string): number {
  if (normalizeQuery(query) === '') return 1;
  return scoreName(entry, releaseOfKbTag(query.trim()));
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

// Kept here, not with the update reader, so the pickers do not ship the revision rules.
/** A picker query with a KB-style tag's update part dropped (`1809-KB4480116-amd64` → `1809`), so the release is found. */
export function releaseOfKbTag(query: string): string {
  return query.replace(/^(\S+?)[-_]KB\d{6,8}(?:[-_](?:amd64|arm64))?$/i, '$1');
}
