/**
 * Tag recommendation: for a host and an image family, the image and tag to use (a cell's alternative is
 * chosen in advice.ts). Pure; verdicts come from a callback so the same
 * code serves the build (precomputed cells) and the tests.
 */
import { isRetired } from '../knowledge/lifecycle';
import type { CellVerdict, Isolation } from '../knowledge/engine';
import { runs } from '../knowledge/engine';
import type { RichText } from './advice-text';
import { compareDescending, rankKey } from './advice';
import type { Host, Image, ImageFamily, VerdictValue } from '../knowledge/schema';

/** What to write in a Dockerfile for one host, and how to run it. */
export interface Recommendation {
  imageId: string;
  /** Fully qualified reference, e.g. `mcr.microsoft.com/windows/servercore:ltsc2022`. */
  reference: string;
  tag: string;
  isolation: Isolation;
  verdict: VerdictValue;
  /** Whether the recommended image is past the end of its support on the reference date. */
  retired: boolean;
}

/** Looks up the verdict of a cell; supplied by the model. */
export type VerdictLookup = (host: Host, image: Image) => CellVerdict;

/** The fully qualified reference of an image's recommended (first) floating tag. */
export function imageReference(image: Image, tag: string = image.tags[0] ?? ''): string {
  return `${image.repository}:${tag}`;
}

/** The shared ranking (`rankKey` in advice.ts) of an image with its verdicts on a host. */
function rankOf(image: Image, cell: CellVerdict, today: string): number[] {
  return rankKey({
    inSupport: !isRetired(image.support, today),
    process: cell.process.verdict,
    hyperv: cell.hyperv.verdict,
    build: image.build,
  });
}

/** The best image of one family for a host, or null when no image of that family runs there. */
export function recommendForHost(
  host: Host,
  family: ImageFamily,
  images: readonly Image[],
  lookup: VerdictLookup,
  today: string,
): Recommendation | null {
  const candidates = images
    .filter((image) => image.family === family)
    .map((image) => ({ image, cell: lookup(host, image) }))
    .filter(({ cell }) => runs(cell.process.verdict) || runs(cell.hyperv.verdict))
    .sort((a, b) => compareDescending(rankOf(a.image, a.cell, today), rankOf(b.image, b.cell, today)));
  const best = candidates[0];
  if (!best) return null;
  const isolation: Isolation = runs(best.cell.process.verdict) ? 'process' : 'hyperv';
  const tag = best.image.tags[0] ?? '';
  return {
    imageId: best.image.id,
    reference: imageReference(best.image, tag),
    tag,
    isolation,
    verdict: best.cell[isolation].verdict,
    retired: isRetired(best.image.support, today),
  };
}

/**
 * Advice on floating versus pinned tags for one image on one host, as sentences with code spans. A retired
 * image's tag no longer moves, so it is not called one that moves each month; its end date is said by the
 * cell's advice (advice-text.ts), not here.
 */
export function pinningAdvice(host: Host, image: Image, today: string, newestBuildTag?: string): RichText[] {
  const floating = image.tags[0] ?? '';
  const buildExample = newestBuildTag ?? image.tagForms.find((form) => form.form === 'build')?.example;
  const example: RichText = buildExample ? [' (such as ', { code: buildExample }, ')'] : [];
  const advice: RichText[] = [
    isRetired(image.support, today)
      ? [
          { code: floating },
          ' no longer moves: no new builds are published for it. Pin a build tag',
          ...example,
          ' or a digest anyway, so a rebuild takes the same layers.',
        ]
      : [
          { code: floating },
          ' is a floating tag: it moves to the new monthly build each Patch Tuesday. Pin a build tag',
          ...example,
          ' or a digest for reproducible builds, and move the pin on purpose.',
        ],
  ];
  if (host.build === 14393 && image.build === 14393) {
    advice.push([
      'On Windows Server 2016, pin the image to the revision your hosts run: process isolation needs them to match.',
    ]);
  }
  return advice;
}
