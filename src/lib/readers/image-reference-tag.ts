/**
 * Classifies a tag and sends it to the reader for its form; also `latest`, recorded one-off tag forms,
 * and derived images whose tag names the base image they are built on.
 */
import type { Image } from '../knowledge/schema';
import type { CatalogIndex } from './catalog';
import { analyseBuild, analyseFloating, analyseKb } from './image-reference-forms';
import { applyMissing, findMissing, nearestTag } from './image-reference-lookup';
import {
  BUILD_TAG,
  FLOATING_SHAPE,
  KB_TAG,
  formatReference,
  names,
  refIn,
  setImages,
  splitArch,
  verdict,
} from './image-reference-result';
import type { ImageReferenceResult, Scope } from './image-reference-result';

/** `latest` was removed from every Windows base image repository on this date. */
const LATEST_REMOVED = '2019-04-16';

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
export function analyseTag(tag: string, scope: Scope, out: ImageReferenceResult): void {
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
export function analyseDerived(tag: string, index: CatalogIndex, out: ImageReferenceResult): void {
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
export function looksLikeTag(word: string, index: CatalogIndex): boolean {
  const base = splitArch(word).base;
  return (
    base.toLowerCase() === 'latest' ||
    index.imagesByTag.has(base.toLowerCase()) ||
    BUILD_TAG.test(base) ||
    KB_TAG.test(base) ||
    FLOATING_SHAPE.test(base)
  );
}
