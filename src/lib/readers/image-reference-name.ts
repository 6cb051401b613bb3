/**
 * The name half of an image reference: picks the reference out of a command, splits name, tag and digest,
 * and matches the name (MCR path, old Docker Hub name, short, mirrored or garbled) to a catalog repository.
 */
import { MCR, familyOfRepository } from './catalog';
import type { CatalogIndex } from './catalog';
import { verdict } from './image-reference-result';
import type { ImageReferenceResult } from './image-reference-result';
import { editDistance, shorten } from './text';

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

const TAG_SYNTAX = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** Picks the reference out of `docker pull …`, `FROM … AS x`, `image: "…"` and similar wrappers. */
export function pickToken(text: string, out: ImageReferenceResult): string | undefined {
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

export interface Parts {
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits `name[:tag][@digest]`, reporting malformed tags and digests. */
export function splitReference(token: string, out: ImageReferenceResult): Parts {
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
export type Via = 'mcr' | 'docker-hub-name' | 'short' | 'mirror' | 'mangled' | 'sub-repository' | 'unknown';

export interface NameInfo {
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
export function resolveName(name: string, index: CatalogIndex, out: ImageReferenceResult): NameInfo {
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
export function describeName(info: NameInfo, index: CatalogIndex, out: ImageReferenceResult): void {
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

/** A garbled repository name: the reference cannot work as written, whatever the tag says. */
export function explainMangled(info: NameInfo, out: ImageReferenceResult): void {
  const tagFine = out.exists === 'yes';
  const fixed = tagFine ? `${info.repository ?? ''}:${out.tag ?? ''}` : out.suggestion;
  const exists = info.registry === MCR || !info.path.includes('/') ? 'no' : 'unknown';
  const about = `${info.registry}/${info.path} is not a published repository name.`;
  verdict(out, exists, tagFine || out.reason === undefined ? about : `${about} ${out.reason}`, fixed);
}
