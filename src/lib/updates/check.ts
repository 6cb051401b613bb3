/**
 * Checks the update collection before anything is built from it: duplicate rows, months without a
 * Patch Tuesday release, security releases dated off Patch Tuesday, labels we do not trust, and a
 * snapshot too old. Run offline by `tests/unit/updates/content.test.ts`.
 */
import { daysBetween, monthOf, monthsBetween, patchTuesday } from './calendar.ts';
import { buildCatalogue, classify, kindOfLabel, splitUpdate, updateKey } from './catalogue.ts';
import type { CatalogueCorrections, UpdateCatalogue, UpdateKind } from './catalogue.ts';
import type { UpdateRow } from '../upstream/buildnumbers.ts';

/** What a finding is about. */
export type FindingKind =
  'duplicate' | 'gap' | 'wrong-date' | 'unknown-label' | 'stale' | 'correction-unneeded';

/** One problem: it fails the check. */
export interface UpdateFinding {
  kind: FindingKind;
  message: string;
}

/** A row whose kind we read from its date instead of the collection's label: reported, not a failure. */
export interface Relabelled {
  update: string;
  label: string;
  kind: UpdateKind;
  date: string;
}

/** Everything the check found, and what it compared. */
export interface UpdateCheckResult {
  findings: UpdateFinding[];
  relabelled: Relabelled[];
  catalogue: UpdateCatalogue;
  counts: { rows: number; updates: number; mergedPairs: number; monthsChecked: number; knownGaps: number };
}

/** What the check needs besides the rows. */
export interface UpdateCheckOptions {
  corrections: CatalogueCorrections;
  /** The day the age is measured on: the snapshot's date in tests, today in `data:update`. */
  asOf: string;
  /** How old the newest update may be on `asOf` before the snapshot is stale; a missed Patch Tuesday is about 35 days. */
  maxAgeDays: number;
}

function duplicates(rows: readonly UpdateRow[]): { findings: UpdateFinding[]; mergedPairs: number } {
  const seen = new Map<string, UpdateRow[]>();
  for (const row of rows) seen.set(updateKey(row), [...(seen.get(updateKey(row)) ?? []), row]);
  const findings: UpdateFinding[] = [];
  let mergedPairs = 0;
  for (const [key, list] of seen) {
    if (list.length < 2) continue;
    const first = list[0] as UpdateRow;
    const differs = list.find(
      (row) => row.kb !== first.kb || row.date !== first.date || row.label !== first.label,
    );
    const osTypes = new Set(list.map((row) => row.osType));
    if (differs) {
      findings.push({
        kind: 'duplicate',
        message: `${key}: listed ${list.length} times with different details (${first.kb} ${first.date} ${first.label} vs ${differs.kb} ${differs.date} ${differs.label})`,
      });
    } else if (osTypes.size < list.length) {
      findings.push({ kind: 'duplicate', message: `${key}: the same row appears ${list.length} times` });
    } else {
      // The same update listed once on the client and once on the server update-history page.
      mergedPairs += 1;
    }
  }
  return { findings, mergedPairs };
}

function datesAndLabels(rows: readonly UpdateRow[], corrections: CatalogueCorrections) {
  const findings: UpdateFinding[] = [];
  const relabelled: Relabelled[] = [];
  for (const row of rows) {
    if (!kindOfLabel(row.label)) {
      findings.push({
        kind: 'unknown-label',
        message: `${updateKey(row)}: unknown release_type "${row.label}"`,
      });
    }
    const { kind, kindFrom } = classify(row, corrections);
    if (kindFrom === 'date' && kindOfLabel(row.label) !== kind) {
      relabelled.push({ update: updateKey(row), label: row.label, kind, date: row.date });
    }
    if (kind === 'security' && kindFrom === 'label' && row.date !== patchTuesday(monthOf(row.date))) {
      findings.push({
        kind: 'wrong-date',
        message: `${updateKey(row)} (${row.kb}): labelled a monthly security release but dated ${row.date}, not Patch Tuesday ${patchTuesday(monthOf(row.date))}`,
      });
    }
  }
  return {
    findings,
    relabelled: relabelled.filter(
      (entry, i, all) => all.findIndex((other) => other.update === entry.update) === i,
    ),
  };
}

function gaps(catalogue: UpdateCatalogue, corrections: CatalogueCorrections) {
  const findings: UpdateFinding[] = [];
  let monthsChecked = 0;
  let knownGaps = 0;
  for (const [build, updates] of catalogue) {
    const securityMonths = new Set(
      updates.filter((update) => update.kind === 'security').map((update) => monthOf(update.date)),
    );
    const sorted = [...securityMonths].sort();
    if (sorted.length === 0) continue;
    for (const month of monthsBetween(sorted[0] as string, sorted.at(-1) as string)) {
      monthsChecked += 1;
      if (securityMonths.has(month)) continue;
      if (corrections.knownGaps.some((gap) => gap.month === month && gap.builds.includes(build))) {
        knownGaps += 1;
        continue;
      }
      findings.push({
        kind: 'gap',
        message: `${build}: no security release on Patch Tuesday ${patchTuesday(month)}, inside its serviced span ${sorted[0]}…${sorted.at(-1)}`,
      });
    }
  }
  return { findings, monthsChecked, knownGaps };
}

function unneededCorrections(rows: readonly UpdateRow[], corrections: CatalogueCorrections): UpdateFinding[] {
  const keys = new Set(rows.map(updateKey));
  return corrections.missing
    .filter((missing) => {
      const at = splitUpdate(missing.update);
      return at === undefined || keys.has(updateKey(at));
    })
    .map((missing) => ({
      kind: 'correction-unneeded' as const,
      message: `${missing.update}: listed as missing in content/updates.yaml, but the collection has it now (remove the correction)`,
    }));
}

/** Runs every check over the rows; `findings` empty means the catalogue can be trusted as corrected. */
export function checkUpdates(rows: readonly UpdateRow[], options: UpdateCheckOptions): UpdateCheckResult {
  const { corrections } = options;
  const catalogue = buildCatalogue(rows, corrections);
  const dup = duplicates(rows);
  const dated = datesAndLabels(rows, corrections);
  const gapped = gaps(catalogue, corrections);
  const findings = [
    ...dup.findings,
    ...dated.findings,
    ...gapped.findings,
    ...unneededCorrections(rows, corrections),
  ];
  const newest = rows.map((row) => row.date).reduce((a, b) => (b > a ? b : a), '0000-00-00');
  const age = daysBetween(newest, options.asOf);
  if (age > options.maxAgeDays) {
    findings.push({
      kind: 'stale',
      message: `the newest update is from ${newest}, ${age} days before ${options.asOf} (more than ${options.maxAgeDays}): run npm run data:update`,
    });
  }
  return {
    findings,
    relabelled: dated.relabelled,
    catalogue,
    counts: {
      rows: rows.length,
      updates: [...catalogue.values()].reduce((sum, list) => sum + list.length, 0),
      mergedPairs: dup.mergedPairs,
      monthsChecked: gapped.monthsChecked,
      knownGaps: gapped.knownGaps,
    },
  };
}
