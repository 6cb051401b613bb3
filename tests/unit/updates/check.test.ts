import { describe, expect, test } from 'vitest';
import { isPatchTuesday, listAge, monthsBetween, patchTuesday } from '../../../src/lib/updates/calendar';
import { kindFromDate } from '../../../src/lib/updates/catalogue';
import type { CatalogueCorrections } from '../../../src/lib/updates/catalogue';
import { parseBuildNumbers } from '../../../src/lib/upstream/buildnumbers';
import { checkUpdates } from '../../../src/lib/updates/check';
import type { UpdateRow } from '../../../src/lib/upstream/buildnumbers';

const NONE: CatalogueCorrections = {
  labelsTrustedFrom: '2000-01-01',
  labelsReason: '',
  missing: [],
  relabel: [],
  knownGaps: [],
};

const row = (revision: number, date: string, label = 'Standard', osType = 'server'): UpdateRow => ({
  build: 20348,
  revision,
  osType,
  version: '2022',
  date,
  kb: `KB50${String(revision).padStart(5, '0')}`,
  label,
});

/** Three clean months: January to March 2026, each on Patch Tuesday, plus a preview. */
const CLEAN = [
  row(100, '2026-01-13'),
  row(110, '2026-01-22', 'Preview'),
  row(200, '2026-02-10'),
  row(300, '2026-03-10'),
];
const check = (rows: UpdateRow[], corrections = NONE, asOf = '2026-03-20') =>
  checkUpdates(rows, { corrections, asOf, maxAgeDays: 35 });
const kinds = (rows: UpdateRow[], corrections = NONE) => check(rows, corrections).findings.map((f) => f.kind);

describe('Patch Tuesday', () => {
  test('is the second Tuesday', () => {
    expect(patchTuesday('2026-05')).toBe('2026-05-12');
    expect(patchTuesday('2021-02')).toBe('2021-02-09');
    expect(patchTuesday('2025-04')).toBe('2025-04-08');
    expect(isPatchTuesday('2026-05-13')).toBe(false);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('checkUpdates', () => {
  test('clean rows give no finding', () => {
    expect(check(CLEAN).findings).toEqual([]);
  });

  test('a duplicate row fails; the same update on the client and the server page does not', () => {
    expect(kinds([...CLEAN, row(200, '2026-02-10')])).toEqual(['duplicate']);
    expect(kinds([...CLEAN, { ...row(200, '2026-02-10'), kb: 'KB5099999' }])).toEqual(['duplicate']);
    const pair = check([...CLEAN, row(200, '2026-02-10', 'Standard', 'client')]);
    expect(pair.findings).toEqual([]);
    expect(pair.counts.mergedPairs).toBe(1);
  });

  test('a missing Patch Tuesday month fails, unless recorded as known', () => {
    const rows = CLEAN.filter((r) => r.revision !== 200);
    expect(check(rows).findings.map((f) => f.message)).toEqual([
      '20348: no security release on Patch Tuesday 2026-02-10, inside its serviced span 2026-01…2026-03',
    ]);
    const known = {
      ...NONE,
      knownGaps: [{ month: '2026-02', builds: [20348], reason: 'r', sources: ['X'] }],
    };
    expect(check(rows, known).findings).toEqual([]);
  });

  test('a security release off Patch Tuesday fails', () => {
    const rows = [...CLEAN.filter((r) => r.revision !== 200), row(200, '2026-02-11')];
    expect(kinds(rows)).toEqual(['wrong-date']);
  });

  test('a snapshot whose newest update is older than the limit is stale', () => {
    expect(check(CLEAN, NONE, '2026-04-14').findings).toEqual([]);
    expect(check(CLEAN, NONE, '2026-04-15').findings.map((f) => f.message)).toEqual([
      'the newest update is from 2026-03-10, 36 days before 2026-04-15 (more than 35): run npm run data:update',
    ]);
  });

  test('before labelsTrustedFrom the kind comes from the date, and is reported', () => {
    const old = [row(1, '2019-01-08'), row(2, '2019-01-22'), row(3, '2019-01-03')];
    const result = check(old, { ...NONE, labelsTrustedFrom: '2020-08-01' }, '2019-01-30');
    expect(result.findings).toEqual([]);
    expect(result.catalogue.get(20348)?.map((u) => [u.kind, u.kindFrom])).toEqual([
      ['security', 'date'],
      ['preview', 'date'],
      ['out-of-band', 'date'],
    ]);
    expect(result.relabelled.map((r) => r.update)).toEqual(['20348.2', '20348.3']);
    expect(kindFromDate('2018-01-03')).toBe('out-of-band');
  });

  test('a missing row added by a correction fills its gap; once the collection has it, the correction is flagged', () => {
    const rows = CLEAN.filter((r) => r.revision !== 200);
    const missing = {
      update: '20348.200',
      kb: 'KB5000200',
      date: '2026-02-10',
      kind: 'security' as const,
      version: '2022',
      sources: ['X'],
    };
    expect(check(rows, { ...NONE, missing: [missing] }).findings).toEqual([]);
    expect(kinds(CLEAN, { ...NONE, missing: [missing] })).toEqual(['correction-unneeded']);
  });

  test('an unknown label is a finding, not a crash', () => {
    expect(kinds([...CLEAN, row(301, '2026-03-20', 'Mystery')])).toEqual(['unknown-label']);
  });
});

describe('parseBuildNumbers', () => {
  test('names the bad field', () => {
    expect(() =>
      parseBuildNumbers({ metadata: { lastCollected: '2026-08-12T01:00:00Z' }, data: [{ build: 'x' }] }),
    ).toThrow('data[0]: field "build"');
    expect(() => parseBuildNumbers({})).toThrow('metadata.lastCollected');
  });
});

describe('listAge: how old the list is, told on /updates/ instead of failing a test', () => {
  test('a list from August read in December misses three Patch Tuesdays', () => {
    const age = listAge('2026-08-11', '2026-12-03');
    expect(age.days).toBe(114);
    expect(age.missedPatchTuesdays).toEqual(['2026-09-08', '2026-10-13', '2026-11-10']);
    expect(age.sentence).toBe(
      'The newest update in this list is from 2026-08-11, 114 days before this page was built (2026-12-03): 3 Patch Tuesdays (September 2026, October 2026, November 2026) came since, and their updates are not in this list yet.',
    );
  });

  test('a list taken after this month’s Patch Tuesday is current', () => {
    expect(listAge('2026-08-11', '2026-09-07').missedPatchTuesdays).toEqual([]);
    expect(listAge('2026-08-11', '2026-08-20').sentence).toContain('so the list is current');
    expect(listAge('2026-08-11', '2026-08-20').behindNote).toBeNull();
    expect(listAge('2026-08-11', '2026-09-08').behindNote).toBe(
      'This list ends 28 days before this page was built; later months are not in it yet',
    );
    expect(listAge('2026-08-11', '2026-09-08').missedPatchTuesdays).toEqual(['2026-09-08']);
  });
});
