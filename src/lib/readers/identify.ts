/**
 * The "paste anything" entry point: decides whether a paste is a Dockerfile, an image reference, host output
 * or an error message (or several of these), runs the matching parsers and merges what they found, including
 * the lines nothing could use.
 */
import type { Host, Image } from '../knowledge/schema';
import { indexCatalog, normaliseAlias } from './catalog';
import type { Catalog, CatalogIndex } from './catalog';
import { parseDockerfile } from './dockerfile';
import type { DockerfileResult } from './dockerfile';
import { parseHostText } from './host-text';
import type { HostTextResult } from './host-text';
import { parseImageReference } from './image-reference';
import { imagesNamedInText } from './image-words';
import type { ImageReferenceResult } from './image-reference';
import { cleanText, shorten, splitLines, unique } from './text';
import { lastHosts, narrowToNamedHosts, readPlatforms, readingLabel } from './platforms';
import type { PlatformReadings } from './platforms';
import { addDefaults } from './platform-defaults';
import { isUpdateLine, readUpdateText, updateLabel } from './updates';

/** What the paste was taken to be. */
export type InputKind =
  | 'empty'
  | 'dockerfile'
  | 'image-reference'
  | 'host-text'
  | 'error-message'
  | 'platform'
  | 'mixed'
  | 'unknown';

/** A catalog image the paste points at, and how. */
export interface ImageCandidate {
  image: Image;
  /** The reference that named it (omitted when only a build number did). */
  reference?: ImageReferenceResult;
  via: 'reference' | 'dockerfile' | 'error' | 'build' | 'name';
}

/** The merged answer for a paste. */
export interface Identification {
  kind: InputKind;
  /** A short human label, e.g. "Dockerfile with 2 stages". */
  label: string;
  hostCandidates: Host[];
  imageCandidates: ImageCandidate[];
  /** Image references found outside the Dockerfile (a lone reference, `docker pull …` lines, YAML). */
  references: ImageReferenceResult[];
  host: HostTextResult;
  /** Platform variants (runner labels, node pools …) in the paste, and the date their hosts hold for. */
  platforms: PlatformReadings;
  dockerfile?: DockerfileResult;
  askHostOrContainer: boolean;
  /**
   * The paste names a host and an image through different words (an error with both builds, a Dockerfile
   * and a runner label …), so the answer leads with their cell. A single word naming both (`ltsc2019`)
   * does not count.
   */
  namesCell: boolean;
  understood: string[];
  /** Non-blank input lines none of the parsers could use (at most 50, shortened). */
  notUnderstood: string[];
  notUnderstoodCount: number;
  /** Lines of recognised tool output (`Key: value`) that carry nothing relevant. */
  ignoredLineCount: number;
  problems: string[];
  /** Part of the input was not read because it was too long. */
  truncated: boolean;
}

const MAX_REFERENCES = 50;
const MAX_PARSES = 2_000;
const MAX_NOT_UNDERSTOOD = 50;
const FROM_LINE = /^\s*FROM\s+\S/i;
const BARE_BUILD = /^(?:10\.0\.)?\d{5}(?:\.\d{1,6})?$/;
const TOKEN_SPLIT = /[\s"'`,;()[\]{}<>|=]+/;
const PROMPT =
  /^\s*(?:PS [A-Za-z]:\\[^>]{0,200}>|[A-Za-z]:\\[^>]{0,200}>|\$|#)\s*(?:docker|ver|winver|systeminfo|kubectl|get-computerinfo|reg|cmd|powershell|\[)/i;
const KEY_VALUE = /^\s*[A-Za-z][\w ./()-]{0,44}:\s/;

/** Whether a token could be an image reference worth parsing (cheap test before the full parser). */
function referenceShaped(token: string, index: CatalogIndex): boolean {
  if (token.length < 3 || token.length > 300 || token.includes('://')) return false;
  if (token.toLowerCase().includes('mcr.microsoft.com/')) return true;
  const colon = token.indexOf(':');
  if (token.includes('/')) return colon > 0 || token.includes('@');
  if (colon <= 0) return false;
  const name = token.slice(0, colon).toLowerCase();
  if (index.repositoryByShortPath.has(name)) return true;
  // `python:3.12-windowsservercore-ltsc2022`: an image from elsewhere whose tag names its Windows base.
  const tag = token.slice(colon + 1).toLowerCase();
  return index.familyWords.some(({ word }) => tag.includes(`${word}-`));
}

/** Image references in free text (`docker pull …`, `image: …`, prose), one parse per distinct token. */
function scanReferences(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  catalog: Catalog,
  used: Set<number>,
) {
  const index = indexCatalog(catalog);
  // Every distinct token is parsed once; the number of distinct parses is capped to keep big pastes linear.
  const parsed = new Map<string, ImageReferenceResult | undefined>();
  const found: ImageReferenceResult[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    for (const raw of line.split(TOKEN_SPLIT)) {
      const token = raw.replace(/[.:]+$/, '');
      if (!referenceShaped(token, index)) continue;
      if (!parsed.has(token)) {
        if (parsed.size >= MAX_PARSES) continue;
        const result = parseImageReference(token, catalog);
        const relevant =
          result.repository !== undefined || result.derivedFrom !== undefined || result.family !== undefined;
        parsed.set(token, relevant ? result : undefined);
        if (relevant && found.length < MAX_REFERENCES) found.push(result);
      }
      if (parsed.get(token) !== undefined) used.add(i);
    }
  });
  return found;
}

/** A paste that is a single token: an image reference or bare tag, unless it is a bare build number. */
function loneReference(text: string, catalog: Catalog): ImageReferenceResult | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed) || BARE_BUILD.test(trimmed)) return undefined;
  const result = parseImageReference(trimmed, catalog);
  const recognised = result.tagKind !== 'unknown' && result.tagKind !== 'none';
  return recognised || result.repository !== undefined || result.derivedFrom !== undefined
    ? result
    : undefined;
}

/** The whole paste as one name (`servercore ltsc2022`, `Windows Server 2019`), when it is short enough. */
function wholeName(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.length > 60 || trimmed.includes('\n')
    ? undefined
    : normaliseAlias(trimmed);
}

/** Merges image candidates from every source, first mention of an image wins. */
function collectImages(
  references: readonly ImageReferenceResult[],
  dockerfile: DockerfileResult | undefined,
  host: HostTextResult,
): ImageCandidate[] {
  const candidates: ImageCandidate[] = [];
  const add = (image: Image, via: ImageCandidate['via'], reference?: ImageReferenceResult): void => {
    if (candidates.some((c) => c.image.id === image.id)) return;
    candidates.push(reference === undefined ? { image, via } : { image, via, reference });
  };
  for (const stage of dockerfile?.stages ?? []) {
    for (const image of stage.reference?.images ?? []) add(image, 'dockerfile', stage.reference);
  }
  for (const reference of references)
    for (const image of reference.images) add(image, 'reference', reference);
  for (const reference of host.imageReferences)
    for (const image of reference.images) add(image, 'error', reference);
  for (const image of host.imageCandidates) add(image, 'build');
  return candidates;
}

/** Whether the host reader found anything at all. */
function hostFound(host: HostTextResult): boolean {
  return (
    host.builds.length > 0 ||
    host.hostCandidates.length > 0 ||
    host.errors.length > 0 ||
    host.imageCandidates.length > 0
  );
}

/** Chooses the kind from what each parser found. */
function decideKind(
  dockerfile: DockerfileResult | undefined,
  host: HostTextResult,
  references: readonly ImageReferenceResult[],
): InputKind {
  const hasHost = host.builds.length > 0 || host.hostCandidates.length > 0 || host.errors.length > 0;
  const parts = [dockerfile?.isDockerfile === true, hasHost, references.length > 0].filter(Boolean).length;
  if (parts > 1) return 'mixed';
  if (dockerfile?.isDockerfile === true) return 'dockerfile';
  if (references.length > 0) return 'image-reference';
  if (host.errors.length > 0) return 'error-message';
  if (hasHost) return 'host-text';
  return 'unknown';
}

/** A short human label for the kind of paste. */
function labelFor(
  kind: InputKind,
  dockerfile: DockerfileResult | undefined,
  host: HostTextResult,
  references: readonly ImageReferenceResult[],
): string {
  switch (kind) {
    case 'empty':
      return 'Nothing pasted';
    case 'dockerfile': {
      const count = dockerfile?.stages.length ?? 0;
      return `Dockerfile with ${count} stage${count === 1 ? '' : 's'}`;
    }
    case 'image-reference':
      if (references.length === 0) return 'Image name';
      return references.length === 1 ? 'Image reference' : `${references.length} image references`;
    case 'error-message':
      return `Error message (${host.errors.map((e) => e.code).join(', ')})`;
    case 'host-text':
      return host.build === undefined ? 'Host description' : `Host build ${host.build}`;
    case 'mixed':
      return 'Several kinds of text';
    default:
      return 'Nothing recognised';
  }
}

/** Lines nothing used, minus tool output lines that are merely irrelevant. */
function leftovers(lines: readonly string[], used: ReadonlySet<number>, toolOutput: boolean) {
  const notUnderstood: string[] = [];
  let count = 0;
  let ignored = 0;
  lines.forEach((line, i) => {
    if (used.has(i) || line.trim() === '' || /^[\s\-=_*#>.]+$/.test(line) || PROMPT.test(line)) return;
    if (toolOutput && KEY_VALUE.test(line)) {
      ignored += 1;
      return;
    }
    count += 1;
    if (notUnderstood.length < MAX_NOT_UNDERSTOOD) notUnderstood.push(shorten(line, 120));
  });
  return { notUnderstood, count, ignored };
}

/** Works out what a paste is and merges every parser's findings; linear in the input, never throws. */
export function identify(text: string, catalog: Catalog): Identification {
  const clean = cleanText(text);
  const { lines, truncated: tooManyLines } = splitLines(clean.text);
  const problems: string[] = [];
  if (clean.truncated)
    problems.push(
      `The paste is ${clean.originalLength} characters long; only the first ${clean.text.length} were read.`,
    );
  if (tooManyLines) problems.push(`Only the first ${lines.length} lines were read.`);
  if (clean.hadBinary) problems.push('Removed characters that are not text (binary or control bytes).');
  const truncated = clean.truncated || tooManyLines;
  try {
    return analyse(lines, catalog, problems, truncated);
  } catch {
    // Defensive: a parser bug must never break the page.
    const host = parseHostText('', catalog);
    return {
      kind: 'unknown',
      label: 'Could not analyse',
      hostCandidates: [],
      imageCandidates: [],
      references: [],
      host,
      platforms: readPlatforms([], undefined),
      askHostOrContainer: false,
      namesCell: false,
      understood: [],
      notUnderstood: [],
      notUnderstoodCount: 0,
      ignoredLineCount: 0,
      problems: [...problems, 'This text could not be analysed.'],
      truncated,
    };
  }
}

/** The builds of the catalog's hosts and images: a bare `b.r` in a paste is read only for these. */
const knownBuilds = (catalog: Catalog): Set<number> =>
  new Set([...catalog.hosts.map((host) => host.build), ...catalog.images.map((image) => image.build)]);

/** The body of `identify`, after input hygiene. */
function analyse(lines: string[], catalog: Catalog, problems: string[], truncated: boolean): Identification {
  const joined = lines.join('\n');
  const used = new Set<number>();
  const dockerfile = lines.some((line) => FROM_LINE.test(line))
    ? parseDockerfile(joined, catalog)
    : undefined;
  const dockerLines = new Set(dockerfile?.isDockerfile === true ? dockerfile.usedLines : []);
  dockerLines.forEach((i) => used.add(i));
  const masked = lines.map((line, i) => (dockerLines.has(i) ? '' : line)).join('\n');
  const host = parseHostText(masked, catalog);
  host.usedLines.forEach((i) => used.add(i));
  // A platform variant names its host through the platform's own data (dates included), so it wins over
  // the host reader's guesses for the same words.
  const platforms = narrowToNamedHosts(
    addDefaults(readPlatforms(lines, catalog.platforms), lines, catalog.platforms),
    new Set(host.hostCandidates.map((h) => h.id)),
  );
  platforms.usedLines.forEach((i) => used.add(i));
  // A variant that gave no host on the date (a removed runner label) still names the hosts it last gave,
  // unless the text's own build (a ceiling, `10.0.14393.9999`) says which of its past hosts it was.
  const readIds = new Set(host.hostCandidates.map((h) => h.id));
  const platformHostIds = new Set(
    platforms.readings.flatMap((r) => {
      if (r.hosts.length > 0) return r.hosts.map((h) => h.host);
      const told = r.variant.hosts.map((h) => h.host).filter((id) => readIds.has(id));
      return told.length > 0 ? told : lastHosts(r.variant.hosts).map((h) => h.host);
    }),
  );
  const hostCandidates =
    platforms.readings.length > 0
      ? catalog.hosts.filter((h) => platformHostIds.has(h.id))
      : host.hostCandidates;
  const lone = dockerLines.size === 0 ? loneReference(joined, catalog) : undefined;
  if (lone !== undefined) used.add(0);
  const scanned = lone === undefined ? scanReferences(lines, dockerLines, catalog, used) : [];
  const fromErrors = new Set(host.imageReferences.map((r) => r.input));
  const references = (lone === undefined ? scanned : [lone]).filter((r) => !fromErrors.has(r.input));
  const imageCandidates = collectImages(references, dockerfile, host);
  const index = indexCatalog(catalog);
  const name = wholeName(joined);
  const named = name === undefined ? undefined : index.imagesByName.get(name);
  if (imageCandidates.length === 0 && named !== undefined) {
    // The same names the image picker knows (`servercore ltsc2022`, `windows/nanoserver:1809`).
    for (const image of named) imageCandidates.push({ image, via: 'name' });
    used.add(0);
  } else if (imageCandidates.every((c) => c.via === 'build')) {
    // Names inside a sentence ("servercore ltsc2022 on Windows Server 2019") say more than a build alone.
    const inText = imagesNamedInText(lines, dockerLines, index, used);
    const builds = new Set(imageCandidates.map((c) => c.image.build));
    if (inText.length > 0 && inText.every((image) => builds.size === 0 || builds.has(image.build)))
      imageCandidates.splice(
        0,
        imageCandidates.length,
        ...inText.map((image) => ({ image, via: 'name' as const })),
      );
  }
  // A single name for both (`ltsc2019`, `server 2016`) is one thing, not a host and an image.
  const singleName = name !== undefined && (index.hostsByAlias.has(name) || named !== undefined);
  const empty = joined.trim() === '';
  const decided = empty ? 'empty' : decideKind(dockerfile, host, references);
  const kind =
    platforms.readings.length > 0 && (decided === 'unknown' || decided === 'host-text')
      ? 'platform'
      : decided === 'unknown' && imageCandidates.length > 0
        ? 'image-reference'
        : decided;
  // Lines the update reader used (a hotfix list, registry fields) are understood, not leftovers.
  const updates = readUpdateText(joined);
  updates.usedLines.forEach((i) => used.add(i));
  const left = leftovers(lines, used, host.usedLines.length >= 2);
  const understood = unique([
    ...(dockerfile?.isDockerfile === true ? dockerfile.understood : []),
    ...references.flatMap((r) => r.understood),
    ...host.understood,
  ]);
  const allProblems = unique([
    ...problems,
    ...(dockerfile?.isDockerfile === true ? dockerfile.problems : []),
    ...references.flatMap((r) =>
      r.reason !== undefined && r.exists === 'no' ? [...r.problems, r.reason] : r.problems,
    ),
    ...(hostFound(host) || kind === 'unknown'
      ? host.problems.filter(
          (p) =>
            !p.startsWith('Nothing to read') &&
            !(updates.usedLines.size > 0 && p.startsWith('Found no Windows build')),
        )
      : []),
  ]);
  if (empty)
    allProblems.push(
      'Paste a build number, command output, an error message, an image name or a Dockerfile.',
    );
  const result: Identification = {
    kind,
    label:
      kind === 'platform'
        ? platforms.readings.map(readingLabel).join(', ')
        : ((kind === 'unknown' ? updateLabel(joined, knownBuilds(catalog)) : undefined) ??
          labelFor(kind, dockerfile, host, references)),
    hostCandidates,
    imageCandidates,
    references,
    host,
    platforms,
    askHostOrContainer: host.askHostOrContainer,
    namesCell: hostCandidates.length > 0 && imageCandidates.length > 0 && !singleName,
    understood,
    notUnderstood: left.notUnderstood.filter((line) => !isUpdateLine(line)),
    notUnderstoodCount: left.count - left.notUnderstood.filter(isUpdateLine).length,
    ignoredLineCount: left.ignored,
    problems: unique(allProblems),
    truncated,
  };
  if (dockerfile?.isDockerfile === true) result.dockerfile = dockerfile;
  return result;
}
