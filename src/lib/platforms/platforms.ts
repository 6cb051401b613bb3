/**
 * The platform model: loads the validated `content/platforms/*.yaml`, checks what the schema cannot see
 * (host ids exist, cited sources exist and carry a date, no other variant's pattern claims a variant's
 * examples), sorts them, and answers the questions every page asks: which host a variant gave on a day,
 * what runs there within the isolation modes the platform allows, and whose retirement comes first, the
 * platform's or the operating system's. Pure.
 */
import { runs } from '../knowledge/engine';
import type { CellVerdict, Isolation } from '../knowledge/engine';
import { lifecycle } from '../knowledge/lifecycle';
import { ContentError } from '../model/model';
import type { FromFile } from '../model/model';
import { hostsOnDate } from './platform-core';
import { checkDefaults, checkReplacements } from './platform-defaults';
import { platformKinds } from './platform-schema';
import type { IsolationRule, Platform, PlatformDate, PlatformVariant, VariantHost } from './platform-schema';
import type { Host, Source, VerdictValue } from '../knowledge/schema';

/** What the platform model is built from. */
export interface PlatformsInput {
  platforms: readonly FromFile<Platform>[];
  hosts: ReadonlyMap<string, Host>;
  sources: ReadonlyMap<string, Source>;
}

/** Every `sources` list in a platform, with the path of the fact that carries it. */
function citedSources(value: unknown, path: string, found: { path: string; keys: string[] }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => citedSources(item, `${path}[${index}]`, found));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (key === 'sources' && Array.isArray(child))
      found.push({ path: childPath, keys: child.filter((k): k is string => typeof k === 'string') });
    else citedSources(child, childPath, found);
  }
}

/** Host ids exist and every cited source exists and says which version (date) was read. */
function checkReferences(file: string, platform: Platform, input: PlatformsInput): void {
  platform.variants.forEach((variant, v) =>
    variant.hosts.forEach((entry, h) => {
      if (!input.hosts.has(entry.host))
        throw new ContentError(
          file,
          `variants[${v}].hosts[${h}].host`,
          `expected a host id of content/hosts/, but "${entry.host}" is none`,
        );
    }),
  );
  const cited: { path: string; keys: string[] }[] = [];
  citedSources(platform, '', cited);
  for (const { path, keys } of cited)
    for (const key of keys) {
      const source = input.sources.get(key);
      if (!source)
        throw new ContentError(file, path, `expected a key of content/sources.yaml, but "${key}" is none`);
      if (source.date === undefined)
        throw new ContentError(
          file,
          path,
          `expected source "${key}" to carry a date in content/sources.yaml (platform facts must say which version was read)`,
        );
    }
}

/** A variant's compiled patterns, for the check across platforms. */
interface CompiledVariant {
  file: string;
  platformId: string;
  variantIndex: number;
  variant: PlatformVariant;
  patterns: RegExp[];
}

/** No example of a variant is also recognised by another variant's patterns (it would give two answers). */
function checkPatternsAcross(platforms: readonly FromFile<Platform>[]): void {
  const compiled: CompiledVariant[] = platforms.flatMap(({ file, data }) =>
    data.variants.map((variant, variantIndex) => ({
      file,
      platformId: data.id,
      variantIndex,
      variant,
      patterns: variant.match.map((source) => new RegExp(source, 'i')),
    })),
  );
  for (const own of compiled)
    own.variant.writtenAs.forEach((example, e) => {
      for (const other of compiled) {
        if (other === own) continue;
        const clash = other.patterns.find((pattern) => pattern.test(example.text));
        if (clash)
          throw new ContentError(
            own.file,
            `variants[${own.variantIndex}].writtenAs[${e}].text`,
            `expected "${example.text}" to be recognised only as ${own.platformId}/${own.variant.id}, but ${other.platformId}/${other.variant.id}'s pattern /${clash.source}/ matches it too`,
          );
      }
    });
}

/** Kind order first (CI, Kubernetes, services, desktop), then name. */
function comparePlatforms(a: Platform, b: Platform): number {
  return platformKinds.indexOf(a.kind) - platformKinds.indexOf(b.kind) || a.name.localeCompare(b.name);
}

/** Checks and sorts the platforms; throws a `ContentError` naming file, field and expectation. */
export function buildPlatforms(input: PlatformsInput): Platform[] {
  const seen = new Map<string, string>();
  for (const { file, data } of input.platforms) {
    const base = file
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '');
    if (base !== undefined && base !== data.id)
      throw new ContentError(
        file,
        'id',
        `expected the id to equal the file name "${base}", but it is "${data.id}"`,
      );
    const earlier = seen.get(data.id);
    if (earlier)
      throw new ContentError(
        file,
        'id',
        `expected a unique platform id, but "${data.id}" is also used by ${earlier}`,
      );
    seen.set(data.id, file);
    checkReferences(file, data, input);
  }
  checkPatternsAcross(input.platforms);
  checkDefaults(input.platforms);
  checkReplacements(input.platforms);
  return input.platforms.map(({ data }) => data).sort(comparePlatforms);
}

/** The isolation rules that hold for a variant: its own override per mode, else the platform's. */
export function variantIsolation(
  platform: Platform,
  variant: PlatformVariant,
): Record<Isolation, IsolationRule> {
  return {
    process: variant.isolation?.process ?? platform.isolation.process,
    hyperv: variant.isolation?.hyperv ?? platform.isolation.hyperv,
  };
}

/** One isolation mode of a cell as the platform allows it. */
export interface PlatformModeVerdict {
  verdict: VerdictValue;
  reason: string;
  /** Whether the platform allows the mode at all. */
  allowed: boolean;
}

/** The verdict of a variant × image: the cell's verdict restricted to the modes the platform allows. */
export interface PlatformVerdict {
  /** The answer in the mode to use, or `unsupported` when no allowed mode runs. */
  verdict: VerdictValue;
  /** The allowed mode that runs (process preferred), or null. */
  isolation: Isolation | null;
  process: PlatformModeVerdict;
  hyperv: PlatformModeVerdict;
}

const MODE_NAME: Record<Isolation, string> = { process: 'process isolation', hyperv: 'Hyper-V isolation' };

/** Restricts a cell's verdict to the isolation modes the platform allows for this variant. */
export function platformVerdict(
  platform: Platform,
  variant: PlatformVariant,
  cell: CellVerdict,
): PlatformVerdict {
  const rules = variantIsolation(platform, variant);
  const mode = (isolation: Isolation): PlatformModeVerdict => {
    const rule = rules[isolation];
    if (rule.allowed)
      return { verdict: cell[isolation].verdict, reason: cell[isolation].reason, allowed: true };
    return {
      verdict: 'unsupported',
      reason: `${platform.shortName} does not offer ${MODE_NAME[isolation]}${rule.note ? `: ${rule.note}` : '.'}`,
      allowed: false,
    };
  };
  const process = mode('process');
  const hyperv = mode('hyperv');
  const isolation: Isolation | null = runs(process.verdict)
    ? 'process'
    : runs(hyperv.verdict)
      ? 'hyperv'
      : null;
  const verdict =
    isolation === null ? 'unsupported' : isolation === 'process' ? process.verdict : hyperv.verdict;
  return { verdict, isolation, process, hyperv };
}

/** The end the platform sets for a variant: retirement, else removal. */
export interface PlatformEnd extends PlatformDate {
  kind: 'retired' | 'removed';
}

/** A variant's support next to the OS's: whichever ends first decides, and the answer says which. */
export interface VariantLifecycle {
  platformEnd: PlatformEnd | null;
  /** The last day of any OS support for the host (null when none is published). */
  osEnd: string | null;
  /** Whose date ends support first: the platform's or the OS's (null when neither has a date). */
  decidedBy: 'platform' | 'os' | null;
  /** The deciding date. */
  date: string | null;
  /** Whether that date has passed on the reference day. */
  ended: boolean;
  /** One sentence for readers, naming whose date it is. */
  label: string;
}

/** The platform's end for a variant: `retired`, else `removed`, else none. */
export function platformEnd(variant: PlatformVariant): PlatformEnd | null {
  const { retired, removed } = variant.lifecycle;
  if (retired) return { ...retired, kind: 'retired' };
  if (removed) return { ...removed, kind: 'removed' };
  return null;
}

/** The variant's lifecycle on `today` for one of its hosts, next to that host's own. */
export function variantLifecycle(
  platform: Platform,
  variant: PlatformVariant,
  host: Host,
  today: string,
): VariantLifecycle {
  const end = platformEnd(variant);
  const os = lifecycle(host.support, today);
  const osEnd = os.retires;
  const who = platform.shortName;
  if (end && (osEnd === null || end.date < osEnd)) {
    const ended = today > end.date;
    const verb = end.kind === 'retired' ? 'retire' : 'remove';
    const osPart =
      osEnd === null
        ? `${host.name} has no published end date`
        : `${host.name} itself is supported until ${osEnd}`;
    const label = ended
      ? `${who} ${verb}d ${variant.name} on ${end.date} (${who}'s date, earlier than the OS's: ${osPart})`
      : `Supported on ${who} until ${end.date} (${who}'s date, earlier than the OS's: ${osPart})`;
    return { platformEnd: end, osEnd, decidedBy: 'platform', date: end.date, ended, label };
  }
  const label =
    osEnd === null
      ? `${os.label}; ${who} has announced no end date`
      : `${os.label} (the OS's date; ${who} has announced no earlier end)`;
  return {
    platformEnd: end,
    osEnd,
    decidedBy: osEnd === null ? null : 'os',
    date: osEnd,
    ended: os.state === 'ended',
    label,
  };
}

/** A dated change of a platform, with the variant it belongs to. */
export interface DatedChange {
  date: string;
  text: string;
  sources: string[];
  variantId: string;
}

/** Every change of a platform (announced changes and lifecycle milestones), oldest first. */
export function platformChanges(platform: Platform): DatedChange[] {
  return platform.variants
    .flatMap((variant) => variant.changes.map((change) => ({ ...change, variantId: variant.id })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.variantId.localeCompare(b.variantId));
}

/** The changes still to come on `today` (the date itself counts as to come), soonest first. */
export function upcomingChanges(changes: readonly DatedChange[], today: string): DatedChange[] {
  return changes.filter((change) => change.date >= today);
}

/** The host entries a variant gives on `today`; when it gives none any more, its last entries. */
export function currentHosts(variant: PlatformVariant, today: string): VariantHost[] {
  const now = hostsOnDate(variant.hosts, today);
  if (now.length > 0) return now;
  const lastEnd = variant.hosts.reduce(
    (latest, entry) => (entry.to && entry.to > latest ? entry.to : latest),
    '',
  );
  return variant.hosts.filter((entry) => entry.to === lastEnd);
}

/** The distinct host ids a variant ever gave, in file order. */
export function variantHostIds(variant: PlatformVariant): string[] {
  return [...new Set(variant.hosts.map((entry) => entry.host))];
}
