/**
 * The result an image reference reader fills in, and the tag grammar and helpers its parts share:
 * architecture suffixes, the scope a tag is checked against, and how a verdict is recorded.
 */
import type { Image, ImageFamily } from '../knowledge/schema';
import { joinWords } from './catalog';
import type { Architecture, CatalogIndex } from './catalog';
import { unique } from './text';

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

// --- Tag grammar (facts about tag syntax) ---

export const ARCH_SUFFIX = /^(.+)([-_])(amd64|arm64v8|arm64|arm32v7|arm32|arm)$/i;
export const BUILD_TAG = /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})(?:\.(\d{1,6}))?$/;
export const KB_TAG = /^(.+?)([-_])kb(\d{6,7})$/i;
export const FLOATING_SHAPE = /^(?:(?:ltsc|sac)\d{4}|\d{4}|\d{2}h\d)$/i;

/** The fully-qualified reference of a catalog image with one of its tags (its recommended tag by default). */
export function formatReference(image: Pick<Image, 'repository' | 'tags'>, tag?: string): string {
  return `${image.repository}:${tag ?? image.tags[0] ?? 'latest'}`;
}

/** A fresh result for `input` with nothing understood yet. */
export function emptyResult(input: string): ImageReferenceResult {
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

/** A tag with its architecture suffix removed. */
export interface ArchSplit {
  base: string;
  arch?: Architecture;
  separator?: string;
}

/** Splits `ltsc2019-amd64`, `1809_KB4480116_amd64`, `1809-arm32v7` into base tag and architecture. */
export function splitArch(tag: string): ArchSplit {
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
export interface Scope {
  images: readonly Image[];
  repository?: string;
  /** Short label for messages, e.g. `windows/servercore`. */
  label: string;
  index: CatalogIndex;
}

/** The reference to suggest for `tag` in this scope: a full reference, or the bare tag. */
export function refIn(scope: Scope, tag: string): string {
  return scope.repository === undefined ? tag : `${scope.repository}:${tag}`;
}

/** Distinct display names of images, e.g. `Server Core ltsc2022 and Nano Server ltsc2022`. */
export function names(images: readonly Image[]): string {
  return joinWords(unique(images.map((image) => `${image.name} (build ${image.build})`)));
}

/** Sets the matched images, and `image` when exactly one matched. */
export function setImages(out: ImageReferenceResult, images: readonly Image[]): void {
  out.images = [...images];
  const [only] = images;
  if (images.length === 1 && only !== undefined) out.image = only;
  else delete out.image;
}

/** Sets existence, reason and suggestion together (a stale suggestion is removed). */
export function verdict(
  out: ImageReferenceResult,
  exists: Existence,
  reason: string,
  suggestion?: string,
): void {
  out.exists = exists;
  out.reason = reason;
  if (suggestion !== undefined) out.suggestion = suggestion;
  else delete out.suggestion;
}
