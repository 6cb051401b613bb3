/**
 * content/platforms/github-actions.yaml against the endoflife.date snapshot of
 * `github-actions-runner-images`: GA, deprecation and removal dates agree, or a reading keeps both values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PLATFORM_UPSTREAM_LINKS, checkPlatformUpstream } from '../../../src/lib/platforms/platform-upstream';
import type { PlatformUpstreamLink } from '../../../src/lib/platforms/platform-upstream';
import type { Platform } from '../../../src/lib/platforms/platform-schema';
import { PLATFORM_ENDOFLIFE_PRODUCTS, parseEndoflifeProduct } from '../../../src/lib/upstream/endoflife';
import type { EolCycle } from '../../../src/lib/upstream/endoflife';
import { parseManifest, snapshotDate } from '../../../src/lib/upstream/manifest';
import { endoflifeFile } from '../../../src/lib/upstream/update';
import { loadPlatforms } from '../helpers/platforms';

const UPSTREAM = join(import.meta.dirname, '../../../upstream');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(UPSTREAM, file), 'utf8'));
const manifest = parseManifest(readJson('snapshots.json'));
const platforms = loadPlatforms();

function product(name: string): { cycles: EolCycle[]; taken: string } {
  const file = endoflifeFile(name);
  return {
    cycles: parseEndoflifeProduct(readJson(file), `upstream/${file}`).cycles,
    taken: snapshotDate(manifest, file),
  };
}

function platformOf(link: PlatformUpstreamLink): Platform {
  const found = platforms.find((platform) => platform.id === link.platform);
  if (!found) throw new Error(`no platform ${link.platform}`);
  return found;
}

const [github] = PLATFORM_UPSTREAM_LINKS;
if (!github) throw new Error('no link');

describe('platform dates against endoflife.date', () => {
  test('every platform product we snapshot is checked, and every check finds nothing', () => {
    expect(PLATFORM_UPSTREAM_LINKS.map((link) => link.product).sort()).toEqual(
      [...PLATFORM_ENDOFLIFE_PRODUCTS].sort(),
    );
    for (const link of PLATFORM_UPSTREAM_LINKS) {
      const { cycles, taken } = product(link.product);
      expect(checkPlatformUpstream(link, platformOf(link), cycles, taken)).toEqual([]);
    }
  });

  test('the snapshot disagrees by one day on both GA dates, and the readings keep both (P2, P3)', () => {
    const { cycles } = product(github.product);
    expect(cycles.find((c) => c.name === 'windows-2025')?.releaseDate).toBe('2025-04-10');
    expect(cycles.find((c) => c.name === 'windows-2022')?.releaseDate).toBe('2021-11-16');
    const gh = platformOf(github);
    expect(gh.variants.find((v) => v.id === 'windows-2025')?.lifecycle.available?.date).toBe('2025-04-08');
    expect(gh.variants.find((v) => v.id === 'windows-2022')?.lifecycle.available?.date).toBe('2021-11-15');
  });

  test('a changed upstream date is a finding that names the field, both dates and the file', () => {
    const { cycles, taken } = product(github.product);
    const moved = cycles.map((cycle) =>
      cycle.name === 'windows-2022' ? { ...cycle, eol: '2027-06-30', eoas: '2027-06-01' } : cycle,
    );
    const findings = checkPlatformUpstream(github, platformOf(github), moved, taken);
    expect(findings.map((f) => `${f.where}: ${f.message}`)).toEqual([
      expect.stringMatching(
        /^content\/platforms\/github-actions\.yaml windows-2022: lifecycle\.retired is not given here but endoflife\.date windows-2022 eoasFrom is 2027-06-01/,
      ),
      expect.stringMatching(
        /windows-2022: lifecycle\.removed is not given here but .* eolFrom is 2027-06-30/,
      ),
    ]);
  });

  test('a GA date upstream moves away from the recorded reading: the reading is reported stale', () => {
    const { cycles, taken } = product(github.product);
    const moved = cycles.map((cycle) =>
      cycle.name === 'windows-2025' ? { ...cycle, releaseDate: '2025-04-11' } : cycle,
    );
    const [finding] = checkPlatformUpstream(github, platformOf(github), moved, taken);
    expect(finding?.message).toMatch(/records 2025-04-10 for EOL-GHA-RUNNERS, but .* is 2025-04-11/);
  });

  test('a cycle that upstream drops, or one listed as absent that appears, is a finding', () => {
    const { cycles, taken } = product(github.product);
    const without = cycles.filter((cycle) => cycle.name !== 'windows-2022');
    expect(checkPlatformUpstream(github, platformOf(github), without, taken)[0]?.message).toMatch(
      /has no cycle "windows-2022"/,
    );
    const with2019 = [
      ...cycles,
      { name: 'windows-2019', releaseDate: null, eoas: '2025-06-01', eol: '2025-06-30' },
    ];
    expect(checkPlatformUpstream(github, platformOf(github), with2019, taken)[0]?.message).toMatch(
      /now lists "windows-2019"/,
    );
  });
});
