import { describe, expect, test } from 'vitest';
import { checkUpdates } from '../../../src/lib/updates/check';
import { parseManifest, snapshotDate } from '../../../src/lib/upstream/manifest';
import { BUILDNUMBERS_FILE } from '../../../src/lib/upstream/buildnumbers';
import manifestJson from '../../../upstream/snapshots.json';
import { loadBuildNumbers, loadUpdatesFile } from './load';

describe('the update snapshot, as corrected by content/updates.yaml', () => {
  const document = loadBuildNumbers();
  const taken = snapshotDate(parseManifest(manifestJson), BUILDNUMBERS_FILE);
  const result = checkUpdates(document.rows, {
    corrections: loadUpdatesFile().catalogue,
    asOf: taken,
    maxAgeDays: 35,
  });
  const find = (build: number, revision: number) =>
    result.catalogue.get(build)?.find((u) => u.revision === revision);

  test('no finding: no duplicate, no unexplained gap, every security release on Patch Tuesday, not stale', () => {
    expect(result.findings.map((finding) => finding.message)).toEqual([]);
  });

  test('the check compared the whole collection', () => {
    expect(result.counts.rows).toBeGreaterThan(1800);
    expect(result.counts.mergedPairs).toBeGreaterThan(300);
    expect(result.counts.monthsChecked).toBeGreaterThan(700);
    expect(taken).toBe(document.lastCollected);
  });

  test('known facts hold', () => {
    expect(find(20348, 5139)).toMatchObject({ kb: 'KB5087545', date: '2026-05-12', kind: 'security' });
    // Missing from the collection, added from Microsoft's update history.
    expect(find(17763, 1757)).toMatchObject({ kb: 'KB4601345', kind: 'security', kindFrom: 'correction' });
    expect(find(19041, 804)).toMatchObject({ kb: 'KB4601319', kind: 'security' });
    // The collection calls this preview "Standard"; the date says otherwise.
    expect(find(14393, 82)).toMatchObject({ kind: 'preview', kindFrom: 'date' });
    expect(find(17763, 1040)).toBeUndefined();
    expect(find(17763, 1039)).toMatchObject({ kb: 'KB4532691', date: '2020-02-11', kind: 'security' });
  });
});
