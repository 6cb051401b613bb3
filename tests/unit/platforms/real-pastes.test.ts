/**
 * Adversarial platform texts (tests/fixtures/real-platform-pastes.ts) through the paste box's own entry point:
 * each must be read as exactly the variants listed (none for look-alikes), with the hosts, date, tag and
 * platform dates the answer shows.
 */
import { describe, expect, test } from 'vitest';
import { identify } from '../../../src/lib/readers';
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
    });
  }
});
