/**
 * The shape of a fleet answer (`src/lib/fleet/fleet.ts` computes it; `src/islands/FleetAnswer.tsx` renders it).
 *
 * - `windowsNodes`: every Windows node with the catalog host its build maps to (`hostId` null, with a
 *   `note`, when the build is missing or unknown to the catalog);
 * - `linuxNodes` / `unknownNodes`: named and left out of the computation;
 * - `pools`: the distinct hosts among the Windows nodes, ascending build, each with the value of its
 *   `node.kubernetes.io/windows-build` label (`10.0.17763`), its node names and, when its host has left
 *   support, the day it did;
 * - `retiredHosts`: each retired pool host with its end date and the newer supported hosts to move to;
 * - `families`: one `FamilyAnswer` per image family (servercore, nanoserver, server, windows):
 *   - `kind: 'one-tag'`: the single tag that runs on every pool with process isolation, a supported one
 *     when there is one (for a 2022 + 2025 fleet, ltsc2022: hcsshim lets 2025 hosts run it);
 *   - `kind: 'per-build'`: no single tag does; then the best tag per pool, a Kubernetes `nodeSelector`
 *     snippet per pool, a `docker manifest` snippet that lists one image per build under one tag, and,
 *     when one tag runs everywhere with Hyper-V isolation where process isolation does not, that option
 *     with what it needs on Kubernetes;
 *   - `kind: 'none'`: no image of the family runs on any pool in any mode;
 *   - `retired`: each retired image the family answer recommends, with its end date and the move to make;
 * - `notes`: sentences about what was left out or needs care (unknown builds, mixed revisions).
 */
import type { ImageFamily, VerdictValue } from '../knowledge/schema';

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
  /** The last day of support of the host's last edition, when that day has passed; else null. */
  retired: string | null;
}

/** A tag to use: the image, its recommended floating tag and the full reference. */
export interface FleetTag {
  imageId: string;
  tag: string;
  /** e.g. `mcr.microsoft.com/windows/servercore:ltsc2022`. */
  reference: string;
  /** The image's last day of support, when that day has passed; else null. */
  retired: string | null;
  /** Shown next to the tag: `out of support since 2021-12-14`, or null while it is supported. */
  status: string | null;
}

/** The best tag of a family for one pool, with process isolation; `image` null when there is none. */
export interface PoolTag {
  hostId: string;
  windowsBuildLabel: string;
  nodes: string[];
  image: FleetTag | null;
  verdict: VerdictValue | null;
}

/** One tag that runs on every pool, with Hyper-V isolation on the pools where process isolation does not. */
export interface HypervOption {
  image: FleetTag;
  /** Host ids of the pools that run it with process isolation, and of those that need Hyper-V isolation. */
  processPools: string[];
  hypervPools: string[];
  /** The option in a few words, e.g. `Or one tag, ltsc2019, everywhere: Hyper-V isolation on Windows Server 2022`. */
  label: string;
  /** What it takes: `--isolation=hyperv` with Docker; containerd's Hyper-V runtime class on Kubernetes. */
  notes: string[];
  /** A RuntimeClass and the pod field that selects it, for Kubernetes. */
  runtimeClassSnippet: string;
  sources: string[];
}

/** A host or image that has left support: since when, and where to go. */
export interface Retirement {
  /** Host id or image id. */
  id: string;
  /** The host's name, or the image's tag. */
  name: string;
  /** The last day of support (YYYY-MM-DD). */
  ended: string;
  /** Supported hosts newer than the retired one, newest first, with the tag to use there (null for a host). */
  moveTo: { hostId: string; hostName: string; tag: string | null }[];
  /** The whole statement: what ended when, and the move to make. */
  sentence: string;
}

interface FamilyBase {
  family: ImageFamily;
  /** The answer in one or two plain sentences. */
  summary: string;
  /** Each retired image this answer recommends (as the tag, a pool's tag or the Hyper-V option). */
  retired: Retirement[];
  sources: string[];
}

/** One tag runs on every Windows node with process isolation. */
export interface OneTagAnswer extends FamilyBase {
  kind: 'one-tag';
  image: FleetTag;
  /** The weakest process verdict across the pools: `limited` when some pool runs it with limits. */
  verdict: 'supported' | 'limited';
  /** When the one tag is retired: a supported tag that runs everywhere with Hyper-V isolation, if any. */
  hyperv: HypervOption | null;
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
  retiredHosts: Retirement[];
  families: FamilyAnswer[];
  notes: string[];
}
