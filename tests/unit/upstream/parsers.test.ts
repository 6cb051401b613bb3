import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCheckConfig } from '../../../src/lib/upstream/check';
import { diffEndoflife, diffHcsshim } from '../../../src/lib/upstream/diff';
import { parseEndoflifeProduct, windowsBuild } from '../../../src/lib/upstream/endoflife';
import type { EolProduct } from '../../../src/lib/upstream/endoflife';
import {
  parseCompatLtscReleases,
  parseGoBuildConstants,
  parseHcsshimSnapshot,
} from '../../../src/lib/upstream/hcsshim';
import type { HcsshimSnapshot } from '../../../src/lib/upstream/hcsshim';
import { newestSnapshotDate, parseManifest } from '../../../src/lib/upstream/manifest';

import { FIXTURES } from './load';
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseEndoflifeProduct', () => {
  const server = parseEndoflifeProduct(JSON.parse(fixture('api-windows-server.json')), 'fixture');

  test('keeps the dates, the latest version and its build', () => {
    expect(server.product).toBe('windows-server');
    expect(server.cycles[1]).toEqual({
      name: '2016',
      releaseDate: '2016-10-15',
      eoas: '2022-01-11',
      eol: '2027-01-12',
      eoes: '2030-01-12',
      latest: '10.0.14393',
      latestBuild: 14393,
    });
  });

  test('a column the product does not publish is undefined, an empty one null', () => {
    const core = parseEndoflifeProduct(JSON.parse(fixture('api-windows-server-core.json')), 'fixture');
    expect(core.cycles[0]?.eoes).toBeUndefined();
    expect(server.cycles[0]?.eoes).toBeNull();
  });

  test('bad documents are rejected naming the field', () => {
    expect(() => parseEndoflifeProduct('<html>', 'x.json')).toThrow('x.json: expected a JSON object');
    expect(() => parseEndoflifeProduct({ generated_at: 'now', result: {} }, 'x.json')).toThrow(
      'field "result"',
    );
    const badDate = {
      generated_at: 'now',
      result: { name: 'w', releases: [{ name: '1', eolFrom: '10/09/2018' }] },
    };
    expect(() => parseEndoflifeProduct(badDate, 'x.json')).toThrow(
      'x.json: result.releases[0] (1): field "eolFrom": expected a YYYY-MM-DD date or null, got "10/09/2018"',
    );
  });

  test('windowsBuild reads 10.0.x versions only', () => {
    expect(windowsBuild('10.0.26100')).toBe(26100);
    expect(windowsBuild('10.0.17763.7249')).toBe(17763);
    expect(windowsBuild('6.3.9600')).toBeNull();
    expect(windowsBuild(null)).toBeNull();
  });
});

describe('hcsshim Go sources', () => {
  const constants = parseGoBuildConstants(fixture('windowsbuilds.go.txt'));

  test('reads numbers and references, ignoring comments and types, in file order', () => {
    expect(constants).toEqual({
      ALPHA: 14393,
      FIRST: 14393,
      BETA: 20348,
      STABLE_A: 20348,
      GAMMA: 26100,
      STABLE_B: 26100,
      DELTA: 30000,
    });
  });

  test('resolves compatLTSCReleases through the constants', () => {
    expect(parseCompatLtscReleases(fixture('compat.go.txt'), constants)).toEqual([20348, 26100, 30000]);
  });

  test('unknown names and missing blocks fail with a message', () => {
    expect(() => parseGoBuildConstants('const (\n A = B\n)')).toThrow('constant A refers to unknown B');
    expect(() => parseGoBuildConstants('package x')).toThrow('expected a const ( … ) block');
    expect(() => parseCompatLtscReleases('var compatLTSCReleases = []uint16{ NOPE }', constants)).toThrow(
      'unknown constant NOPE',
    );
    expect(() => parseCompatLtscReleases('package x', constants)).toThrow('expected "compatLTSCReleases');
  });

  test('a stored snapshot with a non-numeric build is rejected', () => {
    expect(() =>
      parseHcsshimSnapshot(
        { commit: 'a', committedAt: 'b', builds: { X: 'x' }, compatLTSCReleases: [] },
        's.json',
      ),
    ).toThrow('s.json: field "builds"');
  });
});

describe('manifest and check config', () => {
  test('the newest snapshot date wins', () => {
    const manifest = parseManifest({
      snapshots: [
        { file: 'a', label: 'a', source: 'u', taken: '2026-08-20' },
        { file: 'b', label: 'b', source: 'u', taken: '2026-08-22' },
      ],
    });
    expect(newestSnapshotDate(manifest)).toBe('2026-08-22');
  });

  test('bad manifests and configs name the field', () => {
    expect(() => parseManifest({ snapshots: [] })).toThrow('field "snapshots"');
    expect(() =>
      parseManifest({ snapshots: [{ file: 'a', label: 'a', source: 'u', taken: '22.08.2026' }] }),
    ).toThrow('snapshots[0].taken');
    expect(() =>
      parseCheckConfig({
        minBuild: 14393,
        ignoredCycles: [{ cycle: 'windows/x', reason: ' ' }],
        hcsshimConstants: {},
      }),
    ).toThrow('ignoredCycles[0]');
    expect(() =>
      parseCheckConfig({
        minBuild: 14393,
        ignoredCycles: [],
        hcsshimConstants: {},
        hcsshimWithoutConstant: { 'win11-25h2': { reason: '' } },
      }),
    ).toThrow('hcsshimWithoutConstant.win11-25h2');
  });
});

describe('diffs printed by data:update', () => {
  const cycle = {
    name: '2019',
    releaseDate: '2018-11-13',
    eoas: '2024-01-09',
    eol: '2029-01-09',
    eoes: null,
    latest: '10.0.17763',
    latestBuild: 17763,
  };
  const before: EolProduct = {
    product: 'windows-server',
    generatedAt: 't',
    cycles: [cycle, { ...cycle, name: '1809-sac' }],
  };

  test('lists added and removed cycles and changed dates', () => {
    const after: EolProduct = {
      ...before,
      cycles: [
        { ...cycle, eol: '2029-01-10' },
        { ...cycle, name: '2028', latest: '10.0.30000' },
      ],
    };
    expect(diffEndoflife(before, after)).toEqual([
      'windows-server/2019: eol 2029-01-09 → 2029-01-10',
      'windows-server: added cycle 2028 (released 2018-11-13, latest 10.0.30000)',
      'windows-server: removed cycle 1809-sac',
    ]);
    expect(diffEndoflife(before, before)).toEqual([]);
  });

  test('lists changed hcsshim constants and stable list', () => {
    const old: HcsshimSnapshot = {
      repository: 'r',
      commit: 'a',
      committedAt: 't',
      files: [],
      builds: { A: 1, B: 2 },
      compatLTSCReleases: [1],
    };
    const next: HcsshimSnapshot = { ...old, builds: { A: 1, B: 3, C: 4 }, compatLTSCReleases: [1, 4] };
    expect(diffHcsshim(old, next)).toEqual([
      'hcsshim: B 2 → 3',
      'hcsshim: added constant C = 4',
      'hcsshim: compatLTSCReleases [1] → [1, 4]',
    ]);
  });
});
