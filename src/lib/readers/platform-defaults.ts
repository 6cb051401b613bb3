/**
 * Reads pastes that leave a platform's variant out (an AKS Windows node pool without an OS SKU): the
 * platform's default decides, by the version the paste gives (`--kubernetes-version 1.29.2`). With a version
 * in a band of one variant, the reading is that variant's; without one (or where sources disagree), the
 * reading lists every candidate and never claims one host. Patterns come from content/platforms `defaults`.
 * Pure and zod-free (it runs in the browser).
 */
import { bandFor, bandText, readVersion } from '../platforms/platform-versions';
import type {
  PlatformCatalog,
  PlatformReaderDefault,
  PlatformReaderVariant,
  PlatformReading,
  PlatformReadings,
} from './platforms';
import { hostsOnDate } from '../platforms/platform-core';

interface CompiledDefault {
  entry: PlatformReaderDefault;
  match: RegExp[];
  versions: RegExp[];
}

const compiledByCatalog = new WeakMap<PlatformCatalog, CompiledDefault[]>();

/** Compiles each default's patterns once per catalog; a pattern that does not compile is skipped. */
function compile(catalog: PlatformCatalog): CompiledDefault[] {
  const cached = compiledByCatalog.get(catalog);
  if (cached) return cached;
  const patterns = (sources: readonly string[], flags: string): RegExp[] =>
    sources.flatMap((source) => {
      try {
        return [new RegExp(source, flags)];
      } catch {
        return [];
      }
    });
  const compiled = (catalog.defaults ?? []).map((entry) => ({
    entry,
    match: patterns(entry.match, 'gi'),
    versions: patterns(entry.versionMatch, 'i'),
  }));
  compiledByCatalog.set(catalog, compiled);
  return compiled;
}

/** A default's reading found in a paste, with where it starts and the character spans it read. */
export interface DefaultHit {
  at: number;
  reading: PlatformReading;
  spans: { index: number; length: number }[];
}

/** The variant the answer is about: the one the band names, or a list of the candidates under the default's name. */
function answerVariant(
  catalog: PlatformCatalog,
  entry: PlatformReaderDefault,
  ids: readonly string[],
): PlatformReaderVariant | undefined {
  const variants = ids.flatMap((id) =>
    catalog.variants.filter((v) => v.platformId === entry.platformId && v.variantId === id),
  );
  if (variants.length === 1) return variants[0];
  if (variants.length === 0) return undefined;
  // Newest candidate first: the one a pool made today most likely gets.
  const newestFirst = [...variants].reverse();
  return {
    platformId: entry.platformId,
    platformName: entry.platformName,
    variantId: entry.id,
    variantName: entry.name,
    match: entry.match,
    hosts: newestFirst.flatMap((v) => v.hosts),
    allows: {
      process: variants.every((v) => v.allows.process),
      hyperv: variants.every((v) => v.allows.hyperv),
    },
    pages: [],
  };
}

/**
 * The defaults a paste names, for platforms none of whose variants the paste already names (a pasted OS SKU
 * says more than the default). `date` picks the hosts as for any reading.
 */
export function readDefaults(
  text: string,
  catalog: PlatformCatalog,
  date: string,
  namedPlatforms: ReadonlySet<string>,
): DefaultHit[] {
  return compile(catalog).flatMap(({ entry, match, versions }): DefaultHit[] => {
    if (namedPlatforms.has(entry.platformId)) return [];
    const spans: { index: number; length: number }[] = [];
    let first: RegExpExecArray | undefined;
    for (const pattern of match)
      for (const found of text.matchAll(pattern)) {
        if (first === undefined || found.index < first.index) first = found;
        spans.push({ index: found.index, length: found[0].length });
      }
    if (first === undefined) return [];
    const version = readVersion(text, versions);
    if (version) spans.push({ index: version.index, length: version.length });
    const rule = version ? bandFor(entry.rules, version.version) : undefined;
    const ids = rule ? rule.variantIds : [...new Set(entry.rules.flatMap((r) => r.variantIds))];
    const variant = answerVariant(catalog, entry, ids);
    if (!variant) return [];
    const matched = first[0].replace(/\s+/g, ' ').trim();
    return [
      {
        at: first.index,
        spans,
        reading: {
          variant,
          matched: matched.length > 80 ? `${matched.slice(0, 79)}…` : matched,
          hosts: hostsOnDate(variant.hosts, date),
          defaulted: { entry, version: rule ? version?.version : undefined, variantIds: ids },
        },
      },
    ];
  });
}

/** The line (0-based) a character offset of the joined text falls on. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * The readings with the defaults the paste names added after the variants (`readPlatforms` first, then this):
 * only for platforms none of whose variants were read, on the same date, with the lines they read.
 */
export function addDefaults(
  readings: PlatformReadings,
  lines: readonly string[],
  catalog: PlatformCatalog | undefined,
): PlatformReadings {
  if (!catalog?.defaults?.length) return readings;
  const text = lines.join('\n');
  const named = new Set(readings.readings.map((reading) => reading.variant.platformId));
  const hits = readDefaults(text, catalog, readings.date, named);
  if (hits.length === 0) return readings;
  const used = new Set(readings.usedLines);
  for (const { spans } of hits)
    for (const span of spans) {
      const last = lineOf(text, span.index + Math.max(span.length - 1, 0));
      for (let line = lineOf(text, span.index); line <= last; line += 1) used.add(line);
    }
  return {
    ...readings,
    readings: [...readings.readings, ...hits.sort((a, b) => a.at - b.at).map((hit) => hit.reading)],
    usedLines: [...used].sort((a, b) => a - b),
  };
}

/** A variant's name by id, for the sentences (the id itself if the catalog lacks it). */
function variantName(variants: readonly PlatformReaderVariant[], platformId: string, id: string): string {
  return variants.find((v) => v.platformId === platformId && v.variantId === id)?.variantName ?? id;
}

/**
 * What the answer says of a default: which variant the paste's version gives, or that it depends on the version
 * (every band and its variant), or that the sources disagree for that version. Empty for other readings.
 */
export function defaultSentence(
  reading: PlatformReading,
  variants: readonly PlatformReaderVariant[],
): string {
  const defaulted = reading.defaulted;
  if (!defaulted) return '';
  const { entry, version, variantIds } = defaulted;
  const names = (ids: readonly string[]): string =>
    ids.map((id) => variantName(variants, entry.platformId, id)).join(' or ');
  const versionWords = `${entry.versionName} ${version ?? ''}`;
  if (version !== undefined && variantIds.length === 1)
    return `The paste names no OS SKU, so ${entry.platformName} uses its default for ${versionWords}: ${names(variantIds)}.`;
  if (version !== undefined) {
    const note = bandFor(entry.rules, version)?.note;
    return `The paste names no OS SKU, and for ${versionWords} ${entry.platformName}'s default is ${names(variantIds)}.${note ? ` ${note}` : ''}`;
  }
  const bands = entry.rules.map(
    (rule) => `${entry.versionName} ${bandText(rule)}: ${names(rule.variantIds)}`,
  );
  return `The paste names no OS SKU and no ${entry.versionName} version, and ${entry.platformName}'s default depends on that version (${bands.join('; ')}). Name the OS SKU, or the version, for one answer.`;
}
