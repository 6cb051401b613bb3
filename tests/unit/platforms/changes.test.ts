/** Platform changes on "What changed": derived from the variants' dated changes, labelled and linked. */
import { describe, expect, test } from 'vitest';
import { CHANGE_KIND_LABEL, changeTitle } from '../../../src/lib/outputs/changes';
import type { ResolvedChange } from '../../../src/lib/outputs/changes';
import { platformChangeEntries, withPlatformChanges } from '../../../src/lib/outputs/platform-changes';
import { loadPlatforms } from '../helpers/platforms';

const platforms = loadPlatforms();
const TODAY = '2026-11-23';
const entries = platformChangeEntries(platforms, TODAY);

function find(predicate: (entry: ResolvedChange) => boolean): ResolvedChange {
  const found = entries.find(predicate);
  if (!found) throw new Error('no such platform change');
  return found;
}

describe('platform changes in the change log', () => {
  test('AKS retiring Windows Server 2019 node pools on 2026-03-01 is a platform change linking the variant', () => {
    const retired = find(
      (e) => e.date === '2026-03-01' && e.platforms.includes('aks') && e.subjects[0]?.id === 'windows2019',
    );
    expect(CHANGE_KIND_LABEL[retired.kind]).toBe('Platform change');
    expect(retired.subjects).toEqual([
      expect.objectContaining({ kind: 'platform', path: '/platforms/aks/windows2019/' }),
    ]);
    expect(retired.sources.length).toBeGreaterThan(0);
    expect(changeTitle(retired)).toMatch(/^Platform change: AKS Windows Server 2019/);
  });

  test('windows-latest moving to Windows Server 2025 in September 2025 is listed', () => {
    const moved = find(
      (e) =>
        e.date === '2025-09-02' &&
        e.platforms.includes('github-actions') &&
        e.subjects[0]?.id === 'windows-latest',
    );
    expect(moved.summary).toMatch(/Windows Server 2025/);
    expect(moved.subjects[0]?.path).toBe('/platforms/github-actions/windows-latest/');
    // Azure Pipelines jobs took part in the same rollout (AZFUNC-SQL-1202), so its label lists the day too.
    const pipelines = find((e) => e.date === '2025-09-02' && e.platforms.includes('azure-pipelines'));
    expect(pipelines.subjects[0]?.path).toBe('/platforms/azure-pipelines/windows-latest/');
  });

  test('changes after the reference day are left to the calendars, and anchors are unique', () => {
    expect(entries.every((e) => e.date <= TODAY)).toBe(true);
    expect(platformChangeEntries(platforms, '2020-01-01').length).toBeLessThan(entries.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('merged with the recorded log: newest first, a recorded entry first on its day', () => {
    const recorded: ResolvedChange = {
      id: 'recorded',
      date: '2026-03-01',
      kind: 'date-changed',
      hosts: ['ws2019'],
      images: [],
      platforms: [],
      summary: 'A recorded change.',
      sources: ['X'],
      subjects: [],
    };
    const merged = withPlatformChanges([recorded], platforms, TODAY);
    const dates = merged.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(merged.find((e) => e.date === '2026-03-01')?.id).toBe('recorded');
    expect(merged.length).toBe(entries.length + 1);
  });
});
