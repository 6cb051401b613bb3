/**
 * Reads platform variants in a paste: runner labels, node-pool commands, node labels, AMI names, task
 * definitions, platform errors … Every pattern comes from a variant's `match` list in content/platforms
 * (compiled once per catalog), so a new platform needs no code here. A timestamp in the paste (a job log's
 * `2025-09-10T08:01:02.1234567Z`) decides which host a moving label gave; without one, the build date does,
 * and the reading says so. Pure, linear in the paste, zod-free (it runs in the browser).
 */
import { hostsOnDate } from '../platforms/platform-core';
import { runs } from '../knowledge/engine';
import type { Isolation } from '../knowledge/engine';
import { isolationWords } from '../knowledge/verdict-text';
import type { VerdictValue } from '../knowledge/schema';

/** A tag the platform can run on one host, precomputed at build time. */
export interface PlatformTag {
  family: string;
  reference: string;
  isolation: 'process' | 'hyperv';
}

/** What the paste box needs of one host a variant gives: when, the best tags there, the dates sentence. */
export interface PlatformReaderHost {
  host: string;
  from?: string | undefined;
  to?: string | undefined;
  tags: readonly PlatformTag[];
  /** The variant's dates next to the OS's, for the build date (whose date decides, in words). */
  dates: string;
}

/** One variant as the reader and the paste box's answer need it, without prose or sources. */
export interface PlatformReaderVariant {
  platformId: string;
  platformName: string;
  variantId: string;
  variantName: string;
  /** Case-insensitive regular expression sources. */
  match: readonly string[];
  hosts: readonly PlatformReaderHost[];
  /** The isolation modes the platform allows for this variant. */
  allows: { process: boolean; hyperv: boolean };
  /** Image ids that have a variant × image page. */
  pages: readonly string[];
  /** The names of the variants to move to once this one is removed (content `replacedBy`). */
  replacedBy?: readonly string[] | undefined;
}

/** A platform's default for pastes that leave the variant out (content/platforms `defaults`). */
export interface PlatformReaderDefault {
  platformId: string;
  platformName: string;
  id: string;
  name: string;
  /** What decides, e.g. "Kubernetes". */
  versionName: string;
  match: readonly string[];
  /** Patterns whose first group is the version; earlier ones win. */
  versionMatch: readonly string[];
  rules: readonly {
    from?: string | undefined;
    to?: string | undefined;
    variantIds: readonly string[];
    note?: string | undefined;
  }[];
}

/** The platform part of the paste box's catalog. */
export interface PlatformCatalog {
  /** The build date: lifecycle sentences hold for it, and an undated paste is answered for it. */
  buildDate: string;
  variants: readonly PlatformReaderVariant[];
  defaults?: readonly PlatformReaderDefault[];
}

/** A variant recognised in a paste, with the hosts it gave on the date that applies. */
export interface PlatformReading {
  variant: PlatformReaderVariant;
  /** The text that matched, as pasted (shortened). */
  matched: string;
  /** The host entries the variant gave on `date` (several during a rollout, none after removal). */
  hosts: PlatformReaderHost[];
  /**
   * The paste's own Windows build chose the hosts (see `narrowToNamedHosts`): `several` when the date allowed
   * more than one, `earlier` when an undated paste names a host the moving variant gave before the build date.
   */
  narrowed?: 'several' | 'earlier';
  /**
   * The paste left the variant out and the platform's default decided: the version read (when a band of one
   * answer holds it) and the candidate variant ids (one, or several when the version is unknown or disputed).
   */
  defaulted?: { entry: PlatformReaderDefault; version?: string | undefined; variantIds: readonly string[] };
}

/** Everything the reader found. */
export interface PlatformReadings {
  readings: PlatformReading[];
  /** The day the answer holds for. */
  date: string;
  /** `paste`: a timestamp in the paste; `build`: none was found, so the build date. */
  dateFrom: 'paste' | 'build';
  usedLines: number[];
}

interface Compiled {
  variant: PlatformReaderVariant;
  patterns: RegExp[];
}

const compiledByCatalog = new WeakMap<PlatformCatalog, Compiled[]>();

/** Compiles each variant's patterns once per catalog; a pattern that does not compile is skipped. */
function compile(catalog: PlatformCatalog): Compiled[] {
  const cached = compiledByCatalog.get(catalog);
  if (cached) return cached;
  const compiled = catalog.variants.map((variant) => ({
    variant,
    patterns: variant.match.flatMap((source) => {
      try {
        // Global, so every mention's line counts as read; case-insensitive as the contract says.
        return [new RegExp(source, 'gi')];
      } catch {
        return [];
      }
    }),
  }));
  compiledByCatalog.set(catalog, compiled);
  return compiled;
}

// One line of a hosted job log's header, with or without the log's timestamp.
const JOB_LOG_HEADER =
  /^\s*(?:20\d\d-[01]\d-[0-3]\dT[\d:.]+Z\s+)?(?:##\[(?:group|endgroup|section)\].*|Current (?:runner|agent|image) version: .*|Runner Image(?: Provisioner)?|Hosted Compute Agent|Operating System|Datacenter|Version: [\d.]+|Included Software: \S+|Image Release: \S+|Commit: [0-9a-f]+|Build Date: \S+|Job defined at: \S+|Waiting for a runner to pick up this job\.\.\.|Job is (?:about to start running on|waiting for) .*|Agent (?:name|machine name|running as): .*|Requested labels: .*)\s*$/i;

// A log timestamp: ISO 8601 with a time (T or a space), as Actions, Pipelines, kubectl and CloudWatch write it.
const TIMESTAMP = /\b(20\d\d-[01]\d-[0-3]\d)[T ][0-2]\d:[0-5]\d/;

/** The first timestamped date in the lines, if any. */
export function pasteDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const found = TIMESTAMP.exec(line)?.[1];
    if (found !== undefined && !Number.isNaN(Date.parse(`${found}T00:00:00Z`))) return found;
  }
  return undefined;
}

/** The host entries a variant gave last: those with the latest end (for a variant that gives none any more). */
export function lastHosts<T extends { to?: string | undefined }>(hosts: readonly T[]): T[] {
  const latest = hosts.reduce(
    (end, entry) => (entry.to !== undefined && entry.to > end ? entry.to : end),
    '',
  );
  return hosts.filter((entry) => entry.to === latest);
}

/** The index of the line holding each character offset, from the lines' lengths. */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** The line an offset falls on (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Finds platform variants in the lines; each variant once, first mention first. Patterns run over the whole
 * text, so an example written over several lines (`pool:` then `vmImage: …`) is read as written.
 */
export function readPlatforms(
  lines: readonly string[],
  catalog: PlatformCatalog | undefined,
): PlatformReadings {
  const found = pasteDate(lines);
  const date = found ?? catalog?.buildDate ?? '';
  const result: PlatformReadings = { readings: [], date, dateFrom: found ? 'paste' : 'build', usedLines: [] };
  if (!catalog || catalog.variants.length === 0) return result;
  const text = lines.join('\n');
  const starts = lineStarts(lines);
  const used = new Set<number>();
  const hits: { at: number; reading: PlatformReading }[] = [];
  for (const { variant, patterns } of compile(catalog)) {
    let first: RegExpExecArray | undefined;
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) {
        if (first === undefined || match.index < first.index) first = match;
        const last = match.index + Math.max(match[0].length - 1, 0);
        for (let line = lineAt(starts, match.index); line <= lineAt(starts, last); line += 1) used.add(line);
      }
    if (first === undefined) continue;
    const matched = first[0].replace(/\s+/g, ' ').trim();
    hits.push({
      at: first.index,
      reading: {
        variant,
        matched: matched.length > 80 ? `${matched.slice(0, 79)}…` : matched,
        hosts: hostsOnDate(variant.hosts, date),
      },
    });
  }
  result.readings = hits.sort((a, b) => a.at - b.at).map((hit) => hit.reading);
  // The header a hosted runner or agent writes at the top of a job log (runner-images format, shared by GitHub
  // Actions and Azure Pipelines) says nothing the variant patterns and the host reader have not read.
  if (result.readings.length > 0)
    lines.forEach((line, index) => {
      if (JOB_LOG_HEADER.test(line)) used.add(index);
    });
  // The timestamp's line was read too: it decided the date of the answer.
  const dateLine = found === undefined ? -1 : lines.findIndex((line) => TIMESTAMP.test(line));
  if (result.readings.length > 0 && dateLine >= 0) used.add(dateLine);
  result.usedLines = [...used].sort((a, b) => a - b);
  return result;
}

/** The label of a reading: the variant's, saying when the platform's default chose it for the paste's version. */
export function readingLabel(reading: PlatformReading): string {
  const version = reading.defaulted?.version;
  const label = variantLabel(reading.variant);
  return version !== undefined && reading.defaulted?.variantIds.length === 1
    ? `${label}, the default for ${reading.defaulted.entry.versionName} ${version}`
    : label;
}

/** "Move to windows-2025 or windows-2022.", or "" when the platform names no replacement. */
export function replacementSentence(variant: Pick<PlatformReaderVariant, 'replacedBy'>): string {
  const names = variant.replacedBy ?? [];
  return names.length === 0 ? '' : `Move to ${names.join(' or ')}.`;
}

/** "GitHub Actions windows-2022", but "Docker Desktop on Windows 11" where the variant's name already says the platform. */
export function variantLabel(variant: Pick<PlatformReaderVariant, 'platformName' | 'variantName'>): string {
  return variant.variantName.startsWith(variant.platformName)
    ? variant.variantName
    : `${variant.platformName} ${variant.variantName}`;
}

/**
 * Narrows readings to the hosts the paste's own Windows build names (a job log's "Operating System" section,
 * `ver`): a variant that gives several hosts on the date (a moving label during a rollout, Docker Desktop on
 * any Windows 11 release), or a moving label in an undated paste whose build names a host it gave earlier (an
 * old job log read on the build date). Only the host reader's evidence counts: another variant in the same
 * paste may be another job's runner.
 */
export function narrowToNamedHosts(
  readings: PlatformReadings,
  namedHostIds: ReadonlySet<string>,
): PlatformReadings {
  if (namedHostIds.size === 0) return readings;
  const narrowed = readings.readings.map((reading): PlatformReading => {
    const named = reading.hosts.filter((entry) => namedHostIds.has(entry.host));
    if (reading.hosts.length > 1 && named.length > 0 && named.length < reading.hosts.length)
      return { ...reading, hosts: named, narrowed: 'several' };
    const moving = new Set(reading.variant.hosts.map((entry) => entry.host)).size > 1;
    if (readings.dateFrom !== 'build' || !moving || named.length > 0) return reading;
    const earlier = reading.variant.hosts.filter((entry) => namedHostIds.has(entry.host));
    return earlier.length > 0 ? { ...reading, hosts: earlier, narrowed: 'earlier' } : reading;
  });
  return { ...readings, readings: narrowed };
}

/**
 * What a cell answer shown under recognised platforms must add: for each variant that forbids a mode the
 * cell's verdicts say runs, that the platform does not allow it (AKS allows process isolation only), so a
 * "supported" Hyper-V verdict of the host is not read as an option there.
 */
export function forbiddenModeNotes(
  readings: readonly PlatformReading[],
  verdicts: Readonly<Record<Isolation, VerdictValue>>,
): string[] {
  const modes: Isolation[] = ['process', 'hyperv'];
  return readings.flatMap(({ variant }) =>
    modes
      .filter((mode) => !variant.allows[mode] && runs(verdicts[mode]))
      .map(
        (mode) =>
          `${variant.platformName} (${variant.variantName}) does not allow ${isolationWords(mode)}: that verdict is the host's, not an option there.`,
      ),
  );
}
