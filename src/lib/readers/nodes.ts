/**
 * Reads pasted cluster and fleet listings into one node list:
 *
 * - `kubectl get nodes -o wide` tables (OS-IMAGE and KERNEL-VERSION columns), also with `-L` label
 *   columns such as WINDOWS-BUILD and `--show-labels`;
 * - node labels: `kubectl describe nodes` blocks (`Name:`, `Labels:`, `System Info:`), `-o yaml`
 *   label lines, or bare `kubernetes.io/hostname=` / `node.kubernetes.io/windows-build=` pairs;
 * - several `docker info` outputs pasted one after another (`Name:`, `Kernel Version:`,
 *   `Operating System: … (OS Build 17763.5576)`, `OSType:`).
 *
 * A listing of fewer than two nodes is not a fleet: `parseNodeList` returns null for it, and a single
 * `docker info` is read by `parseHostText` as one host. A kubectl table with one Windows node is the exception:
 * it is a cluster's listing, answered as a fleet of one. Everything is line-based with bounded
 * patterns, so a 500-node table is read in linear time.
 */
import { cleanText, splitLines } from './text';

/** One machine of a fleet, as far as the paste tells. */
export interface FleetNode {
  name: string;
  os: 'windows' | 'linux' | 'unknown';
  /** Windows build (17763) when the paste gives one. */
  build: number | null;
  /** Update revision (the number after the build, 5576 in 17763.5576) when given. */
  revision: number | null;
  /** What the paste said about the node's system, e.g. `Windows Server 2022 Datacenter, kernel 10.0.20348.2340`. */
  detail: string;
}

/** Which kind of listing the nodes came from. */
export type NodeListFormat = 'kubectl' | 'labels' | 'docker-info';

export interface NodeList {
  format: NodeListFormat;
  nodes: FleetNode[];
  /** Set when the paste was longer than the parser reads; the list then misses the nodes after the cut. */
  truncated?: true;
}

/** Node lists may be longer than other pastes: a 500-node `-o wide` table is about 100 000 characters. */
const MAX_NODE_LIST_CHARS = 400_000;

const FULL_WINDOWS_VERSION = /^10\.0\.(\d{5})(?:\.(\d{1,6}))?$/;
const DOCKER_KERNEL = /^10\.0 (\d{5}) \(/;
const OS_BUILD = /\(OS Build (\d{5})(?:\.(\d{1,6}))?\)/i;
const LINUX_KERNEL = /^\d{1,2}\.\d{1,3}\.\d{1,4}(?:[-.+_][\w.+-]{0,60})?$/;
const LINUX_DISTRO =
  /\b(?:ubuntu|debian|red hat|rhel|centos|fedora|amazon linux|bottlerocket|container-optimized os|cos|azure linux|cbl-mariner|mariner|flatcar|suse|sles|alpine|rocky|almalinux|oracle linux|talos|photon|linux)\b/i;
const LABEL_PAIR =
  /(?:^|[\s,{"'])((?:beta\.)?kubernetes\.io\/(?:hostname|os)|node\.kubernetes\.io\/windows-build)["']?\s{0,5}[:=]\s{0,5}["']?([\w.-]{1,253})/gi;

interface Draft {
  name?: string;
  hostname?: string;
  os?: FleetNode['os'];
  build?: number;
  revision?: number;
  labelBuild?: number;
  details: string[];
  /** The record has its own docker-info server data already. */
  serverSeen: boolean;
}

const newDraft = (): Draft => ({ details: [], serverSeen: false });

/** `10.0.20348.2340` → build and revision. */
function readFullVersion(value: string): { build: number; revision?: number } | undefined {
  const match = FULL_WINDOWS_VERSION.exec(value.trim());
  if (match === null) return undefined;
  const build = Number(match[1]);
  return match[2] === undefined ? { build } : { build, revision: Number(match[2]) };
}

/** Records one label pair on a draft; returns which label it was. */
function applyLabel(draft: Draft, key: string, value: string): 'hostname' | 'build' | 'os' {
  const lowerKey = key.toLowerCase();
  if (lowerKey.endsWith('/hostname')) {
    draft.hostname = value;
    return 'hostname';
  }
  if (lowerKey.endsWith('/windows-build')) {
    const parsed = readFullVersion(value);
    if (parsed !== undefined) {
      draft.labelBuild = parsed.build;
      draft.os = 'windows';
      draft.details.push(`windows-build label ${value}`);
    }
    return 'build';
  }
  const os = value.toLowerCase();
  if (os === 'windows' || os === 'linux') draft.os ??= os;
  return 'os';
}

/** The label pairs of one line, in order. */
function labelsOf(line: string): { key: string; value: string }[] {
  if (!line.includes('kubernetes.io/')) return [];
  const pairs: { key: string; value: string }[] = [];
  for (const match of line.matchAll(LABEL_PAIR)) {
    pairs.push({ key: match[1] ?? '', value: match[2] ?? '' });
  }
  return pairs;
}

/** Whether a draft says anything about a machine. */
function hasEvidence(draft: Draft): boolean {
  return draft.os !== undefined || draft.build !== undefined || draft.labelBuild !== undefined;
}

/** A finished node from a draft; `index` numbers unnamed nodes. */
function toNode(draft: Draft, index: number): FleetNode {
  const build = draft.build ?? draft.labelBuild ?? null;
  const os = draft.os ?? (build === null ? 'unknown' : 'windows');
  return {
    name: draft.name ?? draft.hostname ?? `node ${String(index + 1)}`,
    os,
    build: os === 'linux' ? null : build,
    revision: os === 'linux' ? null : (draft.revision ?? null),
    detail: [...new Set(draft.details)].join(', '),
  };
}

// --- kubectl tables ---

interface Column {
  readonly name: string;
  readonly start: number;
}

/** `NAME  STATUS  ROLES …` → its columns, or null when the line is not a kubectl node header. */
function readHeader(line: string): Column[] | null {
  if (!/^\s{0,4}NAME\s/.test(line)) return null;
  const columns = [...line.matchAll(/[A-Z][A-Z0-9_.-]{0,62}/g)].map((match) => ({
    name: match[0],
    start: match.index,
  }));
  if (line.replace(/[A-Z0-9_.\-\s]/g, '').length > 0) return null;
  const names = new Set(columns.map((column) => column.name));
  // Node tables, not pod or service tables: a system column, or the ROLES and VERSION pair of `get nodes`.
  const systemColumn = ['OS-IMAGE', 'KERNEL-VERSION', 'WINDOWS-BUILD', 'LABELS'].some((name) =>
    names.has(name),
  );
  return systemColumn || (names.has('ROLES') && names.has('VERSION')) ? columns : null;
}

/** Cells of a row by column name: by position when the row is aligned with the header, else by splitting. */
function readCells(line: string, columns: readonly Column[]): Map<string, string> {
  const cells = new Map<string, string>();
  const aligned = columns.every(({ start }) => start === 0 || start > line.length || line[start - 1] === ' ');
  if (aligned) {
    columns.forEach((column, i) => {
      const end = columns[i + 1]?.start ?? line.length;
      cells.set(column.name, line.slice(column.start, end).trim());
    });
    return cells;
  }
  const parts = line.trim().split(/\t+|\s{2,}/);
  if (parts.length < Math.min(columns.length, 3)) {
    // Spaces collapsed (a chat or a wiki): only the name is certain; readRow looks at the whole line.
    cells.set('NAME', line.trim().split(/\s+/)[0] ?? '');
    return cells;
  }
  columns.forEach((column, i) => cells.set(column.name, parts[i] ?? ''));
  return cells;
}

/** One table row → a draft, from its cells, falling back to tokens anywhere on the line. */
function readRow(line: string, columns: readonly Column[]): Draft {
  const cells = readCells(line, columns);
  const draft = newDraft();
  const name = cells.get('NAME') ?? '';
  if (name !== '') draft.name = name;
  const collapsed = cells.size === 1 && columns.length > 1;
  const osImage = cells.get('OS-IMAGE') ?? (collapsed ? line : '');
  const kernel = cells.get('KERNEL-VERSION') ?? '';
  const windowsBuild = cells.get('WINDOWS-BUILD') ?? '';
  const osLabel = (cells.get('OS') ?? '').toLowerCase();
  for (const { key, value } of labelsOf(cells.get('LABELS') ?? '')) applyLabel(draft, key, value);
  if (osImage !== '' && osImage !== '<none>' && !collapsed) draft.details.push(osImage);
  const full = readFullVersion(kernel) ?? readLooseVersion(line, kernel);
  if (full !== undefined) {
    draft.build = full.build;
    if (full.revision !== undefined) draft.revision = full.revision;
    draft.os = 'windows';
    draft.details.push(`kernel ${kernel || `10.0.${String(full.build)}`}`);
  } else if (LINUX_KERNEL.test(kernel) || LINUX_DISTRO.test(osImage) || osLabel === 'linux') {
    draft.os = 'linux';
    if (kernel !== '') draft.details.push(`kernel ${kernel}`);
  }
  if (/^windows|\swindows server/i.test(osImage) || osLabel === 'windows') draft.os = 'windows';
  if (windowsBuild !== '') applyLabel(draft, 'node.kubernetes.io/windows-build', windowsBuild);
  else if (columns.some((column) => column.name === 'WINDOWS-BUILD') && draft.os === undefined) {
    draft.details.push('no windows-build label: Kubernetes sets it on every Windows node, so probably Linux');
  }
  return draft;
}

/** A `10.0.17763.5576` token anywhere on the line, when the kernel cell could not be read. */
function readLooseVersion(line: string, kernel: string): { build: number; revision?: number } | undefined {
  if (kernel !== '') return undefined;
  const token = /(?:^|\s)(10\.0\.\d{5}(?:\.\d{1,6})?)(?=\s|$)/.exec(line)?.[1];
  return token === undefined ? undefined : readFullVersion(token);
}

/** Every kubectl table in the lines (a paste may hold several), or null when there is none. */
function parseKubectl(lines: readonly string[]): FleetNode[] | null {
  let columns: Column[] | null = null;
  let sawHeader = false;
  const nodes: FleetNode[] = [];
  for (const line of lines) {
    const header = readHeader(line);
    if (header !== null) {
      columns = header;
      sawHeader = true;
      continue;
    }
    if (columns === null) continue;
    if (line.trim() === '' || /^\s*[$>#]|^PS [A-Z]:/.test(line)) {
      columns = null;
      continue;
    }
    nodes.push(toNode(readRow(line, columns), nodes.length));
  }
  return sawHeader ? nodes : null;
}

// --- label blocks and docker info outputs ---

interface BlockState {
  current: Draft;
  drafts: Draft[];
  dockerInfo: boolean;
}

/** Closes the current record and opens a new one. */
function flush(state: BlockState): void {
  if (hasEvidence(state.current)) state.drafts.push(state.current);
  state.current = newDraft();
}

/** `Key: value` lines of describe and docker info; returns whether the line was used. */
function readKeyValue(line: string, state: BlockState): boolean {
  const match = /^(\s{0,12})([A-Za-z][A-Za-z ]{1,30}?)\s{0,3}:\s+(\S.{0,300})$/.exec(line);
  if (match === null) return false;
  const [, indent = '', rawKey = '', rawValue = ''] = match;
  const key = rawKey.toLowerCase().replace(/\s+/g, '');
  const value = rawValue.trim();
  const draft = state.current;
  switch (key) {
    case 'name':
      // `Name:` at the top of a describe block or of a docker info server section; deeper ones are other things.
      // docker info prints it after the kernel and OS lines, so only a second name starts a new node.
      if (indent.length > 1) return false;
      if (draft.name !== undefined) flush(state);
      state.current.name = value;
      return true;
    case 'kernelversion':
    case 'kernel':
      readKernel(value, state);
      return true;
    case 'operatingsystem':
      readOperatingSystem(value, state);
      return true;
    case 'osimage':
      if (/^windows/i.test(value)) draft.os = 'windows';
      else if (LINUX_DISTRO.test(value)) draft.os ??= 'linux';
      draft.details.push(value);
      return true;
    case 'ostype':
      state.dockerInfo = true;
      if (value === 'windows' || value === 'linux') draft.os = value;
      draft.serverSeen = true;
      return true;
    default:
      return false;
  }
}

/** `10.0 17763 (17763.1.amd64fre…)` from docker info, `10.0.20348.2340` from describe, or a Linux kernel. */
function readKernel(value: string, state: BlockState): void {
  const draft = state.current;
  const docker = DOCKER_KERNEL.exec(value);
  if (docker !== null) {
    state.dockerInfo = true;
    draft.serverSeen = true;
    draft.build ??= Number(docker[1]);
    draft.os = 'windows';
    return;
  }
  const full = readFullVersion(value);
  if (full !== undefined) {
    draft.build = full.build;
    if (full.revision !== undefined) draft.revision = full.revision;
    draft.os = 'windows';
    draft.details.push(`kernel ${value}`);
  } else if (LINUX_KERNEL.test(value)) {
    draft.os = 'linux';
    draft.details.push(`kernel ${value}`);
  }
}

/** docker info's `Windows Server 2019 Datacenter Version 1809 (OS Build 17763.5576)`, or describe's `windows`. */
function readOperatingSystem(value: string, state: BlockState): void {
  const draft = state.current;
  const lower = value.toLowerCase();
  if (lower === 'windows' || lower === 'linux') {
    draft.os = lower;
    return;
  }
  draft.details.push(value);
  const osBuild = OS_BUILD.exec(value);
  if (osBuild !== null) {
    draft.build = Number(osBuild[1]);
    if (osBuild[2] !== undefined) draft.revision = Number(osBuild[2]);
    draft.os = 'windows';
  } else if (/^windows/i.test(value)) draft.os = 'windows';
  else if (LINUX_DISTRO.test(value)) draft.os ??= 'linux';
}

/** Label pairs on a line: a new hostname or build label when the record has one already starts a new node. */
function readLabelLine(line: string, state: BlockState): boolean {
  const pairs = labelsOf(line);
  if (pairs.length === 0) return false;
  const manyOnOneLine = pairs.length >= 2 && line.includes(',');
  if (manyOnOneLine) flush(state);
  for (const { key, value } of pairs) {
    const lowerKey = key.toLowerCase();
    const draft = state.current;
    const repeatsHostname =
      lowerKey.endsWith('/hostname') && draft.hostname !== undefined && draft.hostname !== value;
    const repeatsBuild = lowerKey.endsWith('/windows-build') && draft.labelBuild !== undefined;
    if (!manyOnOneLine && (repeatsHostname || repeatsBuild)) flush(state);
    applyLabel(state.current, key, value);
  }
  if (manyOnOneLine) flush(state);
  return true;
}

/** describe blocks, label lines and docker info outputs, or null when none of them is there. */
function parseBlocks(lines: readonly string[]): { nodes: FleetNode[]; dockerInfo: boolean } {
  const state: BlockState = { current: newDraft(), drafts: [], dockerInfo: false };
  for (const line of lines) {
    if (/^\s{0,2}Client:/.test(line) || /^Containers: \d/.test(line)) {
      // The start of another docker info output.
      if (hasEvidence(state.current)) flush(state);
      continue;
    }
    if (/^\s{0,2}Server:/.test(line) && state.current.serverSeen) flush(state);
    if (readLabelLine(line, state)) continue;
    readKeyValue(line, state);
  }
  flush(state);
  return { nodes: state.drafts.map(toNode), dockerInfo: state.dockerInfo };
}

/**
 * The nodes of a pasted listing, or null when the text is not a listing of at least two nodes (a single
 * `docker info` is one host: `parseHostText` reads it) or a kubectl table of one Windows node. Linux nodes are listed too, with `os: 'linux'`.
 * Never throws.
 */
export function parseNodeList(text: string): NodeList | null {
  const cleaned = cleanText(text, MAX_NODE_LIST_CHARS);
  const split = splitLines(cleaned.text);
  const truncated = cleaned.truncated || split.truncated;
  const kubectl = parseKubectl(split.lines);
  let list: NodeList;
  if (kubectl !== null) list = { format: 'kubectl', nodes: kubectl };
  else {
    const blocks = parseBlocks(split.lines);
    list = { format: blocks.dockerInfo ? 'docker-info' : 'labels', nodes: blocks.nodes };
  }
  // A kubectl table with one Windows node is still a cluster's listing (its lifecycle answer is the fleet's).
  const lone = list.format === 'kubectl' && list.nodes.length === 1 && list.nodes[0]?.os === 'windows';
  if (list.nodes.length < 2 && !lone) return null;
  return truncated ? { ...list, truncated: true } : list;
}
