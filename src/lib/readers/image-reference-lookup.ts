/**
 * Looks a tag up in the scope it is checked against: recorded missing tags, the nearest real tag for a typo,
 * the architectures an image is published for, and what to say when the scope lacks the tag.
 */
import type { Image } from '../knowledge/schema';
import { MCR, joinWords } from './catalog';
import type { CatalogIndex } from './catalog';
import { formatReference, names, refIn, setImages, verdict } from './image-reference-result';
import type { ArchSplit, ImageReferenceResult, Scope } from './image-reference-result';
import { editDistance, unique } from './text';

const DOUBT = /^\s*(?:uncertain|unclear|unverified|unknown|disputed|possibly|maybe)\b/i;

/** The missing-tag entry (from the catalog) for this tag within the scope, if any. */
export function findMissing(scope: Scope, tags: readonly string[]) {
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
export function applyMissing(scope: Scope, tags: readonly string[], out: ImageReferenceResult): boolean {
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
export function nearestTag(scope: Scope, wanted: string): string | undefined {
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
export function checkArch(split: ArchSplit, out: ImageReferenceResult, scope: Scope): void {
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

/** A tag the scope does not have: said with the image it was probably meant for. */
export function explainAbsentTag(base: string, scope: Scope, out: ImageReferenceResult): void {
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
export function listedExample(images: readonly Image[], tag: string): boolean {
  return images.some((image) =>
    image.tagForms.some((form) => form.example === tag || form.example.endsWith(`:${tag}`)),
  );
}
