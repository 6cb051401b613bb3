import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAgainstUpstream } from '../../../src/lib/upstream/check';
import { newestSnapshotDate, parseManifest } from '../../../src/lib/upstream/manifest';
import manifestJson from '../../../upstream/snapshots.json';
import { UPSTREAM_DIR, loadCheckInput } from './load';

describe('content/ agrees with the upstream snapshots', () => {
  const result = checkAgainstUpstream(loadCheckInput());

  test('no finding: every cycle linked, every date equal or overridden, builds as hcsshim has them', () => {
    expect(result.findings.map((finding) => finding.message)).toEqual([]);
  });

  test('the check really compared the data (links, dates, builds, required cycles)', () => {
    expect(result.counts.links).toBeGreaterThanOrEqual(74);
    expect(result.counts.dates).toBeGreaterThanOrEqual(270);
    expect(result.counts.cyclesRequired).toBeGreaterThanOrEqual(73);
    expect(result.counts.overridden).toBeLessThanOrEqual(12);
  });
});

describe('upstream/snapshots.json', () => {
  const manifest = parseManifest(manifestJson);

  test('lists exactly the snapshot files kept in upstream/', () => {
    const kept = ['endoflife.date', 'hcsshim', 'dataforgeeks', 'aks'].flatMap((folder) =>
      readdirSync(join(UPSTREAM_DIR, folder))
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${folder}/${name}`),
    );
    expect(manifest.snapshots.map((entry) => entry.file).sort()).toEqual(kept.sort());
  });

  test('the site date is the newest snapshot date', () => {
    const dates = manifest.snapshots.map((entry) => entry.taken);
    expect(newestSnapshotDate(manifest)).toBe([...dates].sort().at(-1));
  });
});
