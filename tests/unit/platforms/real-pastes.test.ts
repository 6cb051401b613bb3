/**
 * Adversarial platform texts (tests/fixtures/real-platform-pastes.ts) through the paste box's own entry point:
 * each must be read as exactly the variants listed (none for look-alikes), with the hosts, date, tag and
 * platform dates the answer shows.
 */
import { describe, expect, test } from 'vitest';
import { identify } from '../../../src/lib/readers';
import { defaultSentence } from '../../../src/lib/readers/platform-defaults';
import { replacementSentence } from '../../../src/lib/readers/platforms';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { REAL_PASTES } from '../../fixtures/real-platform-pastes';
import { PLATFORM_PASTES } from '../../fixtures/platform-pastes';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const catalog = islandCatalog(loadModel(), loadPlatforms());
const buildDate = catalog.platforms?.buildDate;

describe('real pasted platform texts', () => {
  test('at least 35 texts, none a copy of the fixed platform pastes', () => {
    const fixed = new Set(PLATFORM_PASTES.map((paste) => paste.text));
    expect(new Set(REAL_PASTES.map((paste) => paste.text)).size).toBeGreaterThanOrEqual(35);
    expect(REAL_PASTES.filter((paste) => fixed.has(paste.text)).map((paste) => paste.name)).toEqual([]);
  });

  for (const paste of REAL_PASTES) {
    test(paste.name, () => {
      const result = identify(paste.text, catalog);
      const { readings } = result.platforms;
      expect(readings.map((r) => `${r.variant.platformId}/${r.variant.variantId}`)).toEqual(paste.variants);
      if (paste.variants.length === 0) {
        if (paste.candidates) expect(result.hostCandidates.map((h) => h.id)).toEqual(paste.candidates);
        return;
      }
      const first = readings[0];
      expect(result.platforms.date).toBe(paste.date ?? buildDate);
      expect(result.platforms.dateFrom).toBe(paste.date ? 'paste' : 'build');
      if (paste.hosts) expect(first?.hosts.map((h) => h.host)).toEqual(paste.hosts);
      if (paste.candidates)
        expect(result.hostCandidates.map((h) => h.id).sort()).toEqual([...paste.candidates].sort());
      if (paste.tag)
        expect(first?.hosts.flatMap((h) => h.tags.map((t) => t.reference)).join(' ')).toContain(paste.tag);
      if (paste.dates) {
        const shown = first?.hosts.length
          ? first.hosts.map((h) => h.dates)
          : (first?.variant.hosts ?? []).map((h) => h.dates);
        expect(shown.join(' ')).toMatch(new RegExp(paste.dates));
      }
      if (paste.defaultSays && first)
        expect(defaultSentence(first, catalog.platforms?.variants ?? [])).toMatch(
          new RegExp(paste.defaultSays),
        );
    });
  }
});

describe('what the paste box says about them', () => {
  test('a removed runner label says what to move to', () => {
    const reading = identify('runs-on: windows-2016', catalog).platforms.readings[0];
    expect(reading?.hosts).toEqual([]);
    expect(replacementSentence(reading?.variant ?? {})).toBe('Move to windows-2025 or windows-2022.');
    const agent = identify("pool:\n  vmImage: 'vs2017-win2016'", catalog).platforms.readings[0];
    expect(replacementSentence(agent?.variant ?? {})).toBe(
      'Move to windows-2025 (vmImage) or windows-2022 (vmImage).',
    );
    expect(
      replacementSentence(identify('runs-on: windows-2022', catalog).platforms.readings[0]?.variant ?? {}),
    ).toBe('');
  });

  test('the label names a platform once, even where the variant name repeats it', () => {
    const desktop = REAL_PASTES.find((paste) => paste.variants[0] === 'docker-desktop/windows-11');
    const label = identify(desktop?.text ?? '', catalog).label;
    expect(label).toBe('Docker Desktop on Windows 11 (Pro, Enterprise, Education)');
    expect(identify('runs-on: windows-2022', catalog).label).toBe('GitHub Actions windows-2022');
  });

  test("a log's own Operating System section settles a moving label during its rollout", () => {
    const log = '2025-09-15T10:15:00Z Requested labels: windows-latest';
    const moving = identify(log, catalog).platforms.readings[0];
    expect(moving?.hosts.map((h) => h.host)).toEqual(['ws2022', 'ws2025']);
    const settled = identify(
      `${log}\n2025-09-15T10:15:05Z Microsoft Windows Server 2022\n2025-09-15T10:15:05Z 10.0.20348`,
      catalog,
    );
    expect(settled.platforms.readings[0]?.hosts.map((h) => h.host)).toEqual(['ws2022']);
  });

  test('a long paste full of pattern look-alikes stays fast', () => {
    const line =
      'Docker Desktop 10.0.26100 Image: windows-2022 osType: Windows os: [windows-2022] amiFamily: Windows2022';
    const text = Array.from({ length: 3000 }, (_, i) => `${String(i)} ${line}`).join('\n');
    const started = performance.now();
    identify(text, catalog);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('job logs', () => {
  test('the header of a hosted job log counts as read once its platform is recognised', () => {
    for (const name of [
      'raw job log of a windows-2025 job',
      'windows-latest raw log before the move (runner image 2022)',
      'Azure Pipelines Initialize job log (agent, runner image 2022)',
    ]) {
      const paste = REAL_PASTES.find((c) => c.name === name);
      expect(identify(paste?.text ?? '', catalog).notUnderstood, name).toEqual([]);
    }
    // Without a recognised platform the same lines stay unexplained, and error lines always do.
    expect(
      identify("Current runner version: '2.329.0'\nHosted Compute Agent", catalog).notUnderstoodCount,
    ).toBe(2);
    const failed = identify(
      'Requested labels: windows-2022\n##[error]Process completed with exit code 1.',
      catalog,
    );
    expect(failed.notUnderstood).toEqual(['##[error]Process completed with exit code 1.']);
  });

  test('an answer narrowed by the paste says so', () => {
    const paste = REAL_PASTES.find((c) => c.name.startsWith('windows-latest raw log during the rollout'));
    const reading = identify(paste?.text ?? '', catalog).platforms.readings[0];
    expect(reading?.narrowed).toBe('several');
    expect(identify('runs-on: windows-2022', catalog).platforms.readings[0]?.narrowed).toBeUndefined();
  });

  test('an undated old log of a moving label is answered for the host its build names, not the build date', () => {
    const oldLog = [
      'Requested labels: windows-latest',
      'Operating System',
      '  Microsoft Windows Server 2022',
      '  10.0.20348',
      'Runner Image',
      '  Image: windows-2022',
      '  Version: 20231115.2.0',
    ].join('\n');
    const result = identify(oldLog, catalog);
    const latest = result.platforms.readings[0];
    expect(latest?.variant.variantId).toBe('windows-latest');
    expect(latest?.hosts.map((h) => h.host)).toEqual(['ws2022']);
    expect(latest?.narrowed).toBe('earlier');
    expect(result.hostCandidates.map((h) => h.id)).toEqual(['ws2022']);
    // A fixed label is never overruled by a build elsewhere in the paste.
    const fixed = identify('runs-on: windows-2025\nMicrosoft Windows [Version 10.0.20348.2700]', catalog);
    expect(fixed.platforms.readings[0]?.hosts.map((h) => h.host)).toEqual(['ws2025']);
  });
});
