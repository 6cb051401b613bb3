import { describe, expect, test } from 'vitest';
import { identify } from '../../../src/lib/readers';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { forbiddenModeNotes, pasteDate, readPlatforms } from '../../../src/lib/readers/platforms';
import { PLATFORM_PASTES } from '../../fixtures/platform-pastes';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const model = loadModel();
const catalog = islandCatalog(model, loadPlatforms());
const known = new Set(catalog.platforms?.variants.map((v) => `${v.platformId}/${v.variantId}`));

describe('the paste reader recognises platform texts (data-driven list)', () => {
  test('the list holds at least 25 distinct texts, each about a variant in the data (none is skipped)', () => {
    expect(new Set(PLATFORM_PASTES.map((paste) => paste.text)).size).toBeGreaterThanOrEqual(25);
    expect(PLATFORM_PASTES.filter((paste) => !known.has(`${paste.platform}/${paste.variant}`))).toEqual([]);
  });

  for (const paste of PLATFORM_PASTES) {
    test(paste.name, () => {
      const result = identify(paste.text, catalog);
      const reading = result.platforms.readings.find(
        (r) => r.variant.platformId === paste.platform && r.variant.variantId === paste.variant,
      );
      expect(
        reading,
        `readings: ${result.platforms.readings.map((r) => r.variant.variantId).join(', ')}`,
      ).toBeDefined();
      expect(result.platforms.readings[0]?.variant.variantId).toBe(paste.variant);
      if (paste.hosts) expect(reading?.hosts.map((h) => h.host)).toEqual(paste.hosts);
      expect(result.platforms.date).toBe(paste.date ?? catalog.platforms?.buildDate);
      expect(result.platforms.dateFrom).toBe(paste.date ? 'paste' : 'build');
      if (paste.hosts && paste.hosts.length > 0)
        expect(result.hostCandidates.map((h) => h.id).sort()).toEqual([...paste.hosts].sort());
      if (paste.dates) expect(reading?.hosts.map((h) => h.dates).join(' ')).toMatch(new RegExp(paste.dates));
    });
  }
});

describe('the reader itself', () => {
  test('takes the first timestamp of a log and ignores plain dates', () => {
    expect(pasteDate(['retires 2028-06-30', '2025-09-10T08:01:02.1234567Z Run'])).toBe('2025-09-10');
    expect(pasteDate(['2024-01-02 03:04:05 kubelet started'])).toBe('2024-01-02');
    expect(pasteDate(['released 2025-09-02'])).toBeUndefined();
  });

  test('the timestamp line of a log counts as read when it dated a platform answer', () => {
    const result = identify('runs-on: windows-2022\n2025-10-06T07:00:01.0000000Z Starting job', catalog);
    expect(result.platforms.usedLines).toEqual([0, 1]);
    expect(result.notUnderstood).toEqual([]);
  });

  test('without a platform catalog it finds nothing and never throws', () => {
    expect(readPlatforms(['runs-on: windows-latest'], undefined).readings).toEqual([]);
  });

  test('a platform text is labelled as a platform and its hosts win over the host reader', () => {
    const result = identify('runs-on: windows-2022', catalog);
    expect(result.kind).toBe('platform');
    expect(result.label).toMatch(/windows-2022/);
    expect(result.hostCandidates.map((h) => h.id)).toEqual(['ws2022']);
    expect(result.notUnderstoodCount).toBe(0);
  });

  test('a long paste stays fast', () => {
    const text = Array.from(
      { length: 4000 },
      (_, i) => `line ${i} runs-on: windows-2022 kubernetes.azure.com/os-sku=Windows2022`,
    ).join('\n');
    const started = performance.now();
    readPlatforms(text.split('\n'), catalog.platforms);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('cell answers under a recognised platform', () => {
  test('say that AKS does not allow Hyper-V isolation where the host verdict says it runs', () => {
    const text =
      'az aks nodepool add --name win22 --os-type Windows --os-sku Windows2022\nFROM mcr.microsoft.com/windows/servercore:ltsc2019';
    const { readings } = identify(text, catalog).platforms;
    expect(readings.map((r) => r.variant.platformId)).toContain('aks');
    expect(forbiddenModeNotes(readings, { process: 'unsupported', hyperv: 'supported' })).toEqual([
      expect.stringMatching(
        /^AKS .* does not allow Hyper-V isolation: that verdict is the host's, not an option there\.$/,
      ),
    ]);
    // Nothing to add when the forbidden mode does not run anyway, or no platform was recognised.
    expect(forbiddenModeNotes(readings, { process: 'supported', hyperv: 'unsupported' })).toEqual([]);
    expect(forbiddenModeNotes([], { process: 'supported', hyperv: 'supported' })).toEqual([]);
  });
});
