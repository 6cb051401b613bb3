/**
 * The status line of platform answers: a retired variant says so with its date and where to move, a
 * supported one says until when, and "What changes next" counts a coming retirement.
 */
import { describe, expect, test } from 'vitest';
import {
  relativeTime,
  statusHeadline,
  upcomingEnds,
  variantStatus,
} from '../../../src/lib/site/platform-status';
import { variantLabel } from '../../../src/lib/outputs/platform-share';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const model = loadModel();
const platforms = loadPlatforms();
const TODAY = '2026-12-03';

function variantOf(platformId: string, variantId: string) {
  const platform = platforms.find((p) => p.id === platformId);
  const variant = platform?.variants.find((v) => v.id === variantId);
  if (!platform || !variant) throw new Error(`no ${platformId}/${variantId}`);
  return { platform, variant };
}

describe('relativeTime', () => {
  test('says days, months or years, before or after', () => {
    expect(relativeTime('2026-12-03', TODAY)).toBe('today');
    expect(relativeTime('2026-12-15', TODAY)).toBe('in 12 days');
    expect(relativeTime('2026-03-01', TODAY)).toBe('9 months ago');
    expect(relativeTime('2028-06-30', TODAY)).toBe('in 1 year and 7 months');
    expect(relativeTime('2024-12-03', TODAY)).toBe('2 years ago');
  });
});

describe('variantStatus', () => {
  test('an ended variant’s headline says removed or out of support; a supported one is left alone', () => {
    const at = (platformId: string, variantId: string) => {
      const { platform, variant } = variantOf(platformId, variantId);
      return variantStatus(platform, variant, model.hostsById, TODAY);
    };
    const runs = 'Runs with process isolation';
    expect(statusHeadline(runs, at('github-actions', 'windows-2016'))).toBe(
      `${runs} (removed on 2022-03-15)`,
    );
    expect(statusHeadline(runs, at('aks', 'windows2019'))).toBe(`${runs}; out of support since 2026-03-01`);
    expect(statusHeadline(runs, at('aks', 'windows2022'))).toBe(runs);
  });

  test('a removed variant whose data names replacements moves to those, in the data order', () => {
    const { platform, variant } = variantOf('github-actions', 'windows-2016');
    const status = variantStatus(platform, variant, model.hostsById, TODAY);
    expect(status.state).toBe('ended');
    expect(status.title).toBe('Removed');
    expect(status.moveTo.map((target) => target.variantId)).toEqual(['windows-2025', 'windows-2022']);
  });

  test('a variant the platform retired says retired, the date, how long ago and where to move', () => {
    const { platform, variant } = variantOf('aks', 'windows2019');
    const status = variantStatus(platform, variant, model.hostsById, TODAY);
    expect(status.state).toBe('ended');
    expect(status.title).toBe('Retired');
    expect(status.date).toBe('2026-03-01');
    expect(status.sentence).toContain('2026-03-01 (9 months ago)');
    const targets = status.moveTo.map((target) => target.variantId);
    expect(targets).toContain('windows2022');
    expect(targets).not.toContain('windows2019');
    expect(targets).not.toContain('windows-annual');
  });

  test('a supported variant names whose date decides and how far away it is', () => {
    const { platform, variant } = variantOf('aks', 'windows2022');
    const status = variantStatus(platform, variant, model.hostsById, TODAY);
    expect(status.state).toBe('supported');
    expect(status.moveTo).toEqual([]);
    expect(status.sentence).toContain("on AKS until 2028-06-30 (in 1 year and 7 months): AKS's own date");
  });
});

describe('upcomingEnds', () => {
  test('a coming retirement is a change still to come; a past one is not', () => {
    const { platform } = variantOf('aks', 'windows2022');
    const ends = upcomingEnds(platform, ['windows2022', 'windows2019'], TODAY);
    expect(ends.map((end) => `${end.variantId} ${end.date}`)).toEqual([
      'windows2022 2028-06-30',
      'windows2022 2029-06-30',
      'windows2019 2027-04-01',
    ]);
    expect(ends.every((end) => end.sources.length > 0)).toBe(true);
  });
});

describe('variantLabel', () => {
  test('does not repeat the platform when the variant name starts with it', () => {
    const ecs = variantOf('ecs', 'ec2-windows-2022');
    expect(variantLabel(ecs.platform, ecs.variant)).not.toMatch(/^ECS ECS/);
    const aks = variantOf('aks', 'windows2022');
    expect(variantLabel(aks.platform, aks.variant)).toMatch(/^AKS Windows Server 2022/);
  });
});

describe('moving labels', () => {
  test('windows-latest is a moving label, not a variant supported until its host ends', () => {
    const { platform, variant } = variantOf('github-actions', 'windows-latest');
    const status = variantStatus(platform, variant, model.hostsById, TODAY);
    expect(status.state).toBe('moving');
    expect(status.sentence).toContain('windows-latest gives Windows Server 2025 today');
  });
});
