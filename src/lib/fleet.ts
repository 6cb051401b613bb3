/**
 * The answer for a fleet: given the nodes of a cluster (or several Docker hosts), which tag of each image
 * family to run on all of them.
 *
 * Shape of the answer (`FleetAnswer`):
 * - `windowsNodes`: every Windows node with the catalog host its build maps to (`hostId` null, with a
 *   `note`, when the build is missing or unknown to the catalog);
 * - `linuxNodes` / `unknownNodes`: named and left out of the computation;
 * - `pools`: the distinct hosts among the Windows nodes, ascending build, each with the value of its
 *   `node.kubernetes.io/windows-build` label (`10.0.17763`) and its node names;
 * - `families`: one `FamilyAnswer` per image family (servercore, nanoserver, server, windows):
 *   - `kind: 'one-tag'`: the single tag that runs on every pool with process isolation (for a 2022 + 2025
 *     fleet, ltsc2022: hcsshim lets 2025 hosts run it);
 *   - `kind: 'per-build'`: no single tag does; then the best tag per pool, a Kubernetes `nodeSelector`
 *     snippet per pool, a `docker manifest` snippet that lists one image per build under one tag, and,
 *     when one older tag runs everywhere with Hyper-V isolation on the newer pools, that option with what
 *     it needs on Kubernetes;
 *   - `kind: 'none'`: no image of the family runs on any pool in any mode;
 * - `notes`: sentences about what was left out or needs care (unknown builds, mixed revisions).
 *
 * Pure: the verdicts come from a callback, so the build passes the model's cells and tests pass their own.
 */
import { runs } from './engine';
import { FAMILY_LABEL } from './verdict-text';
import { imageReference } from './recommend';
import { imageFamilies } from './vocabulary';
import { describeHost, indexCatalog, joinWords, nearestBuilds } from './parse/catalog';
import type { Catalog, CatalogIndex } from './parse/catalog';
import type { FleetNode } from './parse/nodes';
import type { Host, Image, ImageFamily, VerdictValue } from './schema';

/** The process and Hyper-V verdicts of one host × image cell. */
export type VerdictLookup = (
  hostId: string,
  imageId: string,
) => { process: VerdictValue; hyperv: VerdictValue };

/** A Windows node and the catalog host its build maps to. */
export interface FleetWindowsNode {
  name: string;
  build: number | null;
  revision: number | null;
  /** The catalog host for the build; null when the build is missing or no known host has it. */
  hostId: string | null;
  hostName: string | null;
  /** How the host was chosen, or why there is none, in one sentence. */
  note: string;
}

/** Windows nodes that share one catalog host (one build). */
export interface FleetPool {
  hostId: string;
  hostName: string;
  build: number;
  /** The value of the `node.kubernetes.io/windows-build` label on these nodes, e.g. `10.0.17763`. */
  windowsBuildLabel: string;
  nodes: string[];
}

/** A tag to use: the image, its recommended floating tag and the full reference. */
export interface FleetTag {
  imageId: string;
  tag: string;
  /** e.g. `mcr.microsoft.com/windows/servercore:ltsc2022`. */
  reference: string;
}

/** The best tag of a family for one pool, with process isolation; `image` null when there is none. */
export interface PoolTag {
  hostId: string;
  windowsBuildLabel: string;
  nodes: string[];
  image: FleetTag | null;
  verdict: VerdictValue | null;
}

/** One older tag that runs on every pool when the newer pools use Hyper-V isolation. */
export interface HypervOption {
  image: FleetTag;
  /** Host ids of the pools that run it with process isolation, and of those that need Hyper-V isolation. */
  processPools: string[];
  hypervPools: string[];
  /** What it takes: `--isolation=hyperv` with Docker; containerd's Hyper-V runtime class on Kubernetes. */
  notes: string[];
  /** A RuntimeClass and the pod field that selects it, for Kubernetes. */
  runtimeClassSnippet: string;
  sources: string[];
}

interface FamilyBase {
  family: ImageFamily;
  /** The answer in one or two plain sentences. */
  summary: string;
  sources: string[];
}

/** One tag runs on every Windows node with process isolation. */
export interface OneTagAnswer extends FamilyBase {
  kind: 'one-tag';
  image: FleetTag;
  /** The weakest process verdict across the pools: `limited` when some pool runs it with limits. */
  verdict: 'supported' | 'limited';
}

/** No single tag does: per-pool tags, or one manifest list, or (sometimes) Hyper-V isolation. */
export interface PerBuildAnswer extends FamilyBase {
  kind: 'per-build';
  pools: PoolTag[];
  /** One Deployment fragment per pool, each pinned with a nodeSelector on the windows-build label. */
  nodeSelectorSnippet: string;
  /** `docker manifest create` / `annotate --os-version` / `push`: one tag, one image per build. */
  manifestSnippet: string;
  hyperv: HypervOption | null;
}

/** Nothing of the family runs on these nodes. */
export interface NoneAnswer extends FamilyBase {
  kind: 'none';
}

export type FamilyAnswer = OneTagAnswer | PerBuildAnswer | NoneAnswer;

/** What to run on a fleet; see the module comment for each part. */
export interface FleetAnswer {
  windowsNodes: FleetWindowsNode[];
  linuxNodes: string[];
  unknownNodes: string[];
  pools: FleetPool[];
  families: FamilyAnswer[];
  notes: string[];
}

/** Placeholder registry path used in snippets: users replace it with their own. */
const APP = 'registry.example.com/app';
const APP_VERSION = '1.0';
const HYPERV_HANDLER = 'runhcs-wcow-hypervisor';

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
function poolsOf(nodes: readonly FleetWindowsNode[], index: CatalogIndex): FleetPool[] {
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
    });
  }
  return [...byHost.values()].sort((a, b) => a.build - b.build || a.hostId.localeCompare(b.hostId));
}

// --- Tags ---

const tagOf = (image: Image): FleetTag => {
  const tag = image.tags[0] ?? '';
  return { imageId: image.id, tag, reference: imageReference(image, tag) };
};

/** Supported before limited, then the newest build: the order candidates are tried in. */
function compareCandidates(
  a: { image: Image; supported: boolean },
  b: { image: Image; supported: boolean },
): number {
  return Number(b.supported) - Number(a.supported) || b.image.build - a.image.build;
}

/** The tag of `images` that runs with process isolation on every pool, best first; null when none does. */
function oneTag(
  images: readonly Image[],
  pools: readonly FleetPool[],
  verdicts: VerdictLookup,
): { image: Image; verdict: 'supported' | 'limited' } | null {
  const candidates = images
    .map((image) => {
      const values = pools.map((pool) => verdicts(pool.hostId, image.id).process);
      return { image, values, supported: values.every((value) => value === 'supported') };
    })
    .filter(({ values }) => values.every(runs))
    .sort(compareCandidates);
  const best = candidates[0];
  return best === undefined ? null : { image: best.image, verdict: best.supported ? 'supported' : 'limited' };
}

/** The best process-isolation tag for one pool. */
function poolTag(images: readonly Image[], pool: FleetPool, verdicts: VerdictLookup): PoolTag {
  const best = images
    .map((image) => ({ image, value: verdicts(pool.hostId, image.id).process }))
    .filter(({ value }) => runs(value))
    .map((entry) => ({ ...entry, supported: entry.value === 'supported' }))
    .sort(compareCandidates)[0];
  return {
    hostId: pool.hostId,
    windowsBuildLabel: pool.windowsBuildLabel,
    nodes: [...pool.nodes],
    image: best === undefined ? null : tagOf(best.image),
    verdict: best?.value ?? null,
  };
}

/** The newest tag that runs on every pool, with Hyper-V isolation where process isolation does not. */
function hypervOption(
  images: readonly Image[],
  pools: readonly FleetPool[],
  verdicts: VerdictLookup,
): HypervOption | null {
  const candidates = images
    .map((image) => {
      const processPools: string[] = [];
      const hypervPools: string[] = [];
      for (const pool of pools) {
        const cell = verdicts(pool.hostId, image.id);
        if (runs(cell.process)) processPools.push(pool.hostId);
        else if (runs(cell.hyperv)) hypervPools.push(pool.hostId);
      }
      return { image, processPools, hypervPools };
    })
    .filter(({ processPools, hypervPools }) => processPools.length + hypervPools.length === pools.length)
    .filter(({ hypervPools }) => hypervPools.length > 0)
    .sort((a, b) => a.hypervPools.length - b.hypervPools.length || b.image.build - a.image.build);
  const best = candidates[0];
  if (best === undefined) return null;
  return {
    image: tagOf(best.image),
    processPools: best.processPools,
    hypervPools: best.hypervPools,
    notes: [
      `With Docker, run it with \`--isolation=hyperv\` on ${joinWords(best.hypervPools)}: each container then gets a small VM of the image's build.`,
      'Kubernetes supports only process isolation for Windows containers. Hyper-V isolated pods need containerd configured with its Hyper-V runtime (handler `runhcs-wcow-hypervisor`) and a RuntimeClass that selects it, which Kubernetes itself exercises only in tests.',
      'Hyper-V isolation also needs Hyper-V on the nodes (nested virtualization when the nodes are VMs) and costs memory and start-up time per container.',
    ],
    runtimeClassSnippet: [
      'apiVersion: node.k8s.io/v1',
      'kind: RuntimeClass',
      'metadata:',
      `  name: ${HYPERV_HANDLER}`,
      `handler: ${HYPERV_HANDLER}`,
      'scheduling:',
      '  nodeSelector:',
      '    kubernetes.io/os: windows',
      '---',
      '# In the pod template:',
      'spec:',
      `  runtimeClassName: ${HYPERV_HANDLER}`,
      '  containers:',
      '    - name: app',
      `      image: ${APP}:${APP_VERSION}-${best.image.tags[0] ?? ''}  # built FROM ${tagOf(best.image).reference}`,
    ].join('\n'),
    sources: ['ISO', 'VC', 'K8S-WIN', 'K8S-HYPERV-E2E'],
  };
}

// --- Snippets ---

/** One Deployment fragment per pool that has a tag. */
function nodeSelectorSnippet(pools: readonly PoolTag[]): string {
  return pools
    .filter((pool): pool is PoolTag & { image: FleetTag } => pool.image !== null)
    .map((pool) =>
      [
        `# Deployment for build ${pool.windowsBuildLabel} (${pool.hostId}: ${joinWords(pool.nodes.slice(0, 3))}${pool.nodes.length > 3 ? ', …' : ''})`,
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector:',
        '        kubernetes.io/os: windows',
        `        node.kubernetes.io/windows-build: '${pool.windowsBuildLabel}'`,
        '      containers:',
        '        - name: app',
        `          image: ${APP}:${APP_VERSION}-${pool.image.tag}  # built FROM ${pool.image.reference}`,
      ].join('\n'),
    )
    .join('\n---\n');
}

/** One tag for all builds: a manifest list with an os.version per entry. */
function manifestSnippet(pools: readonly PoolTag[]): string {
  const entries = pools.filter((pool): pool is PoolTag & { image: FleetTag } => pool.image !== null);
  const list = `${APP}:${APP_VERSION}`;
  const images = entries.map((pool) => `${APP}:${APP_VERSION}-${pool.image.tag}`);
  const distinct = [...new Set(images)];
  return [
    '# Build and push one image per Windows build first, each FROM its base tag:',
    ...entries.map((pool) => `#   ${APP}:${APP_VERSION}-${pool.image.tag}  FROM ${pool.image.reference}`),
    '# Then list them under one tag. Each node pulls the entry whose os.version has its build.',
    `docker manifest create ${list} ${distinct.join(' ')}`,
    ...entries
      .filter((pool, i) => images.indexOf(`${APP}:${APP_VERSION}-${pool.image.tag}`) === i)
      .map(
        (pool) =>
          `docker manifest annotate --os windows --arch amd64 --os-version ${pool.windowsBuildLabel}.<revision> ${list} ${APP}:${APP_VERSION}-${pool.image.tag}`,
      ),
    `docker manifest push ${list}`,
    '# <revision>: the full version of that image, from: docker image inspect --format "{{.OsVersion}}" <image>',
    '# --os-version needs Docker 20.10 or later. `docker buildx imagetools create -t <list> <images…>` builds',
    '# the same list; check with `docker buildx imagetools inspect` that each Windows entry shows its os.version.',
  ].join('\n');
}

// --- Families ---

/** The answer for one image family. */
function familyAnswer(
  family: ImageFamily,
  catalog: Catalog,
  pools: readonly FleetPool[],
  verdicts: VerdictLookup,
): FamilyAnswer {
  const images = catalog.images.filter((image) => image.family === family);
  const nodeCount = pools.reduce((sum, pool) => sum + pool.nodes.length, 0);
  const hostList = joinWords(pools.map((pool) => pool.hostName));
  const familyName = FAMILY_LABEL[family] ?? family;
  const single = oneTag(images, pools, verdicts);
  if (single !== null) {
    const tag = tagOf(single.image);
    return {
      family,
      kind: 'one-tag',
      image: tag,
      verdict: single.verdict,
      summary:
        `${tag.reference} runs with process isolation on all ${String(nodeCount)} Windows node${nodeCount === 1 ? '' : 's'} (${hostList})` +
        (single.verdict === 'limited' ? ', with limits on some of them.' : '.') +
        (pools.some((pool) => pool.build > single.image.build)
          ? ' The newer hosts run this older image with process isolation too (for Windows Server 2022 and later images, hcsshim allows it on later builds).'
          : ''),
      sources: ['VC', 'HCS'],
    };
  }
  const perPool = pools.map((pool) => poolTag(images, pool, verdicts));
  const hyperv = hypervOption(images, pools, verdicts);
  if (perPool.every((pool) => pool.image === null) && hyperv === null) {
    return {
      family,
      kind: 'none',
      summary: `No ${familyName} image runs on ${hostList}, in either isolation mode.`,
      sources: ['VC'],
    };
  }
  const served = perPool.filter((pool) => pool.image !== null);
  const nameOf = (hostId: string): string => pools.find((pool) => pool.hostId === hostId)?.hostName ?? hostId;
  const missing = perPool.filter((pool) => pool.image === null).map((pool) => nameOf(pool.hostId));
  const summary = [
    `No single ${familyName} tag runs on every Windows node with process isolation.`,
    served.length > 0
      ? `Per build: ${joinWords(served.map((pool) => `${pool.image?.tag ?? ''} on ${nameOf(pool.hostId)}`))}.`
      : '',
    missing.length > 0 ? `Nothing of this family runs on ${joinWords(missing)} with process isolation.` : '',
    hyperv !== null
      ? `With Hyper-V isolation on ${joinWords(hyperv.hypervPools.map(nameOf))}, ${hyperv.image.tag} runs everywhere.`
      : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  return {
    family,
    kind: 'per-build',
    pools: perPool,
    nodeSelectorSnippet: nodeSelectorSnippet(perPool),
    manifestSnippet: manifestSnippet(perPool),
    hyperv,
    summary,
    sources: ['VC', 'K8S-WIN', 'DOCKER-MANIFEST-ANNOTATE', 'K8S-103156'],
  };
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

/** Up to ten names, then a count. */
function listNames(names: readonly string[]): string {
  return names.length <= 10
    ? joinWords(names)
    : `${names.slice(0, 10).join(', ')} and ${String(names.length - 10)} more`;
}

/**
 * What to run on a fleet: per Windows node its host, and per image family either the one tag that runs
 * everywhere with process isolation or the per-build choices. Never throws on well-typed input.
 */
export function fleetAnswer(nodes: FleetNode[], catalog: Catalog, verdicts: VerdictLookup): FleetAnswer {
  const index = indexCatalog(catalog);
  const windowsNodes = nodes
    .filter((node) => node.os === 'windows')
    .map((node) => mapWindowsNode(node, index));
  const linuxNodes = nodes.filter((node) => node.os === 'linux').map((node) => node.name);
  const unknownNodes = nodes.filter((node) => node.os === 'unknown').map((node) => node.name);
  const pools = poolsOf(windowsNodes, index);
  const families =
    pools.length === 0 ? [] : imageFamilies.map((family) => familyAnswer(family, catalog, pools, verdicts));
  return {
    windowsNodes,
    linuxNodes,
    unknownNodes,
    pools,
    families,
    notes: fleetNotes(windowsNodes, linuxNodes, unknownNodes, pools),
  };
}
