/**
 * The answer for one image family on a fleet's pools: the tag that runs everywhere with process isolation,
 * or a tag per pool and (when one exists) a tag that runs everywhere with Hyper-V isolation. Among tags
 * that run, a supported image always comes before a retired one, then a `supported` verdict before a
 * `limited` one, then the newest build; every retired image that is still recommended is named with its
 * end date and the move to make. Pure: verdicts and support dates are passed in.
 */
import { runs } from '../knowledge/engine';
import { imageRetirement, moveTargets } from './fleet-lifecycle';
import { imageEnded } from '../advice/support-ends';
import type { SupportEnds } from '../advice/support-ends';
import { manifestSnippet, nodeSelectorSnippet, runtimeClassSnippet, HYPERV_HANDLER } from './fleet-snippets';
import type {
  FamilyAnswer,
  FleetPool,
  FleetTag,
  HypervOption,
  PoolTag,
  Retirement,
  VerdictLookup,
} from './fleet-types';
import { everyNode, verbFor } from './fleet-words';
import { joinWords } from '../readers/catalog';
import type { Catalog } from '../readers/catalog';
import { imageReference } from '../advice/recommend';
import type { Image, ImageFamily } from '../knowledge/schema';
import { OUT_OF_SUPPORT, outOfSupportSince } from '../knowledge/support-words';
import { FAMILY_LABEL } from '../knowledge/verdict-text';
import { FAMILY_SUCCESSOR } from '../knowledge/vocabulary';

/** What every step of a family answer needs. */
export interface FamilyContext {
  catalog: Catalog;
  pools: readonly FleetPool[];
  verdicts: VerdictLookup;
  ends: SupportEnds;
}

/** The tag to show for an image, with its support status. */
function tagOf(image: Image, ends: SupportEnds): FleetTag {
  const tag = image.tags[0] ?? '';
  const retired = imageEnded(ends, image.id);
  return {
    imageId: image.id,
    tag,
    reference: imageReference(image, tag),
    retired,
    status: retired === null ? null : outOfSupportSince(retired),
  };
}

/** `servercore:ltsc2019` from `mcr.microsoft.com/windows/servercore:ltsc2019`: the tag with its repository. */
const short = (tag: FleetTag): string => tag.reference.split('/').pop() ?? tag.reference;

interface Candidate {
  image: Image;
  retired: boolean;
  supported: boolean;
}

/** Supported images before retired ones, then a `supported` verdict before `limited`, then the newest build. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(a.retired) - Number(b.retired) ||
    Number(b.supported) - Number(a.supported) ||
    b.image.build - a.image.build
  );
}

/** The tag that runs with process isolation on every pool, best first; null when none does. */
function oneTag(
  images: readonly Image[],
  ctx: FamilyContext,
): (Candidate & { verdict: 'supported' | 'limited' }) | null {
  const best = images
    .map((image) => {
      const values = ctx.pools.map((pool) => ctx.verdicts(pool.hostId, image.id).process);
      return {
        image,
        values,
        retired: imageEnded(ctx.ends, image.id) !== null,
        supported: values.every((value) => value === 'supported'),
      };
    })
    .filter(({ values }) => values.every(runs))
    .sort(compareCandidates)[0];
  return best === undefined ? null : { ...best, verdict: best.supported ? 'supported' : 'limited' };
}

/** The best process-isolation tag for one pool. */
function poolTag(images: readonly Image[], pool: FleetPool, ctx: FamilyContext): PoolTag {
  const best = images
    .map((image) => ({ image, value: ctx.verdicts(pool.hostId, image.id).process }))
    .filter(({ value }) => runs(value))
    .map((entry) => ({
      ...entry,
      retired: imageEnded(ctx.ends, entry.image.id) !== null,
      supported: entry.value === 'supported',
    }))
    .sort(compareCandidates)[0];
  return {
    hostId: pool.hostId,
    windowsBuildLabel: pool.windowsBuildLabel,
    nodes: [...pool.nodes],
    image: best === undefined ? null : tagOf(best.image, ctx.ends),
    verdict: best?.value ?? null,
  };
}

const nameOf = (ctx: FamilyContext, hostId: string): string =>
  ctx.pools.find((pool) => pool.hostId === hostId)?.hostName ?? hostId;

/**
 * A tag that runs on every pool, with Hyper-V isolation where process isolation does not: a supported
 * image first, then the fewest Hyper-V pools, then the newest build. `supportedOnly` leaves retired ones out.
 */
function hypervOption(
  images: readonly Image[],
  ctx: FamilyContext,
  supportedOnly: boolean,
): HypervOption | null {
  const best = images
    .map((image) => {
      const processPools: string[] = [];
      const hypervPools: string[] = [];
      for (const pool of ctx.pools) {
        const cell = ctx.verdicts(pool.hostId, image.id);
        if (runs(cell.process)) processPools.push(pool.hostId);
        else if (runs(cell.hyperv)) hypervPools.push(pool.hostId);
      }
      return { image, processPools, hypervPools, retired: imageEnded(ctx.ends, image.id) !== null };
    })
    .filter(({ processPools, hypervPools }) => processPools.length + hypervPools.length === ctx.pools.length)
    .filter(({ hypervPools, retired }) => hypervPools.length > 0 && !(supportedOnly && retired))
    .sort(
      (a, b) =>
        Number(a.retired) - Number(b.retired) ||
        a.hypervPools.length - b.hypervPools.length ||
        b.image.build - a.image.build,
    )[0];
  if (best === undefined) return null;
  const image = tagOf(best.image, ctx.ends);
  const hypervNames = joinWords(best.hypervPools.map((hostId) => nameOf(ctx, hostId)));
  return {
    image,
    processPools: best.processPools,
    hypervPools: best.hypervPools,
    label:
      ctx.pools.length === 1
        ? `Or ${short(image)}, with Hyper-V isolation`
        : best.processPools.length === 0
          ? `Or one tag on every node, ${short(image)}, with Hyper-V isolation`
          : `Or one tag on every node, ${short(image)}, with Hyper-V isolation on ${hypervNames}`,
    notes: [
      `With Docker, run it with --isolation=hyperv on ${hypervNames}: each container then gets a small VM of the image's build.`,
      `Kubernetes supports only process isolation for Windows containers. Hyper-V isolated pods need containerd configured with its Hyper-V runtime (handler ${HYPERV_HANDLER}) and a RuntimeClass that selects it, which Kubernetes itself exercises only in tests.`,
      'Hyper-V isolation also needs Hyper-V on the nodes (nested virtualization when the nodes are VMs) and costs memory and start-up time per container.',
    ],
    runtimeClassSnippet: runtimeClassSnippet(image),
    sources: ['ISO', 'VC', 'K8S-WIN', 'K8S-HYPERV-E2E'],
  };
}

/** Each retired image among the recommended tags, with the move to a supported image of the family. */
function retirements(
  family: ImageFamily,
  recommended: readonly { tag: FleetTag; hostIds: readonly string[] }[],
  hyperv: HypervOption | null,
  ctx: FamilyContext,
): Retirement[] {
  const byImage = new Map<string, { tag: FleetTag; hostIds: Set<string> }>();
  for (const { tag, hostIds } of recommended) {
    if (tag.retired === null) continue;
    const entry = byImage.get(tag.imageId) ?? { tag, hostIds: new Set<string>() };
    for (const hostId of hostIds) entry.hostIds.add(hostId);
    byImage.set(tag.imageId, entry);
  }
  const images = ctx.catalog.images.filter((image) => image.family === family);
  return [...byImage.values()].flatMap(({ tag, hostIds }) => {
    const image = images.find((candidate) => candidate.id === tag.imageId);
    const pools = ctx.pools.filter((pool) => hostIds.has(pool.hostId));
    const newest = pools.at(-1);
    const from = ctx.catalog.hosts.find((host) => host.id === newest?.hostId);
    if (image === undefined || from === undefined || tag.retired === null) return [];
    const nodeCount = pools.reduce((sum, pool) => sum + pool.nodes.length, 0);
    const supportedHyperv = hyperv !== null && hyperv.image.retired === null ? short(hyperv.image) : null;
    const successorFamily = FAMILY_SUCCESSOR[family];
    const successorImages = ctx.catalog.images.filter((candidate) => candidate.family === successorFamily);
    const successor =
      successorFamily === undefined || successorImages[0] === undefined
        ? null
        : {
            familyName: FAMILY_LABEL[successorFamily] ?? successorFamily,
            repository: successorImages[0].repository.split('/').pop() ?? successorFamily,
            moveTo: moveTargets(from, ctx.catalog.hosts, successorImages, ctx.verdicts, ctx.ends),
          };
    return [
      imageRetirement(
        image,
        tag.retired,
        FAMILY_LABEL[family] ?? family,
        nodeCount,
        moveTargets(from, ctx.catalog.hosts, images, ctx.verdicts, ctx.ends),
        supportedHyperv,
        successor,
      ),
    ];
  });
}

/** Where the Hyper-V option is recommended: every pool. */
const everywhere = (option: HypervOption | null) =>
  option === null ? [] : [{ tag: option.image, hostIds: [...option.processPools, ...option.hypervPools] }];

/** The one-tag summary: which nodes, with limits or not, and why newer hosts run an older image. */
function oneTagSummary(
  tag: FleetTag,
  image: Image,
  verdict: 'supported' | 'limited',
  ctx: FamilyContext,
): string {
  const nodeCount = ctx.pools.reduce((sum, pool) => sum + pool.nodes.length, 0);
  const hostList = joinWords(ctx.pools.map((pool) => pool.hostName));
  const newer = ctx.pools.filter((pool) => pool.build > image.build).map((pool) => pool.hostName);
  const limits = ctx.pools.length === 1 ? ', with limits.' : ', with limits on some of them.';
  return (
    `${tag.reference} runs with process isolation on ${everyNode(nodeCount)} (${hostList})` +
    (verdict === 'limited' ? limits : '.') +
    (newer.length > 0
      ? ` ${joinWords(newer)} ${verbFor(newer.length, 'runs', 'run')} this older image with process isolation too (for Windows Server 2022 and later images, hcsshim allows it on later builds).`
      : '')
  );
}

/** The answer for one image family. */
export function familyAnswer(family: ImageFamily, ctx: FamilyContext): FamilyAnswer {
  const images = ctx.catalog.images.filter((image) => image.family === family);
  const poolIds = ctx.pools.map((pool) => pool.hostId);
  const familyName = FAMILY_LABEL[family] ?? family;
  const single = oneTag(images, ctx);
  if (single !== null) {
    const tag = tagOf(single.image, ctx.ends);
    const hyperv = single.retired ? hypervOption(images, ctx, true) : null;
    return {
      family,
      kind: 'one-tag',
      image: tag,
      verdict: single.verdict,
      hyperv,
      summary: oneTagSummary(tag, single.image, single.verdict, ctx),
      retired: retirements(family, [{ tag, hostIds: poolIds }, ...everywhere(hyperv)], hyperv, ctx),
      sources: ['VC', 'HCS'],
    };
  }
  const perPool = ctx.pools.map((pool) => poolTag(images, pool, ctx));
  const hyperv = hypervOption(images, ctx, false);
  const hostList = joinWords(ctx.pools.map((pool) => pool.hostName));
  if (perPool.every((pool) => pool.image === null) && hyperv === null) {
    return {
      family,
      kind: 'none',
      summary: `No ${familyName} image runs on ${hostList}, in either isolation mode.`,
      retired: [],
      sources: ['VC'],
    };
  }
  const served = perPool.flatMap((pool) => (pool.image === null ? [] : [{ ...pool, image: pool.image }]));
  const missing = perPool.filter((pool) => pool.image === null).map((pool) => nameOf(ctx, pool.hostId));
  const summary = [
    `No single ${familyName} tag runs on every Windows node with process isolation.`,
    served.length > 0
      ? `Per build: ${joinWords(served.map((pool) => `${short(pool.image)} on ${nameOf(ctx, pool.hostId)}${pool.image.retired === null ? '' : ` (${OUT_OF_SUPPORT})`}`))}.`
      : '',
    missing.length > 0 ? `Nothing of this family runs on ${joinWords(missing)} with process isolation.` : '',
    hyperv !== null
      ? `With Hyper-V isolation on ${joinWords(hyperv.hypervPools.map((hostId) => nameOf(ctx, hostId)))}, ${short(hyperv.image)} runs everywhere${hyperv.image.retired === null ? '' : `, but it is ${OUT_OF_SUPPORT}`}.`
      : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  const recommended = [
    ...served.map((pool) => ({ tag: pool.image, hostIds: [pool.hostId] })),
    ...everywhere(hyperv),
  ];
  return {
    family,
    kind: 'per-build',
    pools: perPool,
    nodeSelectorSnippet: nodeSelectorSnippet(perPool),
    manifestSnippet: manifestSnippet(perPool),
    hyperv,
    summary,
    retired: retirements(family, recommended, hyperv, ctx),
    sources: ['VC', 'K8S-WIN', 'DOCKER-MANIFEST-ANNOTATE', 'K8S-103156'],
  };
}
