/**
 * The answer for an image on a platform variant, assembled from the model and the platform: for every host
 * the variant gives (or gave), the verdict within the isolation modes the platform allows, the tag, the best
 * choice when the image does not run there, and the variant's dates next to the OS's. Pages, the API, the
 * copyable answers and the paste box's precomputed data all use it. Pure.
 */
import { runs } from '../knowledge/engine';
import type { Isolation } from '../knowledge/engine';
import { imageLifecycle, isRetired } from '../knowledge/lifecycle';
import type { Model } from '../model/model';
import { hostsOnDate } from './platform-core';
import type { Platform, PlatformVariant, VariantHost } from './platform-schema';
import { currentHosts, platformVerdict, variantHostIds, variantLifecycle } from './platforms';
import type { PlatformVerdict, VariantLifecycle } from './platforms';
import { imageReference } from '../advice/recommend';
import type { Host, Image, ImageFamily } from '../knowledge/schema';

/** A choice of image and tag on a platform variant's host. */
export interface PlatformChoice {
  imageId: string;
  reference: string;
  isolation: Isolation;
}

/** The answer on one host a variant gives or gave. */
export interface HostAnswer {
  entry: VariantHost;
  host: Host;
  /** Whether the variant gives this host on the reference date. */
  current: boolean;
  verdict: PlatformVerdict;
  /** The tag to use when the image runs within the platform's modes; else null. */
  tag: string | null;
  /** The best image of the same family (else any family) that does run there, when this one does not. */
  alternative: PlatformChoice | null;
  lifecycle: VariantLifecycle;
}

/** The answer for an image on a variant: one per host entry, current ones first. */
export interface VariantImageAnswer {
  platform: Platform;
  variant: PlatformVariant;
  image: Image;
  hosts: HostAnswer[];
}

/** Ranks an image for a host on a platform: supported image, process, fully supported, newest. */
function rank(image: Image, verdict: PlatformVerdict, today: string): number[] {
  return [
    isRetired(image.support, today) ? 0 : 1,
    verdict.isolation === 'process' ? 1 : 0,
    verdict.verdict === 'supported' ? 1 : 0,
    image.build,
  ];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The best image of a family on a host within the platform's modes, or null when none runs. */
export function platformChoice(
  model: Model,
  platform: Platform,
  variant: PlatformVariant,
  hostId: string,
  family: ImageFamily,
): PlatformChoice | null {
  const ranked = model.images
    .filter((image) => image.family === family)
    .map((image) => ({
      image,
      verdict: platformVerdict(platform, variant, model.cell(hostId, image.id).verdict),
    }))
    .filter(({ verdict }) => verdict.isolation !== null)
    .sort((a, b) =>
      compareRanks(rank(a.image, a.verdict, model.today), rank(b.image, b.verdict, model.today)),
    );
  const best = ranked[0];
  if (!best || best.verdict.isolation === null) return null;
  return { imageId: best.image.id, reference: imageReference(best.image), isolation: best.verdict.isolation };
}

/** The answer for `image` on every host entry of `variant`. */
export function variantImageAnswer(
  model: Model,
  platform: Platform,
  variant: PlatformVariant,
  image: Image,
): VariantImageAnswer {
  const current = new Set(currentHosts(variant, model.today));
  const hosts = variant.hosts.flatMap((entry): HostAnswer[] => {
    const host = model.hostsById.get(entry.host);
    if (!host) return [];
    const verdict = platformVerdict(platform, variant, model.cell(host.id, image.id).verdict);
    const families = [...new Set([image.family, ...model.images.map((other) => other.family)])];
    const best = families
      .map((family) => platformChoice(model, platform, variant, host.id, family))
      .find((choice) => choice !== null && choice.imageId !== image.id);
    // Where the image runs only with Hyper-V isolation, the alternative is one that runs with process
    // isolation (when the platform offers it); where it does not run at all, any that runs.
    const alternative =
      verdict.isolation === 'process'
        ? null
        : verdict.isolation === 'hyperv'
          ? best?.isolation === 'process'
            ? best
            : null
          : (best ?? null);
    return [
      {
        entry,
        host,
        current: current.has(entry),
        verdict,
        tag: verdict.isolation === null ? null : imageReference(image),
        alternative,
        lifecycle: variantLifecycle(platform, variant, host, model.today),
      },
    ];
  });
  hosts.sort((a, b) => Number(b.current) - Number(a.current));
  return { platform, variant, image, hosts };
}

/**
 * The images worth a page on a variant: those that run on one of its hosts in some mode (so the page can
 * say whether the platform allows that mode) and are still supported, plus any that run within the
 * platform's modes. Model order.
 */
export function variantImages(model: Model, platform: Platform, variant: PlatformVariant): Image[] {
  const hostIds = variantHostIds(variant);
  return model.images.filter((image) =>
    hostIds.some((hostId) => {
      const cell = model.cell(hostId, image.id).verdict;
      const runsSomehow = runs(cell.process.verdict) || runs(cell.hyperv.verdict);
      if (!runsSomehow) return false;
      if (platformVerdict(platform, variant, cell).isolation !== null) return true;
      return imageLifecycle(image, model.today).state !== 'ended';
    }),
  );
}

/** The host entries a variant gives on a date, resolved to hosts (unknown ids are skipped). */
export function hostsFor(model: Model, variant: PlatformVariant, date: string): Host[] {
  return hostsOnDate(variant.hosts, date).flatMap((entry) => {
    const host = model.hostsById.get(entry.host);
    return host ? [host] : [];
  });
}

/** One headline for the answer on the reference date, e.g. "Runs with process isolation". */
export function answerHeadline(answer: VariantImageAnswer): string {
  const current = answer.hosts.filter((h) => h.current);
  const shown = current.length > 0 ? current : answer.hosts;
  const parts = shown.map((h) => {
    const mode = h.verdict.isolation === 'hyperv' ? 'Hyper-V isolation' : 'process isolation';
    const limits = h.verdict.verdict === 'limited' ? ', with limits' : '';
    const what =
      h.verdict.isolation === null
        ? `does not run on ${answer.platform.shortName}`
        : `runs with ${mode}${limits}`;
    return shown.length > 1 ? `on ${h.host.name}: ${what}` : what;
  });
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
