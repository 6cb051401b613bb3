/**
 * The three tag forms with a grammar of their own: floating tags (`ltsc2022`), full build tags
 * (`10.0.17763.253`) and KB tags (`1809-KB4480116`), each checked against the scope.
 */
import type { CatalogIndex } from './catalog';
import { joinWords, nearestBuilds } from './catalog';
import {
  applyMissing,
  checkArch,
  explainAbsentTag,
  listedExample,
  nearestTag,
} from './image-reference-lookup';
import { formatReference, names, refIn, setImages, verdict } from './image-reference-result';
import type { ArchSplit, ImageReferenceResult, Scope } from './image-reference-result';
import { unique } from './text';

/** From this Patch Tuesday KB tags use hyphens; underscore tags published before it were kept. */
const HYPHEN_TAGS_FROM = '2019-02-12';

/** Floating tags: `ltsc2022`, `1809`, `20H2`, `sac2016`. */
export function analyseFloating(
  split: ArchSplit,
  tag: string,
  scope: Scope,
  out: ImageReferenceResult,
): void {
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

/** Known builds whose digits begin with a truncated build (`1776` → 17763). */
export function buildsStartingWith(index: CatalogIndex, digits: string): number[] {
  if (digits.length < 3 || digits.length >= 5) return [];
  const all = unique([...index.imageBuilds, ...index.hostBuilds]).sort((a, b) => a - b);
  return all.filter((build) => String(build).startsWith(digits)).slice(0, 3);
}

/** Full build tags: `10.0.17763.253`. */
export function analyseBuild(
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
export function analyseKb(
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
