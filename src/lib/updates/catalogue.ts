/**
 * The update catalogue: every cumulative update of every release in the matrix, one entry per
 * build.revision, with its kind. Built from the DataForGeeks rows plus our reviewed corrections
 * (`content/updates.yaml`, `catalogue:`), each with its sources.
 */
import { isPatchTuesday, weekdayOf } from './calendar.ts';
import type { UpdateRow } from '../upstream/buildnumbers.ts';

/** What an update is: the monthly security release (Patch Tuesday, "B"), an optional preview, an out-of-band fix, or a hotpatch. */
export type UpdateKind = 'security' | 'preview' | 'out-of-band' | 'hotpatch';

/** Where an update's kind comes from: the collection's label, our reading of its date, or a reviewed correction. */
export type KindFrom = 'label' | 'date' | 'correction';

/** A revision line of a build that split: 26100 from January 2026 (client 24H2 vs Windows Server 2025). */
export type UpdateLine = 'client' | 'server';

/** One cumulative update of one build. */
export interface WindowsUpdate {
  build: number;
  revision: number;
  kb: string;
  date: string;
  kind: UpdateKind;
  kindFrom: KindFrom;
  /** The release's name in the collection (`1607`, `2022`). */
  version: string;
  /** Source keys when the row comes from our corrections rather than the collection. */
  sources?: string[];
  /**
   * A client-only update in a month where the server edition of the same build has its own revision
   * (26100 from January 2026: Windows 11 24H2 at 26100.9xxx, Windows Server 2025 at 26100.3xxxx). Base
   * images follow the server line, so these get none.
   */
  clientOnly?: boolean;
  /** The line of a build that split, when the update is on one line only; undefined = shared by all. */
  line?: UpdateLine;
}

/** A row the collection lacks, added with the sources that show it. */
export interface MissingUpdate {
  update: string;
  kb: string;
  date: string;
  kind: UpdateKind;
  version: string;
  sources: string[];
}

/** A kind the collection gets wrong for one update, with why. */
export interface Relabel {
  update: string;
  kind: UpdateKind;
  reason: string;
  sources: string[];
}

/** A month in which releases have no Patch Tuesday update, on purpose (Microsoft released none, or released it early). */
export interface KnownGap {
  month: string;
  builds: number[];
  reason: string;
  sources: string[];
}

/** Our reviewed corrections to the collection. */
export interface CatalogueCorrections {
  /** Before this day the collection labels previews and out-of-band updates `Standard`; their kind is read from the date. */
  labelsTrustedFrom: string;
  labelsReason: string;
  missing: MissingUpdate[];
  relabel: Relabel[];
  knownGaps: KnownGap[];
}

/** The catalogue: updates per build, oldest first. */
export type UpdateCatalogue = ReadonlyMap<number, readonly WindowsUpdate[]>;

const LABEL_KINDS: Record<string, UpdateKind> = {
  Standard: 'security',
  Preview: 'preview',
  'Out-of-band': 'out-of-band',
  Hotpatch: 'hotpatch',
  'Hotpatch-OOB': 'hotpatch',
};

/** The kind the collection's label means, or undefined for a label we do not know. */
export function kindOfLabel(label: string): UpdateKind | undefined {
  return LABEL_KINDS[label];
}

/**
 * The kind read from the date alone: Patch Tuesday is the security release; Microsoft's optional
 * previews came in the third or fourth week, Tuesday to Thursday; anything else is out-of-band.
 */
export function kindFromDate(date: string): UpdateKind {
  if (isPatchTuesday(date)) return 'security';
  const day = Number(date.slice(8, 10));
  const weekday = weekdayOf(date);
  return day >= 15 && weekday >= 2 && weekday <= 4 ? 'preview' : 'out-of-band';
}

/** Parses `17763.1757` or `10.0.17763.1757` into build and revision. */
export function splitUpdate(update: string): { build: number; revision: number } | undefined {
  const match = /^(?:10\.0\.)?(\d{5})\.(\d{1,5})$/.exec(update.trim());
  return match ? { build: Number(match[1]), revision: Number(match[2]) } : undefined;
}

/** `build.revision`, the key of an update. */
export const updateKey = (update: { build: number; revision: number }): string =>
  `${update.build}.${update.revision}`;

/** The kind of one collection row after our corrections, and where it came from. */
export function classify(
  row: UpdateRow,
  corrections: CatalogueCorrections,
): { kind: UpdateKind; kindFrom: KindFrom } {
  const relabel = corrections.relabel.find((entry) => entry.update === updateKey(row));
  if (relabel) return { kind: relabel.kind, kindFrom: 'correction' };
  const labelled = kindOfLabel(row.label);
  if (row.label === 'Standard' && row.date < corrections.labelsTrustedFrom) {
    return { kind: kindFromDate(row.date), kindFrom: 'date' };
  }
  return labelled
    ? { kind: labelled, kindFrom: 'label' }
    : { kind: kindFromDate(row.date), kindFrom: 'date' };
}

/** Marks the client-only security releases of months in which the server line has its own one. */
function markClientOnly(
  list: WindowsUpdate[],
  osTypesOf: (update: WindowsUpdate) => Set<string> | undefined,
): void {
  const only = (update: WindowsUpdate, osType: string): boolean => {
    const types = osTypesOf(update);
    return types !== undefined && types.size === 1 && types.has(osType);
  };
  const securityMonths = (osType: string) =>
    new Set(list.filter((u) => u.kind === 'security' && only(u, osType)).map((u) => u.date.slice(0, 7)));
  // A month splits the build when the server and the client each have a security release of their own.
  const clientMonths = securityMonths('client');
  const serverMonths = new Set([...securityMonths('server')].filter((month) => clientMonths.has(month)));
  for (const update of list) {
    if (!serverMonths.has(update.date.slice(0, 7))) continue;
    if (only(update, 'client')) {
      update.clientOnly = true;
      update.line = 'client';
    } else if (only(update, 'server')) update.line = 'server';
  }
}

/** Builds the catalogue: one entry per build.revision (the first row wins), corrections applied, oldest first. */
export function buildCatalogue(
  rows: readonly UpdateRow[],
  corrections: CatalogueCorrections,
): UpdateCatalogue {
  const byKey = new Map<string, WindowsUpdate>();
  const osTypes = new Map<string, Set<string>>();
  for (const row of rows) {
    osTypes.set(updateKey(row), new Set([...(osTypes.get(updateKey(row)) ?? []), row.osType]));
    if (byKey.has(updateKey(row))) continue;
    byKey.set(updateKey(row), {
      build: row.build,
      revision: row.revision,
      kb: row.kb,
      date: row.date,
      version: row.version,
      ...classify(row, corrections),
    });
  }
  for (const missing of corrections.missing) {
    const at = splitUpdate(missing.update);
    if (!at || byKey.has(updateKey(at))) continue;
    byKey.set(updateKey(at), {
      ...at,
      kb: missing.kb,
      date: missing.date,
      kind: missing.kind,
      kindFrom: 'correction',
      version: missing.version,
      sources: missing.sources,
    });
  }
  const catalogue = new Map<number, WindowsUpdate[]>();
  for (const update of byKey.values()) {
    const list = catalogue.get(update.build) ?? [];
    list.push(update);
    catalogue.set(update.build, list);
  }
  for (const list of catalogue.values()) {
    list.sort((a, b) => a.revision - b.revision);
    markClientOnly(list, (update) => osTypes.get(updateKey(update)));
  }
  return new Map([...catalogue].sort(([a], [b]) => a - b));
}
