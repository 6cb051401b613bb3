/**
 * Feeds `cellAdvice` from the content at build time: each host's and image's retirement (end dates from
 * lifecycle.ts, for the build date) and every image's verdicts on a host. The model calls it once per
 * cell; islands get the result in compact form (advice-compact.ts).
 */
import { cellAdvice, limitOf } from './advice';
import type { AdviceCandidate, AdviceSide, CellAdvice } from './advice';
import type { CellVerdict } from '../knowledge/engine';
import { hostLifecycle, lifecycle } from '../knowledge/lifecycle';
import { imageReference } from './recommend';
import type { Host, Image } from '../knowledge/schema';

/** The last day of support of a retired host (the latest of its editions), or null while any edition is supported. */
export function hostEnded(host: Host, today: string): string | null {
  const life = hostLifecycle(host, today);
  if (life.state !== 'ended') return null;
  const ends = life.entries.flatMap((entry) =>
    entry.securitySupportEnd ? [entry.securitySupportEnd.date] : [],
  );
  return ends.sort().at(-1) ?? null;
}

/** The last day of support of a retired image, or null while it is supported (same test as `isRetired`). */
export function imageEnded(image: Image, today: string): string | null {
  const life = lifecycle(image.support, today);
  return life.state === 'ended' ? life.retires : null;
}

/** Builds the advice of any cell, computing each host's candidates once. */
export function adviceBuilder(
  images: readonly Image[],
  lookup: (host: Host, image: Image) => CellVerdict,
  today: string,
): (host: Host, image: Image) => CellAdvice {
  const ended = new Map(images.map((image) => [image.id, imageEnded(image, today)]));
  const perHost = new Map<string, { side: AdviceSide; candidates: AdviceCandidate[] }>();
  const forHost = (host: Host): { side: AdviceSide; candidates: AdviceCandidate[] } => {
    const cached = perHost.get(host.id);
    if (cached) return cached;
    const built = {
      side: { id: host.id, name: host.name, ended: hostEnded(host, today) },
      candidates: images.map((image) => {
        const cell = lookup(host, image);
        return {
          id: image.id,
          name: image.name,
          ended: ended.get(image.id) ?? null,
          family: image.family,
          build: image.build,
          reference: imageReference(image),
          process: cell.process.verdict,
          hyperv: cell.hyperv.verdict,
        };
      }),
    };
    perHost.set(host.id, built);
    return built;
  };
  return (host, image) => {
    const { side, candidates } = forHost(host);
    const current = candidates.find((candidate) => candidate.id === image.id);
    if (!current) throw new Error(`Unknown image ${image.id}`);
    return cellAdvice(side, current, candidates, limitOf(lookup(host, image)));
  };
}
