/**
 * The one vocabulary for naming hosts and images. The paste box, the matrix pickers and the catalog index
 * all read names through these functions, so whatever one of them understands (`Windows Server 2019
 * Datacenter`, `LTSC 2019`, `win11 24h2`, `microsoft/windowsservercore`, `10.0.17763`) the others do too.
 * Pure, and free of any host or image fact: the words come from the catalog entries.
 */
import type { Host, Image } from '../knowledge/schema';

/**
 * Words that say nothing about which release is meant: edition tiers, filler and command words. They are
 * dropped from both sides before comparing, so `Windows Server 2019 Datacenter` compares equal to
 * `Windows Server 2019`, and `Windows Server, version 1809` to `Windows Server 1809`.
 */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'microsoft',
  'datacenter',
  'standard',
  'essentials',
  'pro',
  'professional',
  'home',
  'education',
  'evaluation',
  'edition',
  'version',
  'build',
  'os',
  'for',
  'workstations',
  'the',
  'azure',
  // Registry host parts, so `mcr.microsoft.com/windows/servercore:ltsc2019` compares like its short path.
  'mcr',
  'com',
]);

const MAX_NAME_CHARS = 200;
const MAX_LINE_CHARS = 400;
const SEPARATORS = /[\s_\-:,./()'"]+/;

/**
 * The comparable words of a name: lower case, split at separators and where a word of letters runs into
 * digits (`ltsc2019` → `ltsc 2019`, `win11` → `win 11`; `24h2` stays whole), noise words removed.
 */
export function nameWords(text: string): string[] {
  // Names are short; a long query is cut so matching stays cheap whatever is typed or pasted.
  return text
    .slice(0, MAX_NAME_CHARS)
    .toLowerCase()
    .replace(/(?<=[a-z]{2})(?=\d)/g, ' ')
    .split(SEPARATORS)
    .filter((word) => word !== '' && !NOISE_WORDS.has(word));
}

/**
 * A key for finding a name inside running text: like `nameKey` but without splitting `ltsc2019`, so an image
 * tag in a line is not taken for the edition `LTSC 2019`.
 */
export function phraseKey(text: string): string {
  return text
    .slice(0, MAX_LINE_CHARS)
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '' && !NOISE_WORDS.has(word))
    .join(' ');
}

/** The key two names compare by: their words joined by single spaces. */
export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

/** A term that is only a build (`17763`, `10.0.17763`): matched by number, never by its words. */
const BUILD_TERM = /^(?:10\.0\.)?\d{5}(?:\.\d{1,6})?$/;

/** Every name a host is known by: id, names, version, aliases and its editions' names and aliases. */
export function hostTerms(host: Host): string[] {
  const editions = host.editions.flatMap((edition) => [edition.name, ...edition.aliases]);
  return unique([host.id, host.name, host.shortName, host.version, ...host.aliases, ...editions]);
}

/** The Docker Hub names of an image, with `latest` only where the catalog records that tag for it. */
function dockerHubTerms(image: Image): string[] {
  if (image.dockerHub === undefined) return [];
  const hadLatest = image.tagForms.some((form) => form.example === 'latest');
  return [
    ...image.tags.map((tag) => `${image.dockerHub ?? ''}:${tag}`),
    ...(hadLatest ? [image.dockerHub, `${image.dockerHub}:latest`] : []),
  ];
}

/** Every name an image is known by: id, name, tags, aliases, `<repository>:<tag>` (short or full), Hub names. */
export function imageTerms(image: Image): string[] {
  const short = image.repository.replace(/^mcr\.microsoft\.com\//, '');
  // The id (`servercore-ltsc2019`) already covers `<family> <tag>`.
  const tags = image.tags.flatMap((tag) => [tag, `${short}:${tag}`]);
  return unique([image.id, image.name, ...tags, ...image.aliases, ...dockerHubTerms(image)]);
}

/** Anything that can be matched: an id, a display name, a build and extra terms. */
export interface Named {
  id: string;
  name: string;
  build: number;
  terms: readonly string[];
}

/** The build number in a query like `17763`, `10.0.17763` or `10.0.17763.5458`, if any. */
export function buildInQuery(query: string): number | null {
  const match = /(?:^|\D)(?:10\.0\.)?(1\d{4}|2\d{4})(?:\.\d+)?(?:\D|$)/.exec(query.trim());
  return match?.[1] ? Number(match[1]) : null;
}

/** Scores are ordered: exact name 100, build 90, name starting with the query 70, every word found 40. */
export const SCORE = { exact: 100, build: 90, prefix: 70, words: 40 } as const;

/**
 * How well a query names an entry: 0 for no match, higher for better. Shared by the pickers (type-ahead)
 * and the paste box (which accepts only exact names).
 */
export function scoreName(entry: Named, query: string): number {
  const build = buildInQuery(query);
  const words = nameWords(query);
  const key = words.join(' ');
  const keys = [entry.id, entry.name, ...entry.terms]
    .filter((term) => !BUILD_TERM.test(term))
    .map(nameKey)
    .filter((term) => term !== '');
  if (key !== '' && keys.includes(key)) return SCORE.exact;
  if (build !== null && build === entry.build) return SCORE.build;
  if (key === '') return 0;
  if (keys.some((term) => term.startsWith(key))) return SCORE.prefix;
  const known = keys.flatMap((term) => term.split(' '));
  if (words.every((word) => known.some((term) => term.startsWith(word)))) return SCORE.words;
  return 0;
}

/** Distinct values in first-seen order. */
function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
