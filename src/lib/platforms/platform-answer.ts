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
import { assembleAdvice, compareDescending, pickAlternative, rankKey, withinModes } from '../advice/advice';
import type { AdviceReason, AllowedModes } from '../advice/advice';
import { alternativeSentence } from '../advice/advice-text';
import type { RichText } from '../advice/advice-text';
import { imageEnded } from '../advice/advice-model';
import type { Host, Image, ImageFamily } from '../knowledge/schema';

/** A choice of image and tag on a platform variant's host. */
export interface PlatformChoice {
  imageId: string;
  reference: string;
  isolation: Isolation;
}

/** An alternative on a platform host, with the advice's reason and its sentence. */
export interface PlatformAlternative extends PlatformChoice {
  reason: AdviceReason;
  sentence: RichText;
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
  /** A better image within the platform's modes (runs at all, or with process isolation), as the cell advice picks it. */
  alternative: PlatformAlternative | null;
  lifecycle: VariantLifecycle;
}

/** The answer for an image on a variant: one per host entry, current ones first. */
export interface VariantImageAnswer {
  platform: Platform;
  variant: PlatformVariant;
  image: Image;
  hosts: HostAnswer[];
}

/** The shared ranking (advice.ts `rankKey`) of an image by its verdicts within the platform's modes. */
function rankOf(image: Image, verdict: PlatformVerdict, today: string): number[] {
  return rankKey({
    inSupport: !isRetired(image.support, today),
    process: verdict.process.verdict,
    hyperv: verdict.hyperv.verdict,
    build: image.build,
  });
}

/**
 * The alternative on one host of a variant, chosen by the cell advice's own selection (`pickAlternative`) over
 * verdicts restricted to the platform's modes, and worded by its sentence. Only the reasons about running
 * (runs at all, runs with process isolation) count here: the page gives support dates beside the answer.
 */
function platformAlternative(
  model: Model,
  host: Host,
  image: Image,
  allowed: AllowedModes,
): PlatformAlternative | null {
  const candidates = model.images.map((other) => {
    const cell = model.cell(host.id, other.id).verdict;
    return withinModes(
      {
        id: other.id,
        name: other.name,
        ended: imageEnded(other, model.today),
        family: other.family,
        build: other.build,
        reference: imageReference(other),
        process: cell.process.verdict,
        hyperv: cell.hyperv.verdict,
      },
      allowed,
    );
  });
  const current = candidates.find((candidate) => candidate.id === image.id);
  if (current === undefined) return null;
  const picked = pickAlternative(current, candidates);
  if (picked === null || (picked.reason !== 'runs' && picked.reason !== 'process-isolation')) return null;
  const advice = assembleAdvice({
    host: { id: host.id, name: host.name, ended: null },
    image: current,
    alternative: { ...picked.candidate, reason: picked.reason },
  });
  const sentence = alternativeSentence(advice);
  if (advice.alternative === null || sentence === null) return null;
  return {
    imageId: picked.candidate.id,
    reference: picked.candidate.reference,
    isolation: advice.alternative.isolation,
    reason: picked.reason,
    sentence,
  };
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
      compareDescending(rankOf(a.image, a.verdict, model.today), rankOf(b.image, b.verdict, model.today)),
    );
  const best = ranked[0];
  if (!best || best.verdict.isolation === null) return null;
  return { imageId: best.image.id, reference: imageReference(best.image), isolation: best.verdict.isolation };
}

/**
 * Answers already given, by the very objects asked about: a build asks for each answer three times (its
 * page, its badge, its card), and each costs a pass over every image per host. Weak keys let a model that
 * is no longer used (tests build many) go with its answers.
 */
const answers = new WeakMap<Model, WeakMap<PlatformVariant, WeakMap<Image, VariantImageAnswer>>>();

/** The answer for `image` on every host entry of `variant`; callers must not change it (it is shared). */
export function variantImageAnswer(
  model: Model,
  platform: Platform,
  variant: PlatformVariant,
  image: Image,
): VariantImageAnswer {
  let byVariant = answers.get(model);
  if (byVariant === undefined) {
    byVariant = new WeakMap();
    answers.set(model, byVariant);
  }
  let byImage = byVariant.get(variant);
  if (byImage === undefined) {
    byImage = new WeakMap();
    byVariant.set(variant, byImage);
  }
  let answer = byImage.get(image);
  if (answer === undefined || answer.platform !== platform) {
    answer = computeVariantImageAnswer(model, platform, variant, image);
    byImage.set(image, answer);
  }
  return answer;
}

function computeVariantImageAnswer(
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
    const alternative = platformAlternative(model, host, image, {
      process: verdict.process.allowed,
      hyperv: verdict.hyperv.allowed,
    });
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
