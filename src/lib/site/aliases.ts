/**
 * URL aliases and "did you mean" suggestions. An alias is any name the data gives a host or image
 * (`2019`, `rs5`, `ltsc2022`, the second floating tag `servercore-1809` …) that points at exactly one
 * entry; names shared by several entries (1809 is a server, a SAC server and a client) are not aliases
 * but still show up as suggestions. Pure.
 */
import { scoreMatch } from './search';
import type { Searchable } from './search';
import { slugify } from '../knowledge/paths';

/** Alias slug → canonical id, for hosts or for images. */
export type AliasMap = Record<string, string>;

/** Everything the 404 page needs to resolve a mistyped or aliased URL, small enough to inline. */
export interface AliasTable {
  hosts: AliasMap;
  images: AliasMap;
  hostNames: Record<string, string>;
  imageNames: Record<string, string>;
}

/** Builds an alias map: every slugified term that names exactly one entry and is not an id itself. */
export function aliasMap(entries: readonly { id: string; terms: readonly string[] }[]): AliasMap {
  const owners = new Map<string, Set<string>>();
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    for (const term of entry.terms) {
      const slug = slugify(term);
      if (slug === '' || ids.has(slug)) continue;
      const set = owners.get(slug) ?? new Set<string>();
      set.add(entry.id);
      owners.set(slug, set);
    }
  }
  const map: AliasMap = {};
  for (const [slug, set] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    const [only] = set;
    if (set.size === 1 && only !== undefined) map[slug] = only;
  }
  return map;
}

/** Resolves one URL segment to a canonical id: an id, an alias, or null. */
export function resolveSegment(segment: string, ids: readonly string[], aliases: AliasMap): string | null {
  const slug = slugify(decodeSafely(segment));
  if (ids.includes(slug)) return slug;
  return aliases[slug] ?? null;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The closest entries to a segment nobody recognised, by type-ahead score then edit distance. */
export function closest(
  segment: string,
  names: Record<string, string>,
  aliases: AliasMap,
  limit = 3,
): string[] {
  const query = decodeSafely(segment).replace(/-/g, ' ');
  const terms = new Map<string, string[]>();
  for (const [alias, id] of Object.entries(aliases)) terms.set(id, [...(terms.get(id) ?? []), alias]);
  const entries: Searchable[] = Object.entries(names).map(([id, name]) => ({
    id,
    name,
    build: 0,
    terms: terms.get(id) ?? [],
  }));
  const slug = slugify(query);
  return entries
    .map((entry) => ({
      id: entry.id,
      score: scoreMatch(entry, query),
      distance: editDistance(slug, entry.id),
    }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance)
    .slice(0, limit)
    .map((scored) => scored.id);
}

/** Edit distance counting a swap of neighbours as one edit (typos like ws2091), capped at 64 characters. */
export function editDistance(a: string, b: string): number {
  const left = a.slice(0, 64);
  const right = b.slice(0, 64);
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[left.length]?.[right.length] ?? 0;
}

/** What the 404 page offers for a path: an exact canonical page when aliases resolve it, else suggestions. */
export interface Suggestion {
  /** A canonical site-relative path the URL surely meant (aliases resolved), or null. */
  resolved: string | null;
  /** Up to a few likely pages, as [path, label] pairs. */
  suggestions: [string, string][];
}

/** Suggests pages for a site-relative path that does not exist (`/matrix/ws2091/servercore-ltsc2022/`). */
export function suggestForPath(path: string, table: AliasTable): Suggestion {
  const segments = path.split('/').filter(Boolean).slice(0, 4);
  const [section, first, second] = segments;
  const hostIds = Object.keys(table.hostNames);
  const imageIds = Object.keys(table.imageNames);
  const hostLabel = (id: string): string => table.hostNames[id] ?? id;
  const imageLabel = (id: string): string => table.imageNames[id] ?? id;
  if (section === 'matrix' && first !== undefined) {
    const host = resolveSegment(first, hostIds, table.hosts);
    const image = second === undefined ? null : resolveSegment(second, imageIds, table.images);
    if (host && image) return { resolved: `/matrix/${host}/${image}/`, suggestions: [] };
    const hosts = host ? [host] : closest(first, table.hostNames, table.hosts);
    const images = image
      ? [image]
      : second === undefined
        ? []
        : closest(second, table.imageNames, table.images);
    // Best host with best image first: order the combinations by the sum of their ranks.
    const suggestions: [string, string][] = images.length
      ? hosts
          .flatMap((h, hostRank) => images.map((i, imageRank) => ({ rank: hostRank + imageRank, h, i })))
          .sort((a, b) => a.rank - b.rank)
          .map(({ h, i }): [string, string] => [`/matrix/${h}/${i}/`, `${imageLabel(i)} on ${hostLabel(h)}`])
      : hosts.map((h): [string, string] => [`/hosts/${h}/`, hostLabel(h)]);
    return { resolved: null, suggestions: suggestions.slice(0, 5) };
  }
  if ((section === 'hosts' || section === 'images') && first !== undefined) {
    const isHost = section === 'hosts';
    const ids = isHost ? hostIds : imageIds;
    const aliases = isHost ? table.hosts : table.images;
    const names = isHost ? table.hostNames : table.imageNames;
    const found = resolveSegment(first, ids, aliases);
    if (found) return { resolved: `/${section}/${found}/`, suggestions: [] };
    return {
      resolved: null,
      suggestions: closest(first, names, aliases).map((id): [string, string] => [
        `/${section}/${id}/`,
        names[id] ?? id,
      ]),
    };
  }
  return { resolved: null, suggestions: [] };
}

/** Image ids spelled with a second floating tag (`servercore-1809` → `servercore-ltsc2019`): the cell aliases. */
export function tagAliases(
  images: readonly { id: string; family: string; tags: readonly string[] }[],
): AliasMap {
  return aliasMap(
    images.map((image) => ({ id: image.id, terms: image.tags.map((tag) => `${image.family}-${tag}`) })),
  );
}

/** The alias table of a model: hosts by their aliases and short names, images by `<family>-<tag or alias>`. */
export function aliasTable(model: {
  hosts: readonly { id: string; name: string; shortName: string; aliases: readonly string[] }[];
  images: readonly {
    id: string;
    name: string;
    family: string;
    tags: readonly string[];
    aliases: readonly string[];
  }[];
}): AliasTable {
  return {
    hosts: aliasMap(
      model.hosts.map((host) => ({ id: host.id, terms: [host.shortName, host.name, ...host.aliases] })),
    ),
    images: aliasMap(
      model.images.map((image) => ({
        id: image.id,
        terms: [image.name, ...[...image.tags, ...image.aliases].map((term) => `${image.family}-${term}`)],
      })),
    ),
    hostNames: Object.fromEntries(model.hosts.map((host) => [host.id, host.name])),
    imageNames: Object.fromEntries(model.images.map((image) => [image.id, image.name])),
  };
}
