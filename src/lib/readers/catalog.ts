/**
 * The catalog the parsers read, and a memoised index over it.
 *
 * Parsers never hard-code host or image ids: every build number, tag, repository, Docker Hub name and
 * alias they recognise comes from here, so new data needs no parser change.
 */
import type { Edition, Host, Image, ImageFamily } from '../knowledge/schema';
import { hostTerms, imageTerms, nameKey, phraseKey } from './vocabulary';
import type { PlatformCatalog } from './platforms';

/** The data the parsers work on: every host and every base image the site knows. */
export interface Catalog {
  readonly hosts: readonly Host[];
  readonly images: readonly Image[];
  /** Platform variants (runner labels, node pools …) the paste reader recognises; see ./platforms.ts. */
  readonly platforms?: PlatformCatalog;
}

/** A CPU architecture as the schema spells it. */
export type Architecture = Image['architectures'][number];

/** Lookup tables derived from a catalog; built once per catalog object. */
export interface CatalogIndex {
  readonly hostsByBuild: ReadonlyMap<number, readonly Host[]>;
  readonly imagesByBuild: ReadonlyMap<number, readonly Image[]>;
  /** Distinct host builds, ascending. */
  readonly hostBuilds: readonly number[];
  /** Distinct image builds, ascending. */
  readonly imageBuilds: readonly number[];
  /** Full lower-case MCR path (`mcr.microsoft.com/windows/servercore`) → its images, catalog order. */
  readonly imagesByRepository: ReadonlyMap<string, readonly Image[]>;
  /** Lower-case Docker Hub name (`microsoft/nanoserver`) → MCR path. */
  readonly repositoryByDockerHub: ReadonlyMap<string, string>;
  /** MCR path without the registry (`windows/servercore`), and its last segment when unique → MCR path. */
  readonly repositoryByShortPath: ReadonlyMap<string, string>;
  /** Lower-case floating tag → images carrying it. */
  readonly imagesByTag: ReadonlyMap<string, readonly Image[]>;
  /** Name key (`nameKey`) of every host term → hosts (a name may be shared). */
  readonly hostsByAlias: ReadonlyMap<string, readonly Host[]>;
  /** Name key of every image term (tags, aliases, short paths, Docker Hub names) → images. */
  readonly imagesByName: ReadonlyMap<string, readonly Image[]>;
  /** Every edition name and alias as a phrase key (`phraseKey`), longest first, with its host and edition. */
  readonly editionKeys: readonly EditionKey[];
  /** Words that name a family inside derived tags (`windowsservercore`, `nanoserver`), longest first. */
  readonly familyWords: readonly { readonly word: string; readonly repository: string }[];
}

/** An edition name or alias, keyed for matching inside a line. */
export interface EditionKey {
  readonly key: string;
  readonly host: Host;
  readonly edition: Edition;
}

export const MCR = 'mcr.microsoft.com';

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The shared vocabulary's key, so `Win11 24H2`, `win11-24h2` and `Windows 11 24H2 Pro` compare equal. */
export function normaliseAlias(text: string): string {
  return nameKey(text);
}

/** Edition names and aliases of every host, longest first so the most specific one is tried first. */
function buildEditionKeys(hosts: readonly Host[]): EditionKey[] {
  const keys: EditionKey[] = [];
  for (const host of hosts)
    for (const edition of host.editions)
      for (const term of [edition.name, ...edition.aliases]) {
        const key = phraseKey(term);
        if (key !== '') keys.push({ key, host, edition });
      }
  return keys.sort((a, b) => b.key.length - a.key.length);
}

/** Appends a value to the list under a key, once. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The numeric keys of a map, ascending. */
function sortedKeys(map: ReadonlyMap<number, unknown>): number[] {
  return [...map.keys()].sort((a, b) => a - b);
}

/** Short forms of an MCR path: `windows/servercore` and, when no other repository shares it, `servercore`. */
function addShortPaths(shortPaths: Map<string, string[]>, repository: string): void {
  const path = repository.slice(MCR.length + 1);
  push(shortPaths, path, repository);
  const last = path.split('/').pop();
  if (last !== undefined && last !== path) push(shortPaths, last, repository);
}

/** Keeps only keys with exactly one value: an ambiguous short name must not resolve. */
function uniqueOnly(map: Map<string, string[]>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, values] of map) {
    const [first] = values;
    if (values.length === 1 && first !== undefined) result.set(key, first);
  }
  return result;
}

/** Family words for derived tags, longest first so `windowsservercore` wins over `server`. */
function buildFamilyWords(repositories: Iterable<string>, dockerHub: ReadonlyMap<string, string>) {
  const words = new Map<string, string>();
  for (const repository of repositories) {
    const last = repository.split('/').pop();
    if (last !== undefined && !words.has(last)) words.set(last, repository);
  }
  for (const [hubName, repository] of dockerHub) {
    const last = hubName.split('/').pop();
    if (last !== undefined && !words.has(last)) words.set(last, repository);
  }
  return [...words]
    .map(([word, repository]) => ({ word, repository }))
    .sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
}

/** Builds every lookup table in one pass over the catalog. */
function buildIndex(catalog: Catalog): CatalogIndex {
  const hostsByBuild = new Map<number, Host[]>();
  const hostsByAlias = new Map<string, Host[]>();
  for (const host of catalog.hosts) {
    push(hostsByBuild, host.build, host);
    for (const term of hostTerms(host)) push(hostsByAlias, normaliseAlias(term), host);
  }
  const imagesByName = new Map<string, Image[]>();
  const imagesByBuild = new Map<number, Image[]>();
  const imagesByRepository = new Map<string, Image[]>();
  const imagesByTag = new Map<string, Image[]>();
  const dockerHub = new Map<string, string>();
  const shortPaths = new Map<string, string[]>();
  for (const image of catalog.images) {
    const repository = image.repository.toLowerCase();
    push(imagesByBuild, image.build, image);
    if (!imagesByRepository.has(repository)) addShortPaths(shortPaths, repository);
    push(imagesByRepository, repository, image);
    for (const tag of image.tags) push(imagesByTag, tag.toLowerCase(), image);
    for (const term of imageTerms(image)) push(imagesByName, nameKey(term), image);
    if (image.dockerHub !== undefined) dockerHub.set(image.dockerHub.toLowerCase(), repository);
  }
  return {
    hostsByBuild,
    imagesByBuild,
    hostBuilds: sortedKeys(hostsByBuild),
    imageBuilds: sortedKeys(imagesByBuild),
    imagesByRepository,
    repositoryByDockerHub: dockerHub,
    repositoryByShortPath: uniqueOnly(shortPaths),
    imagesByTag,
    hostsByAlias,
    imagesByName,
    editionKeys: buildEditionKeys(catalog.hosts),
    familyWords: buildFamilyWords(imagesByRepository.keys(), dockerHub),
  };
}

/** The lookup tables for a catalog, computed on first use and reused while the catalog object lives. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached !== undefined) return cached;
  const built = buildIndex(catalog);
  indexes.set(catalog, built);
  return built;
}

/** The family shared by the images of a repository, if the repository is known. */
export function familyOfRepository(index: CatalogIndex, repository: string): ImageFamily | undefined {
  return index.imagesByRepository.get(repository)?.[0]?.family;
}

/** The closest known builds below and above `build` (one each at most), nearest first. */
export function nearestBuilds(sorted: readonly number[], build: number): number[] {
  let below: number | undefined;
  let above: number | undefined;
  for (const candidate of sorted) {
    if (candidate < build) below = candidate;
    else if (candidate > build) {
      above = candidate;
      break;
    }
  }
  const found = [below, above].filter((value): value is number => value !== undefined);
  return found.sort((a, b) => Math.abs(a - build) - Math.abs(b - build) || a - b);
}

/** `id (name)` for messages, e.g. `ws2019 (Windows Server 2019)`. */
export function describeHost(host: Host): string {
  return `${host.id} (${host.name})`;
}

/** Names of several hosts joined for a sentence. */
export function describeHosts(hosts: readonly Host[]): string {
  return joinWords(hosts.map(describeHost));
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
