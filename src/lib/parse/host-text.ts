/**
 * Reads whatever people paste about their machine — a build number, `ver`, `winver`, `systeminfo`,
 * `Get-ComputerInfo`, `docker version` / `docker info`, Kubernetes labels and `kubectl get nodes -o wide`
 * rows, CI runner labels, error messages — and works out the host build and the catalog hosts it can be.
 *
 * Everything is line-based and every pattern is anchored or bounded, so a 100 KB paste stays linear.
 */
import type { Edition, Host, Image } from '../schema';
import { describeHosts, indexCatalog, joinWords, nearestBuilds, normaliseAlias } from './catalog';
import { phraseKey } from './vocabulary';
import type { Architecture, Catalog, CatalogIndex } from './catalog';
import { buildsStartingWith, parseImageReference } from './image-reference';
import type { ImageReferenceResult } from './image-reference';
import { addOnce, cleanText, shorten, splitLines, unique } from './text';

/** Where the text was produced: on the host, inside a container, or no way to tell. */
export type TextContext = 'host' | 'container' | 'unknown';

export type Isolation = 'process' | 'hyperv';

/** A build written in part: shortened with an ellipsis, or replaced by a placeholder. */
export interface PartialBuild {
  /** As written, e.g. `10.0.203…48`. */
  written: string;
  kind: 'shortened' | 'hidden';
  /** Known builds it can be (one when resolved, none for a placeholder). */
  candidates: number[];
}

/** A recognised error, with what it means in plain words. */
export interface ErrorExplanation {
  /** The hex code (`0xc0370101`) or a name for messages without one (`no-matching-manifest`). */
  code: string;
  explanation: string;
}

/** What the text says about the host (and, for some errors, the image). */
export interface HostTextResult {
  /** The host build (first one found), e.g. 17763. */
  build?: number;
  /** Its revision (update level), when the text gives one. */
  revision?: number;
  /** Every distinct host build found, `build` first. */
  builds: number[];
  /** Catalog hosts the text can be, after narrowing by product words. */
  hostCandidates: Host[];
  /** Every catalog host with the build(s) found, before narrowing. */
  buildHosts: Host[];
  /** An image build named by the text (an incompatibility error or `docker inspect` output). */
  imageBuild?: number;
  imageCandidates: Image[];
  /** Image references found inside messages (e.g. `manifest for … not found`). */
  imageReferences: ImageReferenceResult[];
  /** The first error recognised. */
  errorCode?: string;
  /** What the first error means and what to do. */
  errorExplanation?: string;
  errors: ErrorExplanation[];
  context: TextContext;
  /** The text could come from the host or from inside a container: ask the user. */
  askHostOrContainer: boolean;
  defaultIsolation?: Isolation;
  arch?: Architecture;
  ciLabels: string[];
  /** Product names found, e.g. `Windows Server 2022 Datacenter`. */
  productNames: string[];
  /** A release label such as `22H2` or `1809`. */
  versionLabel?: string;
  /** Editions the text names (`Windows 10 Enterprise LTSC 2019`), of the hosts still in `hostCandidates`. */
  editions: { hostId: string; edition: Edition }[];
  /** The text gives a build only in part (`10.0.203…48`, `10.0.xxxxx`): what could be read of it. */
  partialBuild?: PartialBuild;
  /** For a build no host has: the closest host builds. */
  nearestHostBuilds: number[];
  /** For a host build no image has: the closest image builds. */
  nearestImageBuilds: number[];
  /** Zero-based indexes of the input lines that contributed. */
  usedLines: number[];
  understood: string[];
  problems: string[];
}

// --- Facts about message shapes and labels (syntax, not data) ---

const EXPLAIN = {
  mismatch:
    'The host would not start the container because the image was built for a different Windows build. With ' +
    'process isolation the builds must match (hosts from build 20348 on also accept some older LTSC images). ' +
    'Use an image built for this host, or --isolation=hyperv when the host is newer than the image.',
  exited:
    'The container or its utility VM stopped unexpectedly. Users have hit this when host and image were at ' +
    'different patch levels, e.g. a new image on a host missing a recent cumulative update; patching the host ' +
    'fixed it.',
  format:
    'The host did not recognise the image format. This was reported for Windows Server 2025 images on ' +
    'Windows 11 25H2 hosts.',
  noManifest:
    'No image behind this tag was built for the host. The build number in this message is the HOST build, ' +
    'not the image build: choose a tag built for that host build.',
  noManifestUnknown:
    'Older Docker versions printed "unknown" in place of the host build. The tag has no image this host can use.',
  newerImage:
    'Docker will not pull an image built for a newer Windows build than the host, and Hyper-V isolation does ' +
    'not get around it. Use an image for the host build or an older one.',
  manifestNotFound: 'The registry has no image under that name and tag.',
  linuxDaemon:
    'Docker is running Linux containers. Switch it to Windows containers (on Docker Desktop: "Switch to ' +
    'Windows containers…") before pulling Windows images.',
  linuxImage: 'A Windows Docker engine was asked for a Linux image.',
  unknownHcs: 'A container platform (HCS) error code this site has no explanation for.',
} as const;

const HEX_CODES: Record<string, string> = {
  '0xc0370101': EXPLAIN.mismatch,
  '0x80370101': EXPLAIN.mismatch,
  '0xc0370106': EXPLAIN.exited,
  '0x80370106': EXPLAIN.exited,
  '0xc0370112': EXPLAIN.format,
  '0x80370112': EXPLAIN.format,
};

/** Runner labels `windows-latest` has pointed at (it moved as new runner images shipped). */
const LATEST_RUNNER_TARGETS = ['windows-2022', 'windows-2025'];

const RE = {
  hexCode: /\b0x[0-9a-f]{8}\b/gi,
  noManifest:
    /no matching manifest for ([a-z0-9]+)\/([a-z0-9_]+)(?:\s{1,10}(\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?))?\s{1,10}in the manifest list/i,
  noManifestUnknown: /no matching manifest for unknown in the manifest list/i,
  incompatible:
    /version (\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?)-based image is incompatible with a (\d{1,3}\.\d{1,3}\.\d{1,6}(?:\.\d{1,6})?) host/i,
  manifestNotFound: /manifest for (\S{1,300}) not found/i,
  wrongOs: /image operating system "(\w{1,20})" cannot be used on this platform/i,
  ver: /microsoft windows \[version (\d{1,3})\.(\d{1,3})\.(\d{1,6})(?:\.(\d{1,6}))?\]/i,
  // winver writes `Version 1809 (OS Build 17763.5576)`; people retype it without the parentheses.
  osBuild: /(?:version (\w{4}),? )?\(?os build (\d{1,6})(?:\.(\d{1,6}))?\)?/i,
  /** A release label standing alone (`24H2`), not inside an image tag (`servercore:20H2`, `…-21h2`). */
  halfYearLabel: /(?<![\w:/.-])(\d{2}H[12])(?![\w.-])/gi,
  /** `version 1809`, `Version: 1809` but not `Version 10.0…`. */
  versionWord: /\bversion:?\s{1,5}(\d{4})(?![\w.])/gi,
  /** `10.0.203…48`, `10.0.17763…`, `10.0.1...`: a build cut short with an ellipsis. */
  shortened: /\b10\.0\.(\d{0,5})\.?(?:…|\.{2,3})(\d{0,6})/,
  /** `10.0.xxxxx`, `10.0.<build>`, `10.0.*****`: a build replaced by a placeholder. */
  placeholder: /\b10\.0\.(?:[x]{2,6}|[*#?]{2,6}|<[^>\n]{1,20}>|\{[^}\n]{1,20}\})(?:\.[\w<>{}*#?]{1,20})?/i,
  k8sLabel: /node\.kubernetes\.io\/windows-build["']?\s{0,5}[:=]\s{0,5}["']?(\d{1,3})\.(\d{1,3})\.(\d{1,6})/i,
  k8sOs: /kubernetes\.io\/os["']?\s{0,5}[:=]\s{0,5}["']?windows/i,
  kubectlHeader: /\bOS-IMAGE\s+KERNEL-VERSION\b/,
  runner: /(?:^|[\s'"[,:=])(windows-[a-z0-9][a-z0-9-]{0,20})(?=$|[\s'"\],])/gi,
  osVersionTable: /^\s*10\s+0\s+(\d{5})\s+(\d{1,6})\s*$/,
  osVersionHeader: /^\s*Major\s+Minor\s+Build\s+Revision\s*$/i,
  product: /\bWindows (Server|10|11)\b(?![.\d])([^\n]{0,60})/i,
  buildLab: /(\d{5})\.(\d{1,6})\.(amd64|arm64|x86|arm)fre\.([a-z0-9_]{1,30})/i,
  systeminfoVersion: /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})\s+(?:N\/A\s+)?Build\s+(\d{1,6})/i,
  dockerKernel: /^10\.0\s+(\d{5})\s+\(/,
  fullVersion: /^10\.0\.(\d{1,6})(?:\.(\d{1,6}))?$/,
  linuxKernel: /^\d{1,2}\.\d{1,3}\.\d{1,4}[-.][^\s]{0,60}(?:microsoft|linuxkit|generic|azure|aws|wsl)/i,
  regValue: /^\s*([A-Za-z][\w]{0,40})\s+REG_\w{1,20}\s+(.{0,200})$/,
  jsonValue: /^\s*"([^"]{1,40})"\s*:\s*"?([^",]{0,200})"?,?\s*$/,
  bareBuild: /^(?:10\.0\.)?(\d{5})(?:\.(\d{1,6}))?$/,
  shortNumber: /^(?:10\.0\.)?(\d{3,4}|\d{6,7})(?:\.\d{1,6})?$/,
};

type MentionContext = TextContext | 'image';

interface Mention {
  build: number;
  revision?: number;
  context: MentionContext;
  /** `systeminfo` mentions turn into container mentions if the text turns out to come from a container. */
  source: string;
  /** Hosts given directly (CI labels), instead of every host with the build. */
  hosts?: Host[];
}

interface Hints {
  server: boolean;
  client: boolean;
  generations: Set<'windows-10' | 'windows-11'>;
  years: string[];
  words: Set<string>;
  versions: string[];
  productSeen: boolean;
  /** Editions named in the text (by their names or aliases). */
  editions: { host: Host; edition: Edition }[];
}

interface State {
  readonly index: CatalogIndex;
  readonly catalog: Catalog;
  mentions: Mention[];
  errors: ErrorExplanation[];
  products: string[];
  hints: Hints;
  ciLabels: string[];
  aliasHosts: Host[];
  references: ImageReferenceResult[];
  arch?: Architecture;
  isolation?: Isolation;
  ubr?: number;
  containerHint: boolean;
  linuxDaemon: boolean;
  partial?: PartialBuild;
  sawVer: boolean;
  kubectl: boolean;
  section: 'client' | 'server' | 'none';
  understood: string[];
  problems: string[];
}

/** Adds an error once, by code. */
function addError(st: State, code: string, explanation: string): void {
  if (!st.errors.some((error) => error.code === code)) st.errors.push({ code, explanation });
}

/** `10.0.17763.5458` → build and revision; anything else → undefined (malformed ones are reported). */
function readFullVersion(text: string, st: State): { build: number; revision?: number } | undefined {
  const parts = text.split('.');
  if (parts.length < 3 || parts[0] !== '10' || parts[1] !== '0') return undefined;
  const buildText = parts[2] ?? '';
  if (buildText.length !== 5) {
    reportShortBuild(buildText, text, st);
    return undefined;
  }
  const revision = parts[3] === undefined ? undefined : Number(parts[3]);
  return revision === undefined || Number.isNaN(revision)
    ? { build: Number(buildText) }
    : { build: Number(buildText), revision };
}

/** A build with the wrong number of digits (`10.0.1776`): say so and offer builds it may be cut from. */
function reportShortBuild(digits: string, text: string, st: State): void {
  const near = buildsStartingWith(st.index, digits);
  const hint = near.length === 0 ? '' : ` Did you mean ${joinWords(near.map(String))}?`;
  addOnce(
    st.problems,
    `${shorten(text, 40)} is not a complete Windows build: builds have five digits (10.0.17763).${hint}`,
  );
}

/** A revision of all nines (`10.0.14393.9999`) is a ceiling written in a version constraint, not a build. */
function isCeiling(revision: number | undefined): boolean {
  return revision !== undefined && revision >= 999 && /^9+$/.test(String(revision));
}

/** Records a build found in the text, unless it is a version ceiling (which names no machine). */
function mention(st: State, m: Mention): void {
  if (isCeiling(m.revision)) {
    addOnce(
      st.understood,
      `10.0.${m.build}.${m.revision ?? ''} is an upper bound (any update of build ${m.build}), as written in ` +
        'os.version constraints and platform strings; it is not the build of a machine.',
    );
    return;
  }
  st.mentions.push(m);
}

/** Hex error codes such as 0xc0370101. */
function readHexCodes(line: string, st: State): boolean {
  const codes = line.match(RE.hexCode);
  if (codes === null) return false;
  let found = false;
  for (const raw of codes) {
    const code = raw.toLowerCase();
    const explanation = HEX_CODES[code];
    if (explanation !== undefined) addError(st, code, explanation);
    else if (/^0x[c8]037/.test(code)) addError(st, code, EXPLAIN.unknownHcs);
    else continue;
    found = true;
  }
  return found;
}

/** The mismatch sentence, with or without its code. */
function readMismatchSentence(line: string, st: State): boolean {
  const lower = line.toLowerCase();
  const hit =
    lower.includes('does not match the host operating system') ||
    lower.includes('does not match the operating system of the host');
  if (hit) addError(st, '0xc0370101', EXPLAIN.mismatch);
  return hit;
}

/** `no matching manifest for windows/amd64 10.0.19045 in the manifest list entries` (host build). */
function readNoManifest(line: string, st: State): boolean {
  if (RE.noManifestUnknown.test(line)) {
    addError(st, 'no-matching-manifest', EXPLAIN.noManifestUnknown);
    return true;
  }
  const match = RE.noManifest.exec(line);
  if (match === null) return false;
  const [, os = '', arch = '', version] = match;
  if (os.toLowerCase() === 'linux') {
    st.linuxDaemon = true;
    addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
    return true;
  }
  addError(st, 'no-matching-manifest', EXPLAIN.noManifest);
  readArch(arch, st);
  const parsed = version === undefined ? undefined : readFullVersion(version, st);
  if (parsed !== undefined) {
    mention(st, { ...parsed, context: 'host', source: 'error' });
    st.understood.push(`The pull error names the host build: ${parsed.build}.`);
  }
  return true;
}

/** `a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host`. */
function readIncompatible(line: string, st: State): boolean {
  const match = RE.incompatible.exec(line);
  if (match === null) return false;
  addError(st, 'image-newer-than-host', EXPLAIN.newerImage);
  const image = readFullVersion(match[1] ?? '', st);
  const host = readFullVersion(match[2] ?? '', st);
  if (image !== undefined) mention(st, { ...image, context: 'image', source: 'error' });
  if (host !== undefined) mention(st, { ...host, context: 'host', source: 'error' });
  if (image !== undefined && host !== undefined) {
    st.understood.push(
      `The error names the image build (${image.build}) and the host build (${host.build}).`,
    );
  }
  return true;
}

/** `manifest for mcr.microsoft.com/windows/servercore:latest not found`. */
function readManifestNotFound(line: string, st: State): boolean {
  const match = RE.manifestNotFound.exec(line);
  if (match === null) return false;
  const reference = (match[1] ?? '').replace(/[:,;'"]+$/, '');
  const parsed = parseImageReference(reference, st.catalog);
  st.references.push(parsed);
  addError(st, 'manifest-not-found', parsed.reason ?? EXPLAIN.manifestNotFound);
  return true;
}

/** `image operating system "windows" cannot be used on this platform`. */
function readWrongOs(line: string, st: State): boolean {
  const match = RE.wrongOs.exec(line);
  if (match === null) return false;
  if ((match[1] ?? '').toLowerCase() === 'windows') {
    st.linuxDaemon = true;
    addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
  } else addError(st, 'linux-image', EXPLAIN.linuxImage);
  return true;
}

/** `Microsoft Windows [Version 10.0.17763.5458]`: the running kernel, host or container. */
function readVer(line: string, st: State): boolean {
  const match = RE.ver.exec(line);
  if (match === null) return false;
  const parsed = readFullVersion(
    `${match[1] ?? ''}.${match[2] ?? ''}.${match[3] ?? ''}${match[4] === undefined ? '' : `.${match[4]}`}`,
    st,
  );
  st.sawVer = true;
  if (parsed !== undefined) mention(st, { ...parsed, context: 'unknown', source: 'ver' });
  return true;
}

/** `Version 22H2 (OS Build 19045.3803)` from winver, or docker info's `Operating System` line. */
function readOsBuild(line: string, st: State): boolean {
  const match = RE.osBuild.exec(line);
  if (match === null) return false;
  const [, label, buildText = '', revisionText] = match;
  if (label !== undefined) addVersionLabel(label, st);
  if (buildText.length !== 5) {
    reportShortBuild(buildText, `OS Build ${buildText}`, st);
    return true;
  }
  const build = Number(buildText);
  mention(
    st,
    revisionText === undefined
      ? { build, context: 'host', source: 'os-build' }
      : { build, revision: Number(revisionText), context: 'host', source: 'os-build' },
  );
  return true;
}

/** Release labels anywhere in a line: `24H2`, `version 1809` (not image tags such as `:20H2`). */
function readVersionWords(line: string, st: State): boolean {
  let found = false;
  for (const match of line.matchAll(RE.halfYearLabel)) {
    addVersionLabel(match[1] ?? '', st);
    found = true;
  }
  for (const match of line.matchAll(RE.versionWord)) {
    addVersionLabel(match[1] ?? '', st);
    found = true;
  }
  return found;
}

/** Edition names and aliases in a line (`Windows 10 Enterprise LTSC 2019`, `IoT Enterprise LTSC 2021`). */
function readEditions(line: string, st: State): boolean {
  if (st.index.editionKeys.length === 0 || line.length > 400) return false;
  // Image references (`servercore:ltsc2019`, `mcr…/…`) are not prose: drop them before looking for names.
  let key = ` ${phraseKey(line.replace(/\S*[/:@]\S*/g, ' '))} `;
  let found = false;
  for (const entry of st.index.editionKeys) {
    const at = key.indexOf(` ${entry.key} `);
    if (at < 0) continue;
    // Blank what matched so a shorter alias of another edition inside it (`ltsc 2019`) does not match too.
    key = `${key.slice(0, at)} | ${key.slice(at + entry.key.length + 2)}`;
    found = true;
    const known = st.hints.editions.some(
      (e) => e.host.id === entry.host.id && e.edition.id === entry.edition.id,
    );
    if (!known) st.hints.editions.push({ host: entry.host, edition: entry.edition });
  }
  return found;
}

/** A build cut short (`10.0.203…48`) or hidden (`10.0.xxxxx`): resolved when only one known build fits. */
function readPartialBuild(line: string, st: State, hasProduct: boolean): boolean {
  const hidden = RE.placeholder.exec(line);
  if (hidden !== null) {
    st.partial ??= { written: hidden[0], kind: 'hidden', candidates: [] };
    addOnce(
      st.problems,
      `The build number was hidden (${shorten(hidden[0], 30)}). Run ver or winver and paste the number it shows: ` +
        'without it no host or image can be told.',
    );
    return true;
  }
  const cut = RE.shortened.exec(line);
  if (cut === null) return false;
  const [written, prefix = '', suffix = ''] = cut;
  const candidates = shortenedCandidates(prefix, suffix, st.index);
  st.partial ??= { written, kind: 'shortened', candidates };
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) {
    mention(st, { build: only, context: hasProduct ? 'host' : 'unknown', source: 'shortened' });
    st.understood.push(
      prefix.length === 5
        ? `${written}: build ${only}; the revision was cut off.`
        : `${written} was shortened; of the builds this site knows only ${only} fits.`,
    );
  } else if (candidates.length === 0) {
    addOnce(
      st.problems,
      `${written} was shortened, and no build this site knows fits it. Paste the whole number.`,
    );
  } else {
    addOnce(
      st.problems,
      `${written} was shortened; it could be build ${joinWords(candidates.map(String))}. Paste the whole number (run ver).`,
    );
  }
  return true;
}

/** Known builds that start with `prefix` and, when the digits can still be part of the build, end with `suffix`. */
function shortenedCandidates(prefix: string, suffix: string, index: CatalogIndex): number[] {
  if (prefix.length === 5) return index.hostsByBuild.has(Number(prefix)) ? [Number(prefix)] : [];
  const all = unique([...index.hostBuilds, ...index.imageBuilds]).sort((a, b) => a - b);
  // With room left in the five digits the tail is the end of the build; otherwise it is the revision.
  const tailInBuild = suffix !== '' && prefix.length + suffix.length <= 5;
  return all.filter((build) => {
    const text = String(build);
    return text.startsWith(prefix) && (!tailInBuild || text.endsWith(suffix));
  });
}

/** Keeps release labels such as `22H2` or `1809` for narrowing. */
function addVersionLabel(label: string, st: State): void {
  if (/^(\d{2}h\d|\d{4})$/i.test(label)) st.hints.versions.push(label.toUpperCase());
}

/** `node.kubernetes.io/windows-build=10.0.17763` (label, selector or YAML). */
function readKubernetes(line: string, st: State): boolean {
  const match = RE.k8sLabel.exec(line);
  if (match !== null) {
    const parsed = readFullVersion(`${match[1] ?? ''}.${match[2] ?? ''}.${match[3] ?? ''}`, st);
    if (parsed !== undefined) mention(st, { ...parsed, context: 'host', source: 'kubernetes' });
    st.understood.push('Kubernetes node label windows-build: the build of the node (host).');
    return true;
  }
  if (RE.k8sOs.test(line)) return true;
  if (RE.kubectlHeader.test(line)) {
    st.kubectl = true;
    st.understood.push('kubectl get nodes -o wide output: the KERNEL-VERSION column is each node’s build.');
    return true;
  }
  return false;
}

/** `runs-on: windows-2022`, `vmImage: 'windows-2019'`, `windows-latest`. */
function readRunnerLabels(line: string, st: State): boolean {
  let found = false;
  for (const match of line.matchAll(RE.runner)) {
    const label = (match[1] ?? '').toLowerCase();
    if (!/^windows-(latest|\d{4}|11)/.test(label)) continue;
    found = true;
    if (st.ciLabels.includes(label)) continue;
    st.ciLabels.push(label);
    if (label === 'windows-latest') readLatestRunner(st);
    else readRunner(label, st);
  }
  return found;
}

/** The hosts a runner label names, through host aliases, else through the year in `windows-<year>`. */
function runnerHosts(label: string, st: State): Host[] {
  const byAlias = st.index.hostsByAlias.get(normaliseAlias(label)) ?? [];
  if (byAlias.length > 0) return [...byAlias];
  const year = /^windows-(\d{4})$/.exec(label)?.[1];
  if (year === undefined) return [];
  const named = st.catalog.hosts.filter(
    (host) => host.kind === 'server' && new RegExp(`\\b${year}\\b`).test(host.name),
  );
  const plain = named.filter((host) => host.edition === undefined);
  return plain.length > 0 ? plain : named;
}

/** A `windows-<year>` runner label: its hosts, or a problem if none matches. */
function readRunner(label: string, st: State): void {
  const hosts = runnerHosts(label, st);
  const [first] = hosts;
  if (first === undefined) {
    addOnce(st.problems, `The runner label ${label} does not match a Windows release this site knows.`);
    return;
  }
  mention(st, { build: first.build, context: 'host', source: 'ci', hosts });
  st.understood.push(`CI runner label ${label}: ${describeHosts(hosts)}.`);
}

/** `windows-latest`: every release it has pointed at, with a note. */
function readLatestRunner(st: State): void {
  const hosts = unique(LATEST_RUNNER_TARGETS.flatMap((label) => runnerHosts(label, st)));
  for (const host of hosts) mention(st, { build: host.build, context: 'host', source: 'ci', hosts: [host] });
  st.understood.push(
    'windows-latest has pointed at different Windows Server releases over time; check the runner image ' +
      `named in the job log. Likely: ${describeHosts(hosts)}.`,
  );
}

/** PowerShell `[Environment]::OSVersion.Version` table rows. */
function readOsVersionTable(line: string, st: State): boolean {
  if (RE.osVersionHeader.test(line) || /^\s*-----\s+-----/.test(line)) return true;
  const match = RE.osVersionTable.exec(line);
  if (match === null) return false;
  mention(st, { build: Number(match[1]), revision: Number(match[2]), context: 'unknown', source: 'ver' });
  st.sawVer = true;
  return true;
}

/** Splits `Key : value`, `Key: value`, `Key  REG_SZ  value` and `"Key": "value"` lines. */
function keyValue(line: string): { key: string; value: string; json: boolean } | undefined {
  const reg = RE.regValue.exec(line);
  if (reg !== null) return { key: normaliseKey(reg[1] ?? ''), value: (reg[2] ?? '').trim(), json: false };
  const json = RE.jsonValue.exec(line);
  if (json !== null) return { key: normaliseKey(json[1] ?? ''), value: (json[2] ?? '').trim(), json: true };
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 45) return undefined;
  const key = line.slice(0, colon).trim();
  if (!/^[A-Za-z][\w ./()-]*$/.test(key)) return undefined;
  return { key: normaliseKey(key), value: line.slice(colon + 1).trim(), json: false };
}

/** Lower-cases a key and drops spaces, hyphens and underscores (`OS Name` → `osname`). */
function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

const PRODUCT_KEYS = new Set([
  'osname',
  'windowsproductname',
  'productname',
  'operatingsystem',
  'caption',
  'osimage',
]);
const VERSION_KEYS = new Set(['osversion', 'kernelversion', 'os.version']);
const BUILD_KEYS = new Set(['osbuildnumber', 'currentbuild', 'currentbuildnumber', 'buildnumber']);
const LABEL_KEYS = new Set(['windowsversion', 'releaseid', 'displayversion', 'osdisplayversion']);
const LAB_KEYS = new Set(['windowsbuildlabex', 'buildlabex', 'buildlab', 'windowsbuildlab']);
const ARCH_KEYS = new Set([
  'architecture',
  'osarchitecture',
  'systemtype',
  'cssystemtype',
  'processorarchitecture',
]);
const HOSTNAME_KEYS = new Set(['hostname', 'csname', 'computername', 'csdnshostname']);
const TYPE_KEYS = new Set([
  'windowsinstallationtype',
  'installationtype',
  'osproducttype',
  'producttype',
  'editionid',
  'windowseditionid',
]);
const ENGINE_KEYS = new Set(['serverversion']);

/** One `key: value` line of systeminfo, Get-ComputerInfo, docker info/version, reg query or JSON. */
function readKeyValue(line: string, st: State): boolean {
  const pair = keyValue(line);
  if (pair === undefined) return false;
  const { key, value, json } = pair;
  if (key === 'server' || key === 'client') {
    // docker version prints a Client: and a Server: section; only the server side describes the host.
    st.section = key;
    return true;
  }
  if (value === '') return false;
  if (PRODUCT_KEYS.has(key)) return readProductValue(value, st);
  if (VERSION_KEYS.has(key)) return readVersionValue(key, value, json, st);
  if (BUILD_KEYS.has(key)) return readBuildValue(value, st);
  if (key === 'ubr') return readUbr(value, st);
  if (LABEL_KEYS.has(key)) {
    addVersionLabel(value, st);
    return true;
  }
  if (LAB_KEYS.has(key)) return readBuildLab(value, st, 'systeminfo');
  if (ARCH_KEYS.has(key)) return readArch(value, st);
  if (HOSTNAME_KEYS.has(key)) return readHostName(value, st);
  if (TYPE_KEYS.has(key)) return readInstallType(value, st);
  if (ENGINE_KEYS.has(key)) {
    st.understood.push(`Docker Engine ${shorten(value, 30)}.`);
    return true;
  }
  return readDockerKey(key, value, st);
}

/** docker info / docker version keys: OSType, OS/Arch, Default Isolation. */
function readDockerKey(key: string, value: string, st: State): boolean {
  const lower = value.toLowerCase();
  if (key === 'ostype') {
    if (lower === 'linux') markLinuxDaemon(st);
    return lower === 'linux' || lower === 'windows';
  }
  if (key === 'os/arch') {
    const [os = '', arch = ''] = lower.split('/');
    if (os === 'linux' && st.section !== 'client') markLinuxDaemon(st);
    if (os === 'windows' && st.section !== 'client') readArch(arch, st);
    return os === 'linux' || os === 'windows';
  }
  if (key === 'defaultisolation') {
    if (lower === 'process' || lower === 'hyperv') {
      st.isolation = lower;
      st.understood.push(`Docker's default isolation here is ${lower}.`);
      return true;
    }
  }
  return false;
}

/** Notes that Docker runs Linux containers here. */
function markLinuxDaemon(st: State): void {
  st.linuxDaemon = true;
  addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
}

/** A product-name value; Docker Desktop in place of Windows means the Linux engine. */
function readProductValue(value: string, st: State): boolean {
  if (/docker desktop/i.test(value)) {
    markLinuxDaemon(st);
    return true;
  }
  return readProduct(value, st);
}

/** An OS/kernel version value: systeminfo, docker (`10.0 17763 (…)`), `10.0.17763`, or a Linux kernel. */
function readVersionValue(key: string, value: string, json: boolean, st: State): boolean {
  const context: MentionContext = json ? 'image' : 'host';
  const source = json ? 'inspect' : key === 'kernelversion' ? 'docker' : 'systeminfo';
  const info = RE.systeminfoVersion.exec(value);
  if (info !== null) {
    const parsed = readFullVersion(`${info[1] ?? ''}.${info[2] ?? ''}.${info[3] ?? ''}`, st);
    if (parsed !== undefined) mention(st, { ...parsed, context, source });
    return true;
  }
  if (RE.dockerKernel.test(value)) return readBuildLab(value, st, 'docker');
  const full = RE.fullVersion.exec(value);
  if (full !== null) {
    const parsed = readFullVersion(value, st);
    if (parsed !== undefined) mention(st, { ...parsed, context, source });
    if (json && parsed !== undefined)
      st.understood.push(`Image metadata gives the image build ${parsed.build}.`);
    return true;
  }
  if (RE.linuxKernel.test(value)) {
    markLinuxDaemon(st);
    return true;
  }
  return false;
}

/** A five-digit build value (`OsBuildNumber : 17763`); shorter numbers are reported. */
function readBuildValue(value: string, st: State): boolean {
  if (/^\d{5}$/.test(value)) {
    mention(st, { build: Number(value), context: 'host', source: 'systeminfo' });
    return true;
  }
  if (/^\d{1,7}$/.test(value)) reportShortBuild(value, value, st);
  return /^\d{1,7}$/.test(value);
}

/** The registry's update build revision (decimal or `0x…`). */
function readUbr(value: string, st: State): boolean {
  const hex = /^0x([0-9a-f]{1,8})\b/i.exec(value);
  const number = hex !== null ? parseInt(hex[1] ?? '', 16) : /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(number)) return false;
  st.ubr = number;
  return true;
}

/** A build-lab string `17763.1.amd64fre.rs5_release…`: build, CPU, branch (the `.1` is not the patch). */
function readBuildLab(value: string, st: State, source: string): boolean {
  const match = RE.buildLab.exec(value);
  if (match === null) return false;
  const [, buildText = '', , cpu = '', branch = ''] = match;
  mention(st, { build: Number(buildText), context: 'host', source });
  readArch(cpu, st);
  addOnce(
    st.understood,
    `Build-lab string: build ${buildText}, branch ${branch}; its second number is the release stamp, not the update level.`,
  );
  return true;
}

/** Maps the many spellings of a CPU architecture to the schema names. */
function readArch(value: string, st: State): boolean {
  const lower = value.toLowerCase();
  let arch: Architecture | undefined;
  if (/arm ?64|aarch64/.test(lower)) arch = 'arm64';
  else if (/\barm\b|arm32/.test(lower)) arch = 'arm32';
  else if (/x86_64|x64|amd64|64-bit/.test(lower)) arch = 'amd64';
  if (arch === undefined) return false;
  st.arch ??= arch;
  return true;
}

/** A container's host name is its 12-hex-digit id: a strong sign the text comes from inside one. */
function readHostName(value: string, st: State): boolean {
  if (/^[0-9a-f]{12}$/i.test(value)) {
    st.containerHint = true;
    st.understood.push(
      `Host name ${value} looks like a container id: this output was taken inside a container.`,
    );
  }
  return true;
}

/** Installation and product types: Server Core, Client, Nano Server, WorkStation, ServerDatacenter … */
function readInstallType(value: string, st: State): boolean {
  const lower = value.toLowerCase();
  if (/nano/.test(lower)) st.hints.words.add('nano');
  if (/server|domaincontroller/.test(lower)) st.hints.server = true;
  else if (/client|workstation|professional|enterprise|education/.test(lower)) st.hints.client = true;
  return true;
}

/** Product names anywhere in a line: `Microsoft Windows Server 2022 Datacenter`, `Windows 11 Pro`. */
function readProduct(line: string, st: State): boolean {
  const match = RE.product.exec(line);
  if (match === null) return false;
  const [, family = '', restRaw = ''] = match;
  const rest = restRaw.split(/[(,;|]|\s{2,}|\bVersion\b/i)[0]?.trim() ?? '';
  const name = `Windows ${family}${rest === '' ? '' : ` ${rest}`}`.trim();
  if (!st.products.includes(name)) st.products.push(name);
  st.hints.productSeen = true;
  const words = rest.toLowerCase().split(/\s+/);
  for (const word of words) st.hints.words.add(word);
  if (family.toLowerCase() === 'server') {
    st.hints.server = true;
    const year = /^(\d{4})\b/.exec(rest)?.[1];
    if (year !== undefined) st.hints.years.push(year);
  } else {
    st.hints.client = true;
    st.hints.generations.add(family === '11' ? 'windows-11' : 'windows-10');
  }
  if (words.some((w) => ['datacenter', 'standard', 'essentials'].includes(w))) st.hints.server = true;
  return true;
}

/** `10.0.17763.5458` tokens anywhere (a kubectl KERNEL-VERSION column …), if nothing else read the line. */
function readLooseBuilds(line: string, st: State, hasProduct: boolean): boolean {
  let found = false;
  for (const token of line.split(/[\s,;()[\]"'=<>]+/)) {
    if (!token.startsWith('10.0.')) continue;
    const full = RE.fullVersion.exec(token);
    if (full === null) continue;
    const parsed = readFullVersion(token, st);
    found = true;
    if (parsed === undefined) continue;
    const context: MentionContext = hasProduct || st.kubectl ? 'host' : 'unknown';
    mention(st, { ...parsed, context, source: st.kubectl ? 'kubernetes' : 'loose' });
  }
  if (!found && st.kubectl && line.split(/\s{2,}/).some((cell) => RE.linuxKernel.test(cell.trim()))) {
    addOnce(st.understood, 'Skipped Linux nodes in the kubectl output.');
    return true;
  }
  return found;
}

/** The whole input is a bare build (`17763`, `26100.4061`, `10.0.17763.5458`) or a known alias. */
function readWholeInput(text: string, st: State): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 60 || trimmed.includes('\n')) return false;
  const bare = RE.bareBuild.exec(trimmed);
  if (bare !== null) {
    const build = Number(bare[1]);
    mention(
      st,
      bare[2] === undefined
        ? { build, context: 'unknown', source: 'bare' }
        : { build, revision: Number(bare[2]), context: 'unknown', source: 'bare' },
    );
    return true;
  }
  // A product name (`Windows Server 2019 Standard`) is read as one, by the product rules.
  const aliasHosts = RE.product.test(trimmed)
    ? undefined
    : st.index.hostsByAlias.get(normaliseAlias(trimmed));
  if (aliasHosts !== undefined) {
    st.aliasHosts = [...aliasHosts];
    readEditions(trimmed, st);
    for (const host of aliasHosts)
      mention(st, { build: host.build, context: 'host', source: 'alias', hosts: [host] });
    st.understood.push(`"${shorten(trimmed, 40)}" is a name for ${describeHosts(aliasHosts)}.`);
    return true;
  }
  const short = RE.shortNumber.exec(trimmed);
  if (short !== null) {
    reportShortBuild(short[1] ?? '', trimmed, st);
    return true;
  }
  return false;
}

/** Runs every line reader over one line; returns whether any used it. */
function readLine(line: string, st: State): boolean {
  if (line.trim() === '') return false;
  const before = st.mentions.length;
  let used = false;
  // Error messages first: their builds have a known meaning (host or image).
  used = readHexCodes(line, st) || used;
  used = readMismatchSentence(line, st) || used;
  used = readNoManifest(line, st) || used;
  used = readIncompatible(line, st) || used;
  used = readManifestNotFound(line, st) || used;
  used = readWrongOs(line, st) || used;
  used = readVer(line, st) || used;
  used = readKubernetes(line, st) || used;
  used = readRunnerLabels(line, st) || used;
  used = readOsVersionTable(line, st) || used;
  const hadBuild = st.mentions.length > before;
  if (!hadBuild) used = readKeyValue(line, st) || used;
  if (st.mentions.length === before) used = readOsBuild(line, st) || used;
  const hasProduct = readProduct(line, st);
  used = hasProduct || used;
  used = readVersionWords(line, st) || used;
  used = readEditions(line, st) || used;
  if (st.mentions.length === before) used = readPartialBuild(line, st, hasProduct) || used;
  if (st.mentions.length === before) used = readLooseBuilds(line, st, hasProduct) || used;
  return used;
}

/** A fresh reading state for one text. */
function newState(catalog: Catalog): State {
  return {
    index: indexCatalog(catalog),
    catalog,
    mentions: [],
    errors: [],
    products: [],
    hints: {
      server: false,
      client: false,
      generations: new Set(),
      years: [],
      words: new Set(),
      versions: [],
      productSeen: false,
      editions: [],
    },
    ciLabels: [],
    aliasHosts: [],
    references: [],
    containerHint: false,
    linuxDaemon: false,
    sawVer: false,
    kubectl: false,
    section: 'none',
    understood: [],
    problems: [],
  };
}

/** Words of an installation option the text must name for such a host to stay (`Nano Server` → nano). */
function editionWords(edition: string): string[] {
  const generic = new Set(['datacenter', 'standard', 'core', 'server', 'edition', 'installation', '/', '']);
  return edition
    .toLowerCase()
    .split(/[\s/]+/)
    .filter((word) => !generic.has(word));
}

interface NarrowStep {
  label: string;
  keep: (host: Host) => boolean;
  /** Skip silently when it would leave nothing (release labels such as 2009 stay frozen on later builds). */
  quiet?: boolean;
}

/** The narrowing steps the hints allow, in order. */
function narrowSteps(hints: Hints): NarrowStep[] {
  const steps: NarrowStep[] = [];
  if (hints.server !== hints.client) {
    const kind = hints.server ? 'server' : 'client';
    steps.push({
      label: `the text names a ${kind === 'server' ? 'Windows Server' : 'Windows client'} product`,
      keep: (h) => h.kind === kind,
    });
  }
  // Windows 11 still calls itself "Windows 10" in some fields (product name in the registry), never the reverse.
  const generation = hints.generations.has('windows-11')
    ? 'windows-11'
    : hints.generations.has('windows-10')
      ? 'windows-10'
      : undefined;
  if (generation !== undefined) {
    const name = generation === 'windows-11' ? 'Windows 11' : 'Windows 10';
    steps.push({ label: `the text says ${name}`, keep: (h) => h.group === generation });
  }
  if (hints.years.length > 0) {
    const years = unique(hints.years);
    steps.push({
      label: `the text says Server ${years.join('/')}`,
      keep: (h) => years.some((y) => new RegExp(`\\b${y}\\b`).test(h.name)),
    });
  }
  // When the text names an installation option (Nano Server), only hosts with that option stay.
  steps.push({
    label: 'the text names its installation option',
    keep: (h) =>
      h.edition !== undefined &&
      editionWords(h.edition).length > 0 &&
      editionWords(h.edition).every((w) => hints.words.has(w)),
    quiet: true,
  });
  if (hints.productSeen || hints.words.has('nano')) {
    steps.push({
      label: 'its installation option is not mentioned',
      keep: (h) => h.edition === undefined || editionWords(h.edition).every((word) => hints.words.has(word)),
    });
  }
  if (hints.editions.length > 0) {
    const named = unique(hints.editions.map((e) => e.edition.name));
    steps.push({
      label: `the text names the edition ${joinWords(named)}`,
      keep: (h) => hints.editions.some((e) => e.host.id === h.id),
      quiet: true,
    });
  }
  if (hints.versions.length > 0) {
    const versions = unique(hints.versions);
    steps.push({
      label: `the text says version ${versions.join('/')}`,
      keep: (h) => versions.includes(h.version.toUpperCase()),
      quiet: true,
    });
  }
  return steps;
}

/** Narrows hosts by the product words found; a step that would leave nothing is skipped and reported. */
function narrowHosts(hosts: readonly Host[], hints: Hints, notes: string[]): Host[] {
  let current = [...hosts];
  for (const step of narrowSteps(hints)) {
    const next = current.filter(step.keep);
    if (next.length === current.length) continue;
    if (next.length === 0) {
      if (step.quiet === true) continue;
      notes.push(`Did not narrow by "${step.label}": no host with this build matches it.`);
      continue;
    }
    const dropped = current.filter((host) => !next.includes(host));
    notes.push(`Left out ${joinWords(dropped.map((h) => h.id))} because ${step.label}.`);
    current = next;
  }
  return current;
}

/** Which mentions describe the host: host-context ones, else the ambiguous ones. */
function hostMentions(st: State): Mention[] {
  if (st.containerHint) {
    for (const m of st.mentions)
      if (m.source === 'systeminfo' && m.context === 'host') m.context = 'container';
  }
  const host = st.mentions.filter((m) => m.context === 'host');
  if (host.length > 0) return host;
  return st.mentions.filter((m) => m.context !== 'image');
}

/** Reads pasted host text (command output, labels, errors) and finds its build and hosts; never throws. */
export function parseHostText(input: string, catalog: Catalog): HostTextResult {
  const clean = cleanText(input);
  const st = newState(catalog);
  const used: number[] = [];
  if (clean.truncated) st.problems.push(`Only the first ${clean.text.length} characters were read.`);
  if (clean.hadBinary) st.problems.push('Removed characters that are not text (binary or control bytes).');
  try {
    const { lines, truncated } = splitLines(clean.text);
    if (truncated) st.problems.push(`Only the first ${lines.length} lines were read.`);
    if (readWholeInput(clean.text, st)) used.push(0);
    else
      lines.forEach((line, i) => {
        if (readLine(line, st)) used.push(i);
      });
  } catch {
    // Defensive: never let a reader bug break the page.
    st.problems.push('Part of the text could not be analysed.');
  }
  return finish(st, used, clean.text.trim() === '');
}

/** Turns the collected facts into the result. */
function finish(st: State, usedLines: number[], empty: boolean): HostTextResult {
  const chosen = hostMentions(st);
  const builds = unique(chosen.map((m) => m.build));
  const result: HostTextResult = {
    builds,
    hostCandidates: [],
    buildHosts: [],
    imageCandidates: [],
    imageReferences: st.references,
    errors: st.errors,
    context: 'unknown',
    askHostOrContainer: false,
    ciLabels: st.ciLabels,
    productNames: st.products,
    editions: [],
    nearestHostBuilds: [],
    nearestImageBuilds: [],
    usedLines,
    understood: st.understood,
    problems: st.problems,
  };
  setBuild(result, chosen, st);
  setHosts(result, chosen, st);
  setImages(result, st);
  setContext(result, chosen, st);
  setExtras(result, st);
  setEditions(result, st);
  if (empty) st.problems.push('Nothing to read: the input is empty.');
  else if (
    result.builds.length === 0 &&
    result.hostCandidates.length === 0 &&
    result.errors.length === 0 &&
    result.imageCandidates.length === 0
  ) {
    st.problems.push('Found no Windows build, host name or known error in this text.');
  }
  return result;
}

/** Sets build and revision from the first host mention, and flags several builds. */
function setBuild(result: HostTextResult, chosen: Mention[], st: State): void {
  const [first] = chosen;
  if (first === undefined) return;
  result.build = first.build;
  const revision =
    chosen.find((m) => m.build === first.build && m.revision !== undefined)?.revision ?? st.ubr;
  if (revision !== undefined) result.revision = revision;
  const rev = revision === undefined ? '' : `, revision ${revision}`;
  st.understood.unshift(`Windows build ${first.build}${rev}.`);
  if (result.builds.length > 1 && chosen.some((m) => m.source !== 'ci')) {
    // Several hosts are a finding (a fleet, a comparison), not something we failed to read.
    st.understood.push(`Several host builds (${result.builds.join(', ')}); each is listed.`);
  }
}

/** Host candidates: given directly (CI labels), or every host with the build, narrowed. */
function setHosts(result: HostTextResult, chosen: Mention[], st: State): void {
  const direct: Host[] = [];
  const byBuild: Host[] = [];
  for (const build of result.builds) {
    const mentions = chosen.filter((m) => m.build === build);
    const given = mentions.flatMap((m) => m.hosts ?? []);
    if (given.length > 0 && mentions.every((m) => m.hosts !== undefined)) direct.push(...given);
    else byBuild.push(...(st.index.hostsByBuild.get(build) ?? []));
    explainBuild(build, result, st);
  }
  result.buildHosts = unique([...direct, ...byBuild]);
  const narrowed = narrowHosts(unique(byBuild), st.hints, st.understood);
  if (byBuild.length > 1 && narrowed.length === byBuild.length) {
    st.understood.push(`Build ${result.builds.join('/')} is shared by ${describeHosts(unique(byBuild))}.`);
  }
  result.hostCandidates = unique([...direct, ...narrowed]);
  if (result.builds.length === 0) result.hostCandidates = unique([...st.aliasHosts, ...hostsByName(st)]);
}

/** With no build at all, a product name such as `Windows Server 2019` can still point at hosts. */
function hostsByName(st: State): Host[] {
  const strong =
    st.hints.years.length > 0 ||
    st.hints.generations.size > 0 ||
    st.hints.versions.length > 0 ||
    st.hints.editions.length > 0;
  if (!strong) return [];
  const notes: string[] = [];
  const hosts = narrowHosts(st.catalog.hosts, st.hints, notes);
  if (hosts.length === st.catalog.hosts.length) return [];
  st.understood.push(`No build number; by product name this is ${describeHosts(hosts)}.`);
  if (hosts.length > 1)
    st.problems.push('Without a build number several releases fit; run winver or ver to get it.');
  return hosts;
}

/** Explains a build no host has (nearest host builds) or no image has (nearest image builds). */
function explainBuild(build: number, result: HostTextResult, st: State): void {
  const hosts = st.index.hostsByBuild.get(build) ?? [];
  if (hosts.length === 0) {
    result.nearestHostBuilds = nearestBuilds(st.index.hostBuilds, build);
    const near =
      result.nearestHostBuilds.length === 0
        ? ''
        : ` The closest known builds are ${joinWords(result.nearestHostBuilds.map(String))}.`;
    st.problems.push(
      `Build ${build} is not a Windows release this site knows (an Insider preview, or a typo?).${near}`,
    );
    return;
  }
  if (!st.index.imagesByBuild.has(build)) {
    result.nearestImageBuilds = nearestBuilds(st.index.imageBuilds, build);
    const near = joinWords(result.nearestImageBuilds.map(String));
    st.understood.push(
      `No base image was built for build ${build}; the closest image builds are ${near}. Check the matrix for which of them run here.`,
    );
  }
}

/** Image candidates from an image build or from references inside errors. */
function setImages(result: HostTextResult, st: State): void {
  const imageMention = st.mentions.find((m) => m.context === 'image');
  const images: Image[] = [];
  if (imageMention !== undefined) {
    result.imageBuild = imageMention.build;
    const byBuild = st.index.imagesByBuild.get(imageMention.build) ?? [];
    images.push(...byBuild);
    if (byBuild.length === 0)
      st.problems.push(`No base image this site knows has build ${imageMention.build}.`);
  }
  for (const reference of st.references) images.push(...reference.images);
  result.imageCandidates = unique(images);
}

/** Host, container or unknown, and whether to ask the user. */
function setContext(result: HostTextResult, chosen: Mention[], st: State): void {
  const contexts = unique(chosen.map((m) => m.context));
  if (contexts.includes('host') || (chosen.length === 0 && result.hostCandidates.length > 0))
    result.context = 'host';
  else if (contexts.includes('container') || st.containerHint) result.context = 'container';
  result.askHostOrContainer = result.context === 'unknown' && result.builds.length > 0;
  if (result.context === 'container') {
    st.understood.push(
      'Inside a container the reported build is the host kernel with process isolation, or the image build with Hyper-V isolation.',
    );
  }
  if (result.askHostOrContainer && st.sawVer) {
    st.understood.push(
      'ver shows the kernel it runs on: the host build on the host and in a process-isolated container, the ' +
        'image build in a Hyper-V container. The number alone does not say which.',
    );
  }
}

/** The editions named, kept for the hosts that are still candidates, each explained once. */
function setEditions(result: HostTextResult, st: State): void {
  const kept = new Set(result.hostCandidates.map((host) => host.id));
  for (const { host, edition } of st.hints.editions) {
    if (!kept.has(host.id)) continue;
    result.editions.push({ hostId: host.id, edition });
    addOnce(
      st.understood,
      `${edition.name} is an ${edition.channel} edition of ${host.name} (build ${host.build}).`,
    );
  }
  if (st.partial !== undefined) result.partialBuild = st.partial;
}

/** Error code, isolation, architecture and version label, plus error explanations. */
function setExtras(result: HostTextResult, st: State): void {
  const [firstError] = st.errors;
  if (firstError !== undefined) {
    result.errorCode = firstError.code;
    result.errorExplanation = firstError.explanation;
  }
  if (st.isolation !== undefined) result.defaultIsolation = st.isolation;
  if (st.arch !== undefined) result.arch = st.arch;
  const version = st.hints.versions[0];
  if (version !== undefined) result.versionLabel = version;
  if (st.linuxDaemon) addOnce(st.problems, EXPLAIN.linuxDaemon);
  for (const error of st.errors) addOnce(st.understood, `${error.code}: ${error.explanation}`);
}
