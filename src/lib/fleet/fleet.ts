/**
 * The answer for a fleet: given the nodes of a cluster (or several Docker hosts), which tag of each image
 * family to run on all of them, and which nodes or tags have left support. `src/lib/fleet/fleet-types.ts`
 * describes the answer's shape; `fleet-family.ts` chooses the tags, `fleet-lifecycle.ts` judges support
 * dates, `fleet-snippets.ts` writes the snippets and `fleet-words.ts` counts.
 *
 * Pure: the verdicts come from a callback and the support dates from a table, so the build passes the
 * model's cells and the browser the compact tables of the island catalog.
 */
import { familyAnswer } from './fleet-family';
import type { FamilyContext } from './fleet-family';
import { hostRetirement, moveTargets } from './fleet-lifecycle';
import { hostEnded } from '../advice/support-ends';
import type { SupportEnds } from '../advice/support-ends';
import type { FleetAnswer, FleetPool, FleetWindowsNode, Retirement } from './fleet-types';
import { listNames } from './fleet-words';
import { imageFamilies } from '../knowledge/vocabulary';
import { describeHost, indexCatalog, joinWords, nearestBuilds } from '../readers/catalog';
import type { Catalog, CatalogIndex } from '../readers/catalog';
import type { FleetNode } from '../readers/nodes';
import type { Host } from '../knowledge/schema';

export type * from './fleet-types';
export type { SupportEnds } from '../advice/support-ends';

// --- Nodes → hosts ---

/** How well a host fits what the paste says about a node (higher is better). */
function hostScore(host: Host, detail: string): number {
  const lower = detail.toLowerCase();
  const wantsClient = /\bwindows 1[01]\b/.test(lower);
  let score = 0;
  if (lower.includes(host.name.toLowerCase())) score += 100;
  if ((host.kind === 'client') === wantsClient) score += 10;
  if (host.group === 'server-ltsc') score += 5;
  if (host.edition === undefined) score += 2;
  return score;
}

/** The host for a node's build: the one the detail names, else a server LTSC release, else the first. */
function chooseHost(index: CatalogIndex, build: number, detail: string): Host | undefined {
  const candidates = index.hostsByBuild.get(build) ?? [];
  let best: Host | undefined;
  let bestScore = -1;
  for (const host of candidates) {
    const score = hostScore(host, detail);
    if (score > bestScore) {
      best = host;
      bestScore = score;
    }
  }
  return best;
}

/** Maps one Windows node to its host, explaining the choice. */
function mapWindowsNode(node: FleetNode, index: CatalogIndex): FleetWindowsNode {
  const base = { name: node.name, build: node.build, revision: node.revision };
  if (node.build === null) {
    return {
      ...base,
      hostId: null,
      hostName: null,
      note: 'The paste gives no build for this node.',
    };
  }
  const host = chooseHost(index, node.build, node.detail);
  if (host === undefined) {
    const near = nearestBuilds(index.hostBuilds, node.build).map(String);
    return {
      ...base,
      hostId: null,
      hostName: null,
      note:
        `Build ${String(node.build)} is not a Windows release this site knows` +
        (near.length > 0 ? ` (nearest: ${joinWords(near)}).` : '.'),
    };
  }
  const shared = (index.hostsByBuild.get(node.build) ?? []).length > 1;
  return {
    ...base,
    hostId: host.id,
    hostName: host.name,
    note: shared
      ? `Build ${String(node.build)} is shared by several releases; ${describeHost(host)} fits what the paste says best.`
      : `Build ${String(node.build)} is ${describeHost(host)}.`,
  };
}

/** Groups mapped nodes by host, ascending build. */
function poolsOf(nodes: readonly FleetWindowsNode[], index: CatalogIndex, ends: SupportEnds): FleetPool[] {
  const byHost = new Map<string, FleetPool>();
  for (const node of nodes) {
    if (node.hostId === null || node.build === null) continue;
    const pool = byHost.get(node.hostId);
    if (pool !== undefined) {
      pool.nodes.push(node.name);
      continue;
    }
    const host = (index.hostsByBuild.get(node.build) ?? []).find((candidate) => candidate.id === node.hostId);
    byHost.set(node.hostId, {
      hostId: node.hostId,
      hostName: host?.name ?? node.hostName ?? node.hostId,
      build: node.build,
      windowsBuildLabel: `10.0.${String(node.build)}`,
      nodes: [node.name],
      retired: hostEnded(ends, node.hostId),
    });
  }
  return [...byHost.values()].sort((a, b) => a.build - b.build || a.hostId.localeCompare(b.hostId));
}

/** Each pool whose host has left support, with the newer supported hosts to move its nodes to. */
function retiredHosts(ctx: FamilyContext): Retirement[] {
  return ctx.pools.flatMap((pool) => {
    const host = ctx.catalog.hosts.find((candidate) => candidate.id === pool.hostId);
    if (pool.retired === null || host === undefined) return [];
    // Any supported image will do on the new host; each family's answer names its own tag.
    const moveTo = moveTargets(host, ctx.catalog.hosts, ctx.catalog.images, ctx.verdicts, ctx.ends).map(
      (target) => ({ ...target, tag: null }),
    );
    return [hostRetirement(host, pool.retired, pool.nodes.length, moveTo)];
  });
}

// --- Notes ---

/** Sentences about what the answer leaves out or what needs care. */
function fleetNotes(
  windowsNodes: readonly FleetWindowsNode[],
  linuxNodes: readonly string[],
  unknownNodes: readonly string[],
  pools: readonly FleetPool[],
): string[] {
  const notes: string[] = [];
  if (linuxNodes.length > 0) {
    notes.push(`Left out, Linux: ${listNames(linuxNodes)}. Windows images do not run there.`);
  }
  if (unknownNodes.length > 0) {
    notes.push(`Left out, operating system not known: ${listNames(unknownNodes)}.`);
  }
  for (const node of windowsNodes) {
    if (node.hostId === null) notes.push(`Left out, ${node.name}: ${node.note}`);
  }
  for (const pool of pools) {
    const revisions = [
      ...new Set(
        windowsNodes
          .filter((node) => node.hostId === pool.hostId && node.revision !== null)
          .map((node) => node.revision),
      ),
    ].sort((a, b) => (a ?? 0) - (b ?? 0));
    if (revisions.length > 1) {
      notes.push(
        `The ${pool.hostId} nodes run different update levels (${revisions.map((revision) => `${String(pool.build)}.${String(revision)}`).join(', ')}). ` +
          'Patch them together: a base image of a newer monthly revision than a node has failed to start there.',
      );
    }
  }
  if (pools.length === 0) notes.push('No Windows node with a known build: there is nothing to compute.');
  if (pools.length === 0 && unknownNodes.length > 0) {
    notes.push(
      'To show each node’s build, paste `kubectl get nodes -o wide` or `kubectl get nodes -L node.kubernetes.io/windows-build`.',
    );
  }
  return notes;
}

/**
 * What to run on a fleet: per Windows node its host, which hosts have left support, and per image family
 * either the one tag that runs everywhere with process isolation or the per-build choices, supported
 * images first. `ends` gives the support dates (`supportEnds` in `fleet-lifecycle.ts`). Never throws on
 * well-typed input.
 */
export function fleetAnswer(
  nodes: FleetNode[],
  catalog: Catalog,
  verdicts: FamilyContext['verdicts'],
  ends: SupportEnds,
): FleetAnswer {
  const index = indexCatalog(catalog);
  const windowsNodes = nodes
    .filter((node) => node.os === 'windows')
    .map((node) => mapWindowsNode(node, index));
  const linuxNodes = nodes.filter((node) => node.os === 'linux').map((node) => node.name);
  const unknownNodes = nodes.filter((node) => node.os === 'unknown').map((node) => node.name);
  const pools = poolsOf(windowsNodes, index, ends);
  const ctx: FamilyContext = { catalog, pools, verdicts, ends };
  return {
    windowsNodes,
    linuxNodes,
    unknownNodes,
    pools,
    retiredHosts: retiredHosts(ctx),
    families: pools.length === 0 ? [] : imageFamilies.map((family) => familyAnswer(family, ctx)),
    notes: fleetNotes(windowsNodes, linuxNodes, unknownNodes, pools),
  };
}
