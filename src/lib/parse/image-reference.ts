/**
 * Reads one image reference (`mcr.microsoft.com/windows/servercore:ltsc2022`, `1809-KB4480116-amd64`,
 * `microsoft/nanoserver:10.0.14393.1770`, a bare tag …) and says which catalog image it names and whether
 * that tag exists. Pure: everything about hosts and images comes from the catalog; only tag grammar and the
 * dated tag-scheme changes live here.
 */
import type { Image, ImageFamily } from '../schema';
import { MCR, familyOfRepository, indexCatalog, joinWords, nearestBuilds } from './catalog';
import type { Architecture, Catalog, CatalogIndex } from './catalog';
import { cleanText, editDistance, shorten, unique } from './text';

/** The shape of a tag. */
export type TagKind =
  'floating' | 'build' | 'kb' | 'kb-underscore' | 'latest' | 'digest-only' | 'insider' | 'none' | 'unknown';

/** Whether the reference can be pulled, as far as the catalog tells. */
export type Existence = 'yes' | 'no' | 'unknown';

/** The Windows build a tag names: `10.0.<build>.<revision>`. */
export interface BuildNumber {
  build: number;
  revision?: number;
}

/** A derived image (e.g. a .NET image) whose tag names the Windows base image it is built on. */
export interface DerivedBase {
  repository: string;
  tag: string;
}

/** Everything read from one image reference. Fields are omitted when the input does not give them. */
export interface ImageReferenceResult {
  /** The input, trimmed and shortened for display. */
  input: string;
  /** `mcr.microsoft.com`, `docker.io` or another registry host; Docker Hub when none was written. */
  registry?: string;
  registryWritten: boolean;
  /** The repository as written (lower-cased, without registry). */
  path?: string;
  /** The MCR repository, when the name is a known repository or one of its Docker Hub names. */
  repository?: string;
  family?: ImageFamily;
  /** The repository is an Insider (preview build) repository. */
  insider: boolean;
  tag?: string;
  /** No tag was written, so Docker asks for `latest`. */
  tagImplied: boolean;
  tagKind: TagKind;
  arch?: Architecture;
  build?: BuildNumber;
  /** The update number of a KB tag, e.g. `KB4480116`. */
  kb?: string;
  digest?: string;
  /** The catalog image, when exactly one matches. */
  image?: Image;
  /** Every catalog image the reference could mean (a bare `ltsc2022` names three). */
  images: Image[];
  derivedFrom?: DerivedBase;
  exists: Existence;
  reason?: string;
  /** A tag (for bare tags) or full reference to use instead. */
  suggestion?: string;
  understood: string[];
  problems: string[];
}

// --- Facts about tag syntax and its history (the only facts kept in code) ---

/** `latest` was removed from every Windows base image repository on this date. */
const LATEST_REMOVED = '2019-04-16';
/** From this Patch Tuesday KB tags use hyphens; underscore tags published before it were kept. */
const HYPHEN_TAGS_FROM = '2019-02-12';
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
  'hub.docker.com',
]);
/** Words around a family name in mangled repository names (`microsoft-windows-nanoserver`). */
const FILLER_WORDS = new Set(['', 'microsoft', 'windows', 'mcr', 'docker', 'hub', 'library', 'r', '_']);
const MAX_REFERENCE_CHARS = 512;
/** Command words and YAML keys that may precede a pasted reference. */
const COMMAND_WORDS = new Set([
  'docker',
  'podman',
  'nerdctl',
  'pull',
  'run',
  'create',
  'from',
  'image',
  'image:',
]);
/** Flags whose value may follow as a separate word. */
const FLAGS_WITH_VALUE = new Set([
  '--platform',
  '--isolation',
  '--name',
  '-e',
  '--env',
  '-v',
  '--volume',
  '-p',
]);

const ARCH_SUFFIX = /^(.+)([-_])(amd64|arm64v8|arm64|arm32v7|arm32|arm)$/i;
const BUILD_TAG = /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})(?:\.(\d{1,6}))?$/;
const KB_TAG = /^(.+?)([-_])kb(\d{6,7})$/i;
const FLOATING_SHAPE = /^(?:(?:ltsc|sac)\d{4}|\d{4}|\d{2}h\d)$/i;
const TAG_SYNTAX = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REFERENCE_CHARS = /^[A-Za-z0-9._:/@-]+$/;
const DOUBT = /^\s*(?:uncertain|unclear|unverified|unknown|disputed|possibly|maybe)\b/i;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** The fully-qualified reference of a catalog image with one of its tags (its recommended tag by default). */
export function formatReference(image: Pick<Image, 'repository' | 'tags'>, tag?: string): string {
  return `${image.repository}:${tag ?? image.tags[0] ?? 'latest'}`;
}

/** A fresh result for `input` with nothing understood yet. */
function emptyResult(input: string): ImageReferenceResult {
  return {
    input,
    registryWritten: false,
    insider: false,
    tagImplied: false,
    tagKind: 'none',
    images: [],
    exists: 'unknown',
    understood: [],
    problems: [],
  };
}

/** Picks the reference out of `docker pull …`, `FROM … AS x`, `image: "…"` and similar wrappers. */
function pickToken(text: string, out: ImageReferenceResult): string | undefined {
  const words = text.split(/\s+/).map((word) => word.replace(/^["'`[(]+|["'`\]),;]+$/g, ''));
  if (words.length === 1) return words[0];
  let skipNext = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (skipNext || word === '') {
      skipNext = false;
      continue;
    }
    if (word.startsWith('-')) {
      skipNext = FLAGS_WITH_VALUE.has(word.toLowerCase());
      continue;
    }
    if (COMMAND_WORDS.has(word.toLowerCase())) continue;
    const rest = words.slice(i + 1).filter((w) => w !== '');
    const isStageName = rest.length === 2 && rest[0]?.toLowerCase() === 'as';
    if (rest.length > 0 && !isStageName) {
      out.understood.push(`Read the image name from the command and ignored the words after it.`);
    }
    return word;
  }
  return undefined;
}

interface Parts {
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits `name[:tag][@digest]`, reporting malformed tags and digests. */
function splitReference(token: string, out: ImageReferenceResult): Parts {
  let name = token;
  const parts: Parts = { name };
  const at = token.indexOf('@');
  if (at >= 0) {
    const digest = token.slice(at + 1);
    name = token.slice(0, at);
    if (DIGEST.test(digest)) {
      parts.digest = digest;
    } else {
      out.problems.push(
        `"${shorten(digest, 40)}" is not a valid digest: expected sha256: followed by 64 lower-case hex digits.`,
      );
    }
  }
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) {
    const tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (tag === '') out.problems.push('The reference ends with ":" but gives no tag after it.');
    else if (!TAG_SYNTAX.test(tag)) out.problems.push(`"${shorten(tag, 40)}" is not a valid tag.`);
    else parts.tag = tag;
  }
  parts.name = name;
  return parts;
}

/** How a written name was matched to an MCR repository. */
type Via = 'mcr' | 'docker-hub-name' | 'short' | 'mirror' | 'mangled' | 'sub-repository' | 'unknown';

interface NameInfo {
  registry: string;
  registryWritten: boolean;
  path: string;
  repository?: string;
  via: Via;
  insider: boolean;
  /** The path was written with upper-case letters, which Docker rejects. */
  upperCase: boolean;
}

/** The MCR repository a mangled name like `microsoft-windows-nanoserver` was probably meant to be. */
function mangledRepository(path: string, index: CatalogIndex): string | undefined {
  for (const { word, repository } of index.familyWords) {
    const at = path.indexOf(word);
    if (at < 0) continue;
    const rest = `${path.slice(0, at)} ${path.slice(at + word.length)}`.split(/[-_/. ]+/);
    if (rest.every((piece) => FILLER_WORDS.has(piece))) return repository;
  }
  for (const [short, repository] of index.repositoryByShortPath) {
    if (short.includes('/') && editDistance(path, short, 2) <= 2) return repository;
  }
  return undefined;
}

/** Removes an Insider marker (`…/insider`, `…-insider`) from a path. */
function stripInsider(path: string): { base: string; insider: boolean } {
  if (path.endsWith('/insider')) return { base: path.slice(0, -'/insider'.length), insider: true };
  if (path.endsWith('-insider')) return { base: path.slice(0, -'-insider'.length), insider: true };
  return { base: path, insider: false };
}

/** The known repository `base` sits under (`windows/servercore/iis`), skipping namespace-like ones. */
function parentRepository(base: string, index: CatalogIndex): string | undefined {
  const repositories = [...index.imagesByRepository.keys()];
  const isNamespace = (repo: string): boolean => repositories.some((other) => other.startsWith(`${repo}/`));
  const full = `${MCR}/${base}`;
  return repositories
    .filter((repo) => full.startsWith(`${repo}/`) && !isNamespace(repo))
    .sort((a, b) => b.length - a.length)[0];
}

/** Matches a path without registry to a repository: MCR path, old Docker Hub name, short or mangled name. */
function matchPath(
  base: string,
  registry: string,
  index: CatalogIndex,
): Pick<NameInfo, 'repository' | 'via'> {
  if (registry === MCR) {
    const full = `${MCR}/${base}`;
    if (index.imagesByRepository.has(full)) return { repository: full, via: 'mcr' };
  } else {
    const hub = index.repositoryByDockerHub.get(base);
    if (hub !== undefined) return { repository: hub, via: 'docker-hub-name' };
    const short = index.repositoryByShortPath.get(base);
    if (short !== undefined) return { repository: short, via: registry === DOCKER_HUB ? 'short' : 'mirror' };
  }
  const mangled = mangledRepository(base, index);
  if (mangled !== undefined) return { repository: mangled, via: 'mangled' };
  const parent = parentRepository(base, index);
  if (parent !== undefined) return { repository: parent, via: 'sub-repository' };
  return { via: 'unknown' };
}

/** Resolves the name part (`registry/path`) against the catalog. */
function resolveName(name: string, index: CatalogIndex, out: ImageReferenceResult): NameInfo {
  const segments = name.split('/');
  if (segments.some((segment) => segment === '')) {
    out.problems.push('The name has an empty part ("//" or a leading or trailing "/").');
  }
  const parts = segments.filter((segment) => segment !== '');
  const first = parts[0] ?? '';
  const registryWritten =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = registryWritten ? first.toLowerCase() : DOCKER_HUB;
  if (DOCKER_HUB_HOSTS.has(registry)) registry = DOCKER_HUB;
  const written = (registryWritten ? parts.slice(1) : parts).join('/');
  const upperCase = written !== written.toLowerCase();
  let path = written.toLowerCase();
  if (registry === DOCKER_HUB && path.startsWith('library/')) path = path.slice('library/'.length);
  const { base, insider } = stripInsider(path);
  const matched = matchPath(base, registry, index);
  if (
    insider &&
    matched.repository !== undefined &&
    (matched.via === 'mcr' || matched.via === 'docker-hub-name')
  ) {
    // Insider images live next to the released ones: keep the written MCR path, or map a Hub name to MCR's.
    const repository = registry === MCR ? `${MCR}/${path}` : `${matched.repository}/insider`;
    return { registry, registryWritten, path, insider, upperCase, repository, via: matched.via };
  }
  return { registry, registryWritten, path, insider, upperCase, ...matched };
}

/** Records registry, repository and family, with notes on historical or shortened names. */
function describeName(info: NameInfo, index: CatalogIndex, out: ImageReferenceResult): void {
  out.registry = info.registry;
  out.registryWritten = info.registryWritten;
  out.path = info.path;
  out.insider = info.insider;
  if (info.upperCase) {
    out.problems.push('Repository names must be lower case; Docker rejects upper-case letters in them.');
  }
  const repo = info.repository;
  if (repo === undefined) {
    out.understood.push(
      `Registry ${info.registry}${info.registryWritten ? '' : ' (none written, so Docker Hub)'}.`,
    );
    out.reason = `${info.registry}/${info.path} is not a Windows base image repository this site tracks.`;
    return;
  }
  const family = familyOfRepository(index, info.insider ? stripInsider(repo).base : repo);
  if (family !== undefined) out.family = family;
  if (info.via === 'sub-repository') {
    out.understood.push(
      `${info.registry}/${info.path} is an image built on top of ${repo}, not a base image.`,
    );
    return;
  }
  out.repository = repo;
  const where = `${info.registry}/${info.path}`;
  switch (info.via) {
    case 'mcr':
      out.understood.push(
        `Repository ${repo} (${family ?? 'unknown'} base image) on the Microsoft registry.`,
      );
      break;
    case 'docker-hub-name':
      out.understood.push(`${info.path} is the old Docker Hub name of ${repo}.`);
      out.problems.push(
        `The Docker Hub name ${info.path} is historical; the images are published as ${repo}.`,
      );
      break;
    case 'short':
      out.understood.push(`Read ${info.path} as ${repo}.`);
      out.problems.push(
        info.registryWritten
          ? `Docker Hub has no repository ${info.path}; the image is ${repo}.`
          : `Without a registry Docker looks for ${info.path} on Docker Hub, where it does not exist; write ${repo}.`,
      );
      break;
    case 'mirror':
      out.understood.push(
        `${where} looks like a copy of ${repo}; its tags are checked against the original.`,
      );
      break;
    case 'mangled':
      out.understood.push(`${where} looks like a garbled name for ${repo}.`);
      break;
    default:
      break;
  }
  if (info.insider)
    out.understood.push('This is an Insider repository: preview builds, tagged by full build number.');
}

/** A tag with its architecture suffix removed. */
interface ArchSplit {
  base: string;
  arch?: Architecture;
  separator?: string;
}

/** Splits `ltsc2019-amd64`, `1809_KB4480116_amd64`, `1809-arm32v7` into base tag and architecture. */
function splitArch(tag: string): ArchSplit {
  const match = ARCH_SUFFIX.exec(tag);
  if (match === null) return { base: tag };
  const [, base = tag, separator = '-', word = ''] = match;
  const lower = word.toLowerCase();
  const arch: Architecture = lower.startsWith('amd')
    ? 'amd64'
    : lower.startsWith('arm64')
      ? 'arm64'
      : 'arm32';
  return { base, arch, separator };
}

/** What the tag is checked against: the repository's images, or all images for a bare tag. */
interface Scope {
  images: readonly Image[];
  repository?: string;
  /** Short label for messages, e.g. `windows/servercore`. */
  label: string;
  index: CatalogIndex;
}

/** The reference to suggest for `tag` in this scope: a full reference, or the bare tag. */
function refIn(scope: Scope, tag: string): string {
  return scope.repository === undefined ? tag : `${scope.repository}:${tag}`;
}

/** Distinct display names of images, e.g. `Server Core ltsc2022 and Nano Server ltsc2022`. */
function names(images: readonly Image[]): string {
  return joinWords(unique(images.map((image) => `${image.name} (build ${image.build})`)));
}

/** Sets the matched images, and `image` when exactly one matched. */
function setImages(out: ImageReferenceResult, images: readonly Image[]): void {
  out.images = [...images];
  const [only] = images;
  if (images.length === 1 && only !== undefined) out.image = only;
  else delete out.image;
}

/** Sets existence, reason and suggestion together (a stale suggestion is removed). */
function verdict(out: ImageReferenceResult, exists: Existence, reason: string, suggestion?: string): void {
  out.exists = exists;
  out.reason = reason;
  if (suggestion !== undefined) out.suggestion = suggestion;
  else delete out.suggestion;
}

/** The missing-tag entry (from the catalog) for this tag within the scope, if any. */
function findMissing(scope: Scope, tags: readonly string[]) {
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
  for (const image of scope.images) {
    const entry = image.missingTags.find((missing) => wanted.has(missing.tag.toLowerCase()));
    if (entry !== undefined) return { image, entry };
  }
  return undefined;
}

/** Turns a missing-tag `instead` value (a tag, `repo:tag` or full reference) into a full reference. */
function insteadReference(instead: string, owner: Image, index: CatalogIndex): string {
  if (instead.startsWith(`${MCR}/`)) return instead;
  const colon = instead.lastIndexOf(':');
  if (colon < 0) return `${owner.repository}:${instead}`;
  const repository = index.repositoryByShortPath.get(instead.slice(0, colon).toLowerCase());
  return repository === undefined ? instead : `${repository}:${instead.slice(colon + 1)}`;
}

/** Applies a catalog missing-tag entry when one matches; returns whether it did. */
function applyMissing(scope: Scope, tags: readonly string[], out: ImageReferenceResult): boolean {
  const found = findMissing(scope, tags);
  if (found === undefined) return false;
  const instead = found.entry.instead;
  const suggestion = instead === undefined ? undefined : insteadReference(instead, found.image, scope.index);
  // The schema has no certainty field; entries whose reason opens with a doubt word are not a firm "no".
  const doubtful = DOUBT.test(found.entry.reason);
  verdict(out, doubtful ? 'unknown' : 'no', found.entry.reason, suggestion);
  return true;
}

/** The tag in scope closest to a mistyped one (`ltsc2023` → `ltsc2022`, `2022` → `ltsc2022`). */
function nearestTag(scope: Scope, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  const digits = Number(lower.replace(/\D/g, '')) || 0;
  let best: { tag: string; score: number; gap: number } | undefined;
  for (const tag of unique(scope.images.flatMap((image) => image.tags))) {
    const candidate = tag.toLowerCase();
    const contains = candidate.endsWith(lower) || lower.endsWith(candidate);
    const score = contains && lower.length >= 4 ? 1 : editDistance(lower, candidate, 2);
    if (score > 2) continue;
    const gap = Math.abs((Number(candidate.replace(/\D/g, '')) || 0) - digits);
    if (best === undefined || score < best.score || (score === best.score && gap < best.gap)) {
      best = { tag, score, gap };
    }
  }
  return best?.tag;
}

/** Narrows to images published for the requested architecture, or explains that none is. */
function checkArch(split: ArchSplit, out: ImageReferenceResult, scope: Scope): void {
  const arch = split.arch;
  if (arch === undefined || out.images.length === 0) return;
  const fitting = out.images.filter((image) => image.architectures.includes(arch));
  if (fitting.length > 0) {
    if (fitting.length !== out.images.length) setImages(out, fitting);
    return;
  }
  const archs = joinWords(unique(out.images.flatMap((image) => image.architectures)));
  verdict(
    out,
    'no',
    `${names(out.images)} is published for ${archs} only, not ${arch}.`,
    refIn(scope, split.base),
  );
}

/** Floating tags: `ltsc2022`, `1809`, `20H2`, `sac2016`. */
function analyseFloating(split: ArchSplit, tag: string, scope: Scope, out: ImageReferenceResult): void {
  out.tagKind = 'floating';
  const base = split.base;
  const lower = base.toLowerCase();
  const matched = scope.images.filter((image) => image.tags.some((t) => t.toLowerCase() === lower));
  if (matched.length > 0) {
    setImages(out, matched);
    out.understood.push(`${base} is a floating tag: it moves to each monthly update of ${names(matched)}.`);
    const exact = matched.some((image) => image.tags.includes(base));
    if (exact) verdict(out, 'yes', `${base} is a published tag of ${names(matched)}.`);
    else {
      const canonical = matched[0]?.tags.find((t) => t.toLowerCase() === lower) ?? base;
      const suffix = split.arch === undefined ? '' : `${split.separator ?? '-'}${tag.slice(base.length + 1)}`;
      verdict(
        out,
        'unknown',
        `Registries compare tags exactly, and the published spelling is ${canonical}, not ${base}.`,
        refIn(scope, `${canonical}${suffix}`),
      );
    }
    checkArch(split, out, scope);
    return;
  }
  if (applyMissing(scope, [tag, base], out)) return;
  explainAbsentTag(base, scope, out);
}

/** A tag the scope does not have: said with the image it was probably meant for. */
function explainAbsentTag(base: string, scope: Scope, out: ImageReferenceResult): void {
  const elsewhere = (scope.index.imagesByTag.get(base.toLowerCase()) ?? []).filter(
    (image) => !scope.images.includes(image),
  );
  const builds = unique(elsewhere.map((image) => image.build));
  const sameBuild = scope.images.filter((image) => builds.includes(image.build));
  const [twin] = sameBuild;
  const [other] = elsewhere;
  if (twin !== undefined) {
    setImages(out, sameBuild);
    const tags = joinWords(twin.tags);
    const reason = `${scope.label} has no ${base} tag; its image for build ${twin.build} is tagged ${tags}.`;
    verdict(out, 'no', reason, refIn(scope, twin.tags[0] ?? base));
  } else if (other !== undefined) {
    const families = joinWords(unique(elsewhere.map((image) => image.family)));
    const reason = `There is no ${scope.label} image for ${other.release} (build ${other.build}); the ${base} tag exists for ${families}.`;
    verdict(out, 'no', reason, formatReference(other, base));
  } else {
    const near = nearestTag(scope, base);
    const reason = `No ${scope.label} image has the tag ${base}.`;
    verdict(out, 'no', reason, near === undefined ? undefined : refIn(scope, near));
  }
}

/** Whether a tag-form example recorded in the catalog is exactly this tag. */
function listedExample(images: readonly Image[], tag: string): boolean {
  return images.some((image) =>
    image.tagForms.some((form) => form.example === tag || form.example.endsWith(`:${tag}`)),
  );
}

/** Known builds whose digits begin with a truncated build (`1776` → 17763). */
export function buildsStartingWith(index: CatalogIndex, digits: string): number[] {
  if (digits.length < 3 || digits.length >= 5) return [];
  const all = unique([...index.imageBuilds, ...index.hostBuilds]).sort((a, b) => a - b);
  return all.filter((build) => String(build).startsWith(digits)).slice(0, 3);
}

/** Full build tags: `10.0.17763.253`. */
function analyseBuild(
  match: RegExpExecArray,
  split: ArchSplit,
  tag: string,
  scope: Scope,
  out: ImageReferenceResult,
) {
  const [, major = '', minor = '', buildText = '', revisionText] = match;
  const build = Number(buildText);
  if (major !== '10' || minor !== '0' || buildText.length !== 5) {
    out.tagKind = 'unknown';
    const near = buildsStartingWith(scope.index, buildText);
    const hint = near.length === 0 ? '' : ` Did you mean 10.0.${near.join(' or 10.0.')}?`;
    verdict(
      out,
      'no',
      `${split.base} is not a Windows build number (10.0.<five-digit build>.<revision>).${hint}`,
    );
    if (buildText.length !== 5) out.problems.push(`The build part ${buildText} should have five digits.`);
    return;
  }
  out.tagKind = out.insider ? 'insider' : 'build';
  out.build = revisionText === undefined ? { build } : { build, revision: Number(revisionText) };
  const revisionWords = revisionText === undefined ? '' : `, revision ${revisionText}`;
  out.understood.push(`Build tag: Windows build ${build}${revisionWords}.`);
  if (out.insider) {
    verdict(out, 'unknown', 'Insider images follow preview builds, which this site does not track.');
    return;
  }
  const inScope = scope.images.filter((image) => image.build === build);
  if (inScope.length > 0) {
    setImages(out, inScope);
    if (listedExample(inScope, tag)) verdict(out, 'yes', `${tag} is a recorded tag of ${names(inScope)}.`);
    else if (revisionText === undefined) {
      verdict(
        out,
        'unknown',
        `Build tags name a revision as well (10.0.${build}.<revision>); this one has none.`,
      );
    } else {
      const reason = `Build ${build} is ${names(inScope)}. Build tags follow the monthly updates (see the update list); the registry is not read here, so revision ${revisionText} cannot be confirmed.`;
      verdict(out, 'unknown', reason);
    }
    checkArch(split, out, scope);
    return;
  }
  explainAbsentBuild(build, scope, out);
}

/** A build the scope has no image for: another family's, a host-only build, or no known build at all. */
function explainAbsentBuild(build: number, scope: Scope, out: ImageReferenceResult): void {
  const others = scope.index.imagesByBuild.get(build) ?? [];
  const hosts = scope.index.hostsByBuild.get(build) ?? [];
  const [other] = others;
  if (other !== undefined) {
    const reason = `No ${scope.label} image exists for build ${build}; images with that build: ${names(others)}.`;
    verdict(out, 'no', reason, formatReference(other));
    return;
  }
  const scopeBuilds = unique(scope.images.map((image) => image.build)).sort((a, b) => a - b);
  if (hosts.length > 0) {
    const older = scopeBuilds.filter((b) => b < build).pop();
    const olderImage = scope.images.find((image) => image.build === older);
    const hint = olderImage === undefined ? '' : ` The closest older image is ${olderImage.name}.`;
    const reason = `No container image was ever built for build ${build} (${joinWords(hosts.map((h) => h.name))}).${hint}`;
    verdict(out, 'no', reason, olderImage === undefined ? undefined : refIn(scope, olderImage.tags[0] ?? ''));
    return;
  }
  const near = nearestBuilds(scopeBuilds, build)[0];
  const nearImage = scope.images.find((image) => image.build === near);
  const reason = `${build} is not the build of any Windows release this site knows.`;
  verdict(out, 'no', reason, nearImage === undefined ? undefined : refIn(scope, nearImage.tags[0] ?? ''));
}

/** KB tags: `1809-KB4480116-amd64`, `1709_KB4043961`. */
function analyseKb(
  match: RegExpExecArray,
  split: ArchSplit,
  tag: string,
  scope: Scope,
  out: ImageReferenceResult,
) {
  const [, prefix = '', separator = '-', number = ''] = match;
  out.tagKind = separator === '_' ? 'kb-underscore' : 'kb';
  out.kb = `KB${number}`;
  out.understood.push(`KB tag: the ${prefix} image as of update KB${number}.`);
  if (applyMissing(scope, [tag], out)) return;
  const lower = prefix.toLowerCase();
  const matched = scope.images.filter((image) => image.tags.some((t) => t.toLowerCase() === lower));
  if (matched.length === 0) {
    const near = nearestTag(scope, prefix);
    const fixed = near === undefined ? undefined : refIn(scope, `${near}${separator}KB${number}`);
    verdict(
      out,
      'no',
      `A KB tag starts with the image's version tag, and ${prefix} is not one in ${scope.label}.`,
      fixed,
    );
    return;
  }
  setImages(out, matched);
  const newest = matched.reduce((a, b) => (a.available >= b.available ? a : b));
  if (separator === '_' && newest.available >= HYPHEN_TAGS_FROM) {
    const hyphenated = tag.replace(/_/g, '-');
    const reason = `Underscore KB tags stopped on ${HYPHEN_TAGS_FROM}, before ${newest.name} was released; its KB tags use hyphens.`;
    verdict(out, 'no', reason, refIn(scope, hyphenated));
    return;
  }
  if (separator === '_') {
    out.understood.push(`Underscore KB tags were used until ${HYPHEN_TAGS_FROM}; the old ones were kept.`);
  }
  const recorded = matched.filter((image) => listedExample([image], tag));
  if (recorded.length > 0) verdict(out, 'yes', `${tag} is a recorded tag of ${names(recorded)}.`);
  else {
    const reason = `KB tags follow the monthly updates (see the update list); the registry is not read here, so ${out.kb} for ${names(matched)} cannot be confirmed.`;
    verdict(out, 'unknown', reason);
  }
  checkArch(split, out, scope);
}

/** The image an old Docker Hub name's `latest` pointed at, from the catalog's recorded `latest` tag forms. */
function legacyLatest(scope: Scope, out: ImageReferenceResult): Image | undefined {
  const path = out.path;
  if (path === undefined || !scope.index.repositoryByDockerHub.has(path)) return undefined;
  return scope.images.find(
    (image) =>
      image.dockerHub?.toLowerCase() === path && image.tagForms.some((form) => form.example === 'latest'),
  );
}

/** `latest`, written or implied. */
function analyseLatest(scope: Scope, out: ImageReferenceResult): void {
  out.tagKind = 'latest';
  const legacy = legacyLatest(scope, out);
  if (legacy !== undefined) {
    // On the old Docker Hub name, latest meant one known image: name it, and say the tag is gone.
    setImages(out, [legacy]);
    const period = legacy.tagForms.find((form) => form.example === 'latest')?.period;
    const when = period === undefined ? '' : ` (${period})`;
    verdict(
      out,
      'no',
      `On ${out.path ?? ''}, latest meant ${names([legacy])}${when}; that tag has since been removed.`,
      formatReference(legacy),
    );
    return;
  }
  // A missing-tag entry belongs to one repository; a bare `latest` gets the general answer.
  if (scope.repository !== undefined && applyMissing(scope, ['latest'], out)) return;
  const newest = [...scope.images].sort((a, b) => b.build - a.build)[0];
  const suggestion = newest === undefined ? undefined : refIn(scope, newest.tags[0] ?? '');
  const reason = `Windows base images have had no latest tag since ${LATEST_REMOVED}; name the tag that matches your host.`;
  verdict(out, 'no', reason, suggestion);
}

/** A tag of another recorded form (e.g. a temporary preview tag): matched, but not confirmed as current. */
function analyseRecordedForm(tag: string, scope: Scope, out: ImageReferenceResult): boolean {
  for (const image of scope.images) {
    const form = image.tagForms.find((f) => f.example === tag || f.example.endsWith(`:${tag}`));
    if (form === undefined) continue;
    out.tagKind = 'floating';
    setImages(out, [image]);
    const period = form.period === undefined ? '' : ` (${form.period})`;
    const note = form.note === undefined ? '' : ` ${form.note}`;
    verdict(out, 'unknown', `${tag} is a ${form.form} tag recorded for ${image.name}${period}.${note}`);
    return true;
  }
  return false;
}

/** Classifies and checks a tag against the scope. */
function analyseTag(tag: string, scope: Scope, out: ImageReferenceResult): void {
  const split = splitArch(tag);
  if (split.arch !== undefined) out.arch = split.arch;
  if (split.arch !== undefined) out.understood.push(`Architecture suffix: ${split.arch}.`);
  const base = split.base;
  if (base.toLowerCase() === 'latest' && split.arch === undefined && !out.insider)
    return analyseLatest(scope, out);
  const build = BUILD_TAG.exec(base);
  if (build !== null) return analyseBuild(build, split, tag, scope, out);
  if (out.insider) {
    out.tagKind = 'insider';
    verdict(
      out,
      'unknown',
      'Insider repositories are tagged by full preview build (10.0.<build>.<revision>).',
    );
    return;
  }
  const kb = KB_TAG.exec(base);
  if (kb !== null) return analyseKb(kb, split, tag, scope, out);
  const known =
    scope.index.imagesByTag.has(base.toLowerCase()) || findMissing(scope, [tag, base]) !== undefined;
  if (known || FLOATING_SHAPE.test(base)) return analyseFloating(split, tag, scope, out);
  if (analyseRecordedForm(tag, scope, out)) return;
  out.tagKind = 'unknown';
  const near = nearestTag(scope, base);
  const reason = `${tag} does not look like any Windows base image tag (ltsc2022, 1809, 10.0.17763.253, 1809-KB4480116).`;
  verdict(out, 'no', reason, near === undefined ? undefined : refIn(scope, near));
  if (scope.repository === undefined) out.exists = 'unknown';
}

/** Looks for a base-image tag inside a derived image's tag, e.g. `4.8-windowsservercore-ltsc2019`. */
function findDerivedBase(
  tag: string,
  index: CatalogIndex,
): { repository: string; tag: string; images: Image[] } | undefined {
  const lower = tag.toLowerCase();
  for (const { word, repository } of index.familyWords) {
    const at = lower.indexOf(`${word}-`);
    if (at < 0 || (at > 0 && lower[at - 1] !== '-')) continue;
    const rest = splitArch(lower.slice(at + word.length + 1)).base;
    const candidates = [rest, rest.split('-')[0] ?? rest];
    for (const candidate of candidates) {
      const images = (index.imagesByRepository.get(repository) ?? []).filter((image) =>
        image.tags.some((t) => t.toLowerCase() === candidate),
      );
      const canonical = images[0]?.tags.find((t) => t.toLowerCase() === candidate);
      if (canonical !== undefined) return { repository, tag: canonical, images };
    }
  }
  return undefined;
}

/** Notes a derived image's base (from its tag) without judging the derived tag itself. */
function analyseDerived(tag: string, index: CatalogIndex, out: ImageReferenceResult): void {
  const found = findDerivedBase(tag, index);
  if (found === undefined) return;
  out.derivedFrom = { repository: found.repository, tag: found.tag };
  const family = found.images[0]?.family;
  if (family !== undefined) out.family = family;
  setImages(out, found.images);
  out.understood.push(
    `Its tag says it is built on ${found.repository}:${found.tag} (${names(found.images)}).`,
  );
  out.reason = 'Not a Windows base image itself; its own tags are not tracked here, only the base it names.';
}

/** Whether a lone word has the shape of a tag rather than of a repository name. */
function looksLikeTag(word: string, index: CatalogIndex): boolean {
  const base = splitArch(word).base;
  return (
    base.toLowerCase() === 'latest' ||
    index.imagesByTag.has(base.toLowerCase()) ||
    BUILD_TAG.test(base) ||
    KB_TAG.test(base) ||
    FLOATING_SHAPE.test(base)
  );
}

/** A lone word: a repository short name (`servercore`), a bare tag (`ltsc2022`) or neither. */
function parseBareWord(word: string, index: CatalogIndex, catalog: Catalog, out: ImageReferenceResult): void {
  const scope: Scope = { images: catalog.images, label: 'Windows base', index };
  out.tag = word;
  analyseTag(word, scope, out);
  if (out.tagKind === 'unknown') {
    delete out.tag;
    out.problems.push(
      `"${shorten(word, 40)}" is neither a Windows base image name nor a tag this site knows.`,
    );
    return;
  }
  out.understood.unshift(`A tag on its own, without an image name.`);
}

/** Reads a Docker image reference and checks it against the catalog; never throws. */
export function parseImageReference(input: string, catalog: Catalog): ImageReferenceResult {
  const clean = cleanText(input, MAX_REFERENCE_CHARS * 4);
  const text = clean.text.trim();
  const out = emptyResult(shorten(text, 200));
  if (clean.hadBinary) out.problems.push('Removed characters that are not text (binary or control bytes).');
  if (text === '') {
    out.problems.push('Nothing to read: the input is empty.');
    return out;
  }
  if (clean.truncated || text.length > MAX_REFERENCE_CHARS) {
    out.problems.push('Too long to be an image reference (Docker allows at most 255 characters in a name).');
    return out;
  }
  try {
    readReference(text, catalog, out);
  } catch {
    // Defensive: a parser bug must never break the page; report it as not understood instead.
    out.problems.push('This reference could not be analysed.');
  }
  return out;
}

/** The body of `parseImageReference`, after input hygiene. */
function readReference(text: string, catalog: Catalog, out: ImageReferenceResult): void {
  const index = indexCatalog(catalog);
  const token = pickToken(text, out);
  if (token === undefined || token === '') {
    out.problems.push('No image name found in the input.');
    return;
  }
  if (!REFERENCE_CHARS.test(token)) {
    out.problems.push(
      `"${shorten(token, 40)}" contains characters that cannot appear in an image reference.`,
    );
    return;
  }
  const parts = splitReference(token, out);
  if (parts.digest !== undefined) {
    out.digest = parts.digest;
    out.understood.push(`Digest ${parts.digest.slice(0, 19)}…: pins one exact image, whatever the tag.`);
  }
  if (parts.name === '') {
    out.problems.push('The reference has no image name.');
    return;
  }
  const isBare = !parts.name.includes('/') && parts.tag === undefined && parts.digest === undefined;
  const info = resolveName(parts.name, index, out);
  if (isBare && (info.via === 'unknown' || (info.via === 'mangled' && looksLikeTag(parts.name, index)))) {
    parseBareWord(parts.name, index, catalog, out);
    return;
  }
  describeName(info, index, out);
  checkAgainstRepository(parts, info, index, out);
}

/** Tag, digest and existence checks once the repository is known (or known to be unknown). */
function checkAgainstRepository(
  parts: Parts,
  info: NameInfo,
  index: CatalogIndex,
  out: ImageReferenceResult,
): void {
  const images = info.repository === undefined ? [] : (index.imagesByRepository.get(info.repository) ?? []);
  const label = info.repository?.slice(MCR.length + 1) ?? info.path;
  const scope: Scope = { images, label, index };
  if (info.repository !== undefined) scope.repository = info.repository;
  if (parts.tag !== undefined) out.tag = parts.tag;
  if (info.via === 'unknown' || info.via === 'sub-repository') {
    out.tagKind =
      parts.tag === undefined ? (parts.digest === undefined ? 'latest' : 'digest-only') : 'unknown';
    if (parts.tag !== undefined) analyseDerived(parts.tag, index, out);
    out.exists = 'unknown';
    return;
  }
  if (parts.tag === undefined && parts.digest !== undefined) {
    out.tagKind = info.insider ? 'insider' : 'digest-only';
    setImages(out, images);
    delete out.image;
    verdict(
      out,
      'unknown',
      'A digest names one exact image; which release it is cannot be told from the digest alone.',
    );
    return;
  }
  if (parts.tag === undefined) {
    out.tagImplied = true;
    out.tag = 'latest';
    out.understood.push('No tag given, so Docker asks for latest.');
  }
  analyseTag(out.tag ?? 'latest', scope, out);
  if (parts.digest !== undefined && parts.tag !== undefined) {
    out.understood.push('With both a tag and a digest, Docker pulls by the digest and ignores the tag.');
  }
  if (info.via === 'mangled') explainMangled(info, out);
  else if (
    info.via !== 'mcr' &&
    info.via !== 'mirror' &&
    out.suggestion === undefined &&
    out.exists !== 'no'
  ) {
    // The tag is fine but the name as written would not pull from MCR: offer the full reference.
    out.suggestion = `${info.repository ?? ''}:${out.tag ?? ''}`;
  }
}

/** A garbled repository name: the reference cannot work as written, whatever the tag says. */
function explainMangled(info: NameInfo, out: ImageReferenceResult): void {
  const tagFine = out.exists === 'yes';
  const fixed = tagFine ? `${info.repository ?? ''}:${out.tag ?? ''}` : out.suggestion;
  const exists = info.registry === MCR || !info.path.includes('/') ? 'no' : 'unknown';
  const about = `${info.registry}/${info.path} is not a published repository name.`;
  verdict(out, exists, tagFine || out.reason === undefined ? about : `${about} ${out.reason}`, fixed);
}
