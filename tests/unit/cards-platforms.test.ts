/**
 * Platform cards: every platform, variant and variant × image page has its own card, and a variant × image
 * card states the verdict within the platform's modes, the tag and the platform's own date.
 */
import { describe, expect, test } from 'vitest';
import { cardCatalog, cardForPage } from '../../src/lib/outputs/cards/catalog';
import type { CardContent } from '../../src/lib/outputs/cards/content';
import { CARD_LIMITS } from '../../src/lib/outputs/cards/content';
import {
  platformCardPath,
  variantCardPath,
  variantImageCardPath,
} from '../../src/lib/outputs/cards/platform-card';
import { variantImages } from '../../src/lib/platforms/platform-answer';
import { platformPath, variantImagePath, variantPath } from '../../src/lib/platforms/platform-core';
import { loadModel } from './helpers/content';
import { loadPlatforms } from './helpers/platforms';

const model = loadModel();
const platforms = loadPlatforms();
const catalog = cardCatalog(model, [], platforms);

function card(path: string): CardContent {
  const found = catalog.get(path);
  if (!found) throw new Error(`no card ${path}`);
  return found;
}

describe('platform cards', () => {
  test('every platform, variant and variant × image page shows its own card, not the site card', () => {
    const missing: string[] = [];
    for (const platform of platforms) {
      const pages = [
        [platformPath(platform.id), platformCardPath(platform.id)],
        ...platform.variants.flatMap((variant) => [
          [variantPath(platform.id, variant.id), variantCardPath(platform.id, variant.id)],
          ...variantImages(model, platform, variant).map((image) => [
            variantImagePath(platform.id, variant.id, image.id),
            variantImageCardPath(platform.id, variant.id, image.id),
          ]),
        ]),
      ];
      for (const [page = '', expected] of pages)
        if (cardForPage(catalog, page).path !== expected) missing.push(page);
    }
    expect(missing).toEqual([]);
    expect([...catalog.keys()].filter((path) => path.startsWith('/og/platforms/')).length).toBeGreaterThan(
      100,
    );
  });

  test('an image AKS cannot run with process isolation: Hyper-V "Not offered", the alternative, AKS date', () => {
    const content = card(variantImageCardPath('aks', 'windows2022', 'servercore-ltsc2019'));
    expect(content.verdicts.map((v) => `${v.mode}: ${v.word}`)).toEqual([
      'Process isolation: Does not run',
      'Hyper-V isolation: Not offered',
    ]);
    expect(content.accent).toBe('unsupported');
    expect(content.note).toBe('Instead: servercore:ltsc2022 · AKS retires it on 2028-06-30');
    expect(content.alt).toContain('Does not run on AKS');
  });

  test('a matching pair says the tag and the platform date, and its card differs from the mismatched one', () => {
    const content = card(variantImageCardPath('aks', 'windows2022', 'servercore-ltsc2022'));
    expect(content.verdicts[0]?.word).toBe('Supported');
    expect(content.note).toBe('Use servercore:ltsc2022 · AKS retires it on 2028-06-30');
    expect(content.alt).toContain('Tag: mcr.microsoft.com/windows/servercore:ltsc2022.');
    expect(content).not.toEqual(card(variantImageCardPath('aks', 'windows2022', 'servercore-ltsc2019')));
  });

  test('a retired variant says so in the past tense, with its date', () => {
    expect(card(variantCardPath('aks', 'windows2019')).note).toBe('AKS retired it on 2026-03-01');
  });

  test('windows-latest cards answer for the host it gives on the reference date (WS 2025)', () => {
    expect(card(variantCardPath('github-actions', 'windows-latest')).subtitle).toContain('2025');
    expect(
      card(variantImageCardPath('github-actions', 'windows-latest', 'servercore-ltsc2025')).subtitle,
    ).toMatch(/2025\)$/);
  });

  test('the platform card names the modes it offers and its next date', () => {
    const aks = card(platformCardPath('aks'));
    expect(aks.subtitle).toMatch(/process isolation only/);
    expect(aks.note).toMatch(/^Next: \d{4}-\d{2}-\d{2}, /);
  });

  test('every platform card line fits the card limits', () => {
    const tooLong = [...catalog]
      .filter(([path]) => path.startsWith('/og/platforms/'))
      .filter(
        ([, c]) =>
          c.title.length > CARD_LIMITS.title ||
          (c.subtitle ?? '').length > CARD_LIMITS.subtitle ||
          (c.note ?? '').length > CARD_LIMITS.note,
      )
      .map(([path]) => path);
    expect(tooLong).toEqual([]);
  });
});
