/**
 * Support dates for fleet answers: which pool hosts and recommended images have left support, since
 * when, and which newer supported host to move to.
 * The dates come from the small `SupportEnds` table (`support-ends.ts`) that the browser also gets. Pure.
 */
import { runs } from '../knowledge/engine';
import { eitherOf, nodesRunningIt, thoseNodes, verbFor } from './fleet-words';
import type { Retirement, VerdictLookup } from './fleet-types';
import type { Host, Image } from '../knowledge/schema';
import { outOfSupportSentence } from '../knowledge/support-words';
import { hostEnded, imageEnded } from '../advice/support-ends';
import type { SupportEnds } from '../advice/support-ends';

/** How many newer hosts a move names: the two newest are enough to choose from. */
const MOVE_CHOICES = 2;

/**
 * The supported hosts to move nodes of `from` to, newest first: of the same kind (server or client), a
 * newer build, and running a supported image of `images` with process isolation (named as the tag).
 */
export function moveTargets(
  from: Host,
  hosts: readonly Host[],
  images: readonly Image[],
  verdicts: VerdictLookup,
  ends: SupportEnds,
): Retirement['moveTo'] {
  const supportedImages = images
    .filter((image) => imageEnded(ends, image.id) === null)
    .sort((a, b) => b.build - a.build);
  const targets: Retirement['moveTo'] = [];
  const newestFirst = hosts
    .filter((host) => host.kind === from.kind && host.build > from.build && hostEnded(ends, host.id) === null)
    .sort((a, b) => b.build - a.build);
  for (const host of newestFirst) {
    const cells = supportedImages.map((image) => ({ image, value: verdicts(host.id, image.id).process }));
    const best = cells.find(({ value }) => value === 'supported') ?? cells.find(({ value }) => runs(value));
    if (best === undefined || targets.some((target) => target.hostName === host.name)) continue;
    targets.push({ hostId: host.id, hostName: host.name, tag: best.image.tags[0] ?? null });
    if (targets.length === MOVE_CHOICES) break;
  }
  return targets;
}

/** A retired pool host: since when, what it means for its nodes, and where to move them. */
export function hostRetirement(
  host: Host,
  ended: string,
  nodeCount: number,
  moveTo: Retirement['moveTo'],
): Retirement {
  const move =
    moveTo.length > 0
      ? ` Move ${verbFor(nodeCount, 'it', 'them')} to ${eitherOf(moveTo.map((target) => target.hostName))}, which ${verbFor(moveTo.length, 'is', 'are')} supported and ${verbFor(moveTo.length, 'runs', 'run')} supported images with process isolation.`
      : ' No newer release of its kind is supported and runs a supported image with process isolation.';
  return {
    id: host.id,
    name: host.name,
    ended,
    moveTo,
    sentence:
      `${outOfSupportSentence(host.name, ended)}: ${nodesRunningIt(nodeCount)} ${verbFor(nodeCount, 'gets', 'get')} no security updates.` +
      move,
  };
}

/**
 * A retired image the answer recommends: since when, and the move to a supported image of the family
 * (a newer host where one runs with process isolation; the Hyper-V tag when the answer offers a supported one;
 * for an ended family, a newer host running its successor family's image, `successor`).
 */
export function imageRetirement(
  image: Image,
  ended: string,
  familyName: string,
  nodeCount: number,
  moveTo: Retirement['moveTo'],
  supportedHypervTag: string | null,
  successor: { familyName: string; repository: string; moveTo: Retirement['moveTo'] } | null = null,
): Retirement {
  const tag = `${image.repository.split('/').pop() ?? ''}:${image.tags[0] ?? ''}`;
  const hosts = moveTo.map((target) => `${target.hostName} (${target.tag ?? ''})`);
  const successorHosts = (successor?.moveTo ?? []).map(
    (target) => `${target.hostName} (${successor?.repository ?? ''}:${target.tag ?? ''})`,
  );
  // An ended family (Windows, last image 20H2) runs on no newer host with process isolation: name the
  // family that took its role and where it runs, rather than leaving the user without a move.
  const move =
    moveTo.length > 0
      ? ` For a supported ${familyName} image with process isolation, move ${thoseNodes(nodeCount)} to ${eitherOf(hosts)}.`
      : successor !== null && successorHosts.length > 0
        ? ` No newer supported host runs a supported ${familyName} image with process isolation; its successor, the ${successor.familyName} image, does: for it, move ${thoseNodes(nodeCount)} to ${eitherOf(successorHosts)}.`
        : ` No newer supported host runs a supported ${familyName} image with process isolation.`;
  const hyperv =
    supportedHypervTag === null
      ? ''
      : ` Or run ${supportedHypervTag}, which is supported, with Hyper-V isolation, as below.`;
  return {
    id: image.id,
    name: tag,
    ended,
    moveTo,
    sentence: `${outOfSupportSentence(tag, ended)} and gets no security fixes.${move}${hyperv}`,
  };
}
