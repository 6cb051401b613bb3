/**
 * Every claim of a fleet answer, checked against the verdicts and support dates it rests on, for many
 * node lists built from the real hosts: all single hosts, all pairs, and random fleets of three or four
 * hosts (a fixed seed, so a failure can be replayed), with and without Linux nodes.
 *
 * The oracle is the real model (its cells and `lifecycle.ts`), not the fleet's own support table, so a
 * fleet that reads dates wrongly fails here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runs } from '../../src/lib/knowledge/engine';
import { fleetAnswer } from '../../src/lib/fleet/fleet';
import type { FamilyAnswer, FleetAnswer, FleetTag, VerdictLookup } from '../../src/lib/fleet/fleet';
import { supportEnds } from '../../src/lib/advice/support-ends';
import { hostLifecycle, imageLifecycle } from '../../src/lib/knowledge/lifecycle';
import type { FleetNode } from '../../src/lib/readers/nodes';
import type { Host } from '../../src/lib/knowledge/schema';
import { loadModel } from './helpers/content';

const model = loadModel();
const catalog = { hosts: model.hosts, images: model.images };
const verdicts: VerdictLookup = (hostId, imageId) => {
  const cell = model.cell(hostId, imageId).verdict;
  return { process: cell.process.verdict, hyperv: cell.hyperv.verdict };
};
const ends = supportEnds(model.hosts, model.images, model.today);

/** The day a host left support (its last edition's end), or null while any edition is supported. */
function hostEnded(hostId: string): string | null {
  const host = model.hosts.find((candidate) => candidate.id === hostId);
  if (host === undefined) return null;
  const life = hostLifecycle(host, model.today);
  if (life.state !== 'ended') return null;
  return (
    life.entries
      .map((entry) => entry.securitySupportEnd?.date ?? '')
      .sort()
      .at(-1) ?? null
  );
}

/** The day an image left support, or null while it is supported. */
function imageEnded(imageId: string): string | null {
  const image = model.images.find((candidate) => candidate.id === imageId);
  if (image === undefined) return null;
  const life = imageLifecycle(image, model.today);
  return life.state === 'ended' ? (life.entries[0]?.securitySupportEnd?.date ?? null) : null;
}

/** Every string anywhere inside a value: all the words an answer can show. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** A fleet to generate: some nodes per host, and some Linux nodes. */
interface FleetSpec {
  hosts: { host: Host; count: number }[];
  linux: number;
}

function nodesOf(spec: FleetSpec): FleetNode[] {
  const nodes: FleetNode[] = spec.hosts.flatMap(({ host, count }, i) =>
    Array.from({ length: count }, (_, n) => ({
      name: `w${String(i)}-${String(n)}`,
      os: 'windows' as const,
      build: host.build,
      revision: null,
      detail: host.name,
    })),
  );
  for (let n = 0; n < spec.linux; n += 1) {
    nodes.push({
      name: `lin-${String(n)}`,
      os: 'linux',
      build: null,
      revision: null,
      detail: 'Ubuntu 24.04',
    });
  }
  return nodes;
}

/** The count words an answer must use for n Windows nodes. */
const nodeWords = (n: number): string =>
  n === 1 ? 'the one Windows node' : n === 2 ? 'both Windows nodes' : `all ${String(n)} Windows nodes`;

/** Where an image is recommended, and in which mode on which host. */
interface Claim {
  tag: FleetTag;
  /** Host id → the mode the answer says the tag runs in there. */
  modes: Map<string, 'process' | 'hyperv'>;
}

/** The recommendations a family answer makes. */
function claimsOf(family: FamilyAnswer, poolIds: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  const hypervClaim = (option: { image: FleetTag; processPools: string[]; hypervPools: string[] }) => ({
    tag: option.image,
    modes: new Map([
      ...option.processPools.map((id) => [id, 'process'] as const),
      ...option.hypervPools.map((id) => [id, 'hyperv'] as const),
    ]),
  });
  if (family.kind === 'one-tag') {
    claims.push({ tag: family.image, modes: new Map(poolIds.map((id) => [id, 'process'] as const)) });
    if (family.hyperv !== null) claims.push(hypervClaim(family.hyperv));
  }
  if (family.kind === 'per-build') {
    for (const pool of family.pools) {
      if (pool.image !== null) claims.push({ tag: pool.image, modes: new Map([[pool.hostId, 'process']]) });
    }
    if (family.hyperv !== null) claims.push(hypervClaim(family.hyperv));
  }
  return claims;
}

/**
 * Whether a supported image of the family does the job of a claim: with process isolation on every host of
 * a process claim; in either mode on every host of a Hyper-V option.
 */
function supportedImageDoes(family: string, claim: Claim): boolean {
  const hyperv = [...claim.modes.values()].includes('hyperv');
  return model.images.some(
    (image) =>
      image.family === family &&
      imageEnded(image.id) === null &&
      [...claim.modes.keys()].every((hostId) => {
        const cell = verdicts(hostId, image.id);
        return runs(cell.process) || (hyperv && runs(cell.hyperv));
      }),
  );
}

/** Every claim of one fleet's answer that does not hold, as readable lines. */
function violations(spec: FleetSpec): string[] {
  const nodes = nodesOf(spec);
  const answer: FleetAnswer = fleetAnswer(nodes, catalog, verdicts, ends);
  const name =
    spec.hosts.map(({ host, count }) => `${host.id}×${String(count)}`).join('+') +
    `+linux×${String(spec.linux)}`;
  const found: string[] = [];
  const fail = (what: string) => found.push(`${name}: ${what}`);
  const windowsCount = nodes.filter((node) => node.os === 'windows').length;
  const mapped = answer.windowsNodes.filter((node) => node.hostId !== null).length;
  const poolIds = answer.pools.map((pool) => pool.hostId);

  // Counts agree with the node list, and count words are right wherever the answer speaks.
  if (answer.windowsNodes.length !== windowsCount) fail('Windows node count differs from the list');
  if (answer.linuxNodes.length !== spec.linux) fail('Linux node count differs from the list');
  if (answer.pools.reduce((sum, pool) => sum + pool.nodes.length, 0) !== mapped) fail('pools lose nodes');
  for (const text of strings(answer)) {
    if (/\ball [12] |\b1 (?:Windows )?nodes\b|\b(?:[02-9]|\d\d+) (?:Windows )?node\b/.test(text)) {
      fail(`count words: "${text}"`);
    }
  }

  /** Image id → the newest build it is recommended on: a move for it must go to a newer host. */
  const newestClaimed = new Map<string, number>();
  for (const family of answer.families) {
    const familyText = strings(family);
    if (family.kind === 'one-tag' && !family.summary.includes(nodeWords(mapped))) {
      fail(`${family.family}: one-tag summary does not say "${nodeWords(mapped)}": ${family.summary}`);
    }
    for (const claim of claimsOf(family, poolIds)) {
      const { imageId, tag } = claim.tag;
      for (const hostId of claim.modes.keys()) {
        const build = answer.pools.find((pool) => pool.hostId === hostId)?.build ?? 0;
        newestClaimed.set(imageId, Math.max(build, newestClaimed.get(imageId) ?? 0));
      }
      // A tag is never recommended for a mode that does not run.
      for (const [hostId, mode] of claim.modes) {
        if (!runs(verdicts(hostId, imageId)[mode]))
          fail(`${imageId} claimed to run with ${mode} on ${hostId}`);
      }
      const claimed = [...claim.modes.keys()].sort().join(',');
      if (
        claimed !==
        [...poolIds]
          .filter((id) => claim.modes.has(id))
          .sort()
          .join(',')
      ) {
        fail(`${imageId} claimed for hosts that are not pools`);
      }
      // A retired image is said to be retired, with its date, where it is recommended.
      const ended = imageEnded(imageId);
      if (
        (claim.tag.retired ?? null) !== ended ||
        (ended !== null && !(claim.tag.status ?? '').includes(ended))
      ) {
        fail(`${imageId}: tag marked retired ${String(claim.tag.retired)}, lifecycle says ${String(ended)}`);
      }
      if (ended !== null) {
        if (!familyText.some((text) => text.includes(tag) && text.includes(ended) && /support/.test(text))) {
          fail(`${family.family}: retired ${imageId} (${ended}) recommended without saying so`);
        }
        // …and only when no supported image does the same job.
        if (supportedImageDoes(family.family, claim)) {
          fail(`${family.family}: retired ${imageId} preferred over a supported image`);
        }
      }
    }
  }

  // A move goes to a supported, newer host of the same kind, where the named tag (a supported image) runs
  // with process isolation.
  const moves = [...answer.retiredHosts, ...answer.families.flatMap((family) => family.retired)];
  for (const retirement of moves) {
    const from = model.hosts.find((host) => host.id === retirement.id);
    const fromBuild = from?.build ?? newestClaimed.get(retirement.id) ?? Infinity;
    for (const target of retirement.moveTo) {
      const host = model.hosts.find((candidate) => candidate.id === target.hostId);
      const family = model.images.find((candidate) => candidate.id === retirement.id)?.family;
      const image = model.images.find(
        (candidate) => candidate.family === family && candidate.tags[0] === target.tag,
      );
      if (host === undefined || hostEnded(host.id) !== null || host.build <= fromBuild) {
        fail(`${retirement.id}: move to ${target.hostId}, which is not a supported, newer host`);
      }
      if (from !== undefined && host?.kind !== from.kind)
        fail(`${retirement.id}: move to another kind of host`);
      if (
        target.tag !== null &&
        (image === undefined ||
          imageEnded(image.id) !== null ||
          !runs(verdicts(target.hostId, image.id).process))
      ) {
        fail(
          `${retirement.id}: move to ${target.hostId} names ${String(target.tag)}, which is not a supported image running there`,
        );
      }
    }
  }

  // A retired node OS is named as retired, with its date and a move to a supported, newer host.
  const answerText = strings(answer);
  for (const pool of answer.pools) {
    const ended = hostEnded(pool.hostId);
    if (ended === null) continue;
    if (!answerText.some((text) => text.includes(pool.hostName) && text.includes(ended))) {
      fail(`retired host ${pool.hostId} (${ended}) not said to be retired`);
    }
    if (pool.retired !== ended)
      fail(`${pool.hostId}: pool marked retired ${String(pool.retired)}, lifecycle says ${ended}`);
  }
  return found;
}

/** Real hosts, each with its own build, so a node's detail text maps it back to that host. */
const hosts = model.hosts;

describe('fleet answers agree with the verdicts and dates they rest on', () => {
  test('every single-host fleet, with one, two and three nodes, with and without Linux', () => {
    const found = hosts.flatMap((host) =>
      [1, 2, 3].flatMap((count) => violations({ hosts: [{ host, count }], linux: count === 2 ? 1 : 0 })),
    );
    expect(found.slice(0, 15)).toEqual([]);
  });

  test('every pair of hosts', () => {
    const found = hosts.flatMap((a, i) =>
      hosts.slice(i + 1).flatMap((b) =>
        violations({
          hosts: [
            { host: a, count: 1 },
            { host: b, count: 2 },
          ],
          linux: i % 2,
        }),
      ),
    );
    expect(found.slice(0, 15)).toEqual([]);
  });

  test('random fleets of three or four hosts', () => {
    const spec = fc.record({
      hosts: fc
        .uniqueArray(fc.integer({ min: 0, max: hosts.length - 1 }), { minLength: 3, maxLength: 4 })
        .chain((indexes) =>
          fc.tuple(
            ...indexes.map((index) => fc.integer({ min: 1, max: 4 }).map((count) => ({ index, count }))),
          ),
        ),
      linux: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(spec, ({ hosts: picked, linux }) => {
        const found = violations({
          hosts: picked.map(({ index, count }) => ({ host: hosts[index] as Host, count })),
          linux,
        });
        expect(found.slice(0, 5)).toEqual([]);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  test('a fleet of only Linux nodes makes no claim', () => {
    expect(violations({ hosts: [], linux: 2 })).toEqual([]);
  });
});
