/**
 * Platform changes in "What changed": each variant's own dated `changes` (content/platforms/), up to the
 * reference day, as entries of the change log, labelled as platform changes and linking the variant's
 * page. Derived from the platform data, so nothing is copied into content/changes.yaml. Pure.
 */
import { variantPath } from '../platforms/platform-core';
import type { Platform } from '../platforms/platform-schema';
import { sortChanges } from './changes';
import type { ResolvedChange } from './changes';

/** The anchor of a platform change on /changes/, unique across the page. */
function anchor(platformId: string, variantId: string, date: string, seen: Map<string, number>): string {
  const base = `platform-${platformId}-${variantId}-${date}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${String(count)}`;
}

/** Every variant change dated on or before `today`, as change-log entries, newest first. */
export function platformChangeEntries(platforms: readonly Platform[], today: string): ResolvedChange[] {
  const seen = new Map<string, number>();
  const entries = platforms.flatMap((platform) =>
    platform.variants.flatMap((variant) =>
      variant.changes
        .filter((change) => change.date <= today)
        .map((change): ResolvedChange => ({
          id: anchor(platform.id, variant.id, change.date, seen),
          date: change.date,
          kind: 'platform-changed',
          hosts: [],
          images: [],
          platforms: [platform.id],
          summary: change.text,
          sources: change.sources,
          subjects: [
            {
              id: variant.id,
              kind: 'platform',
              name: `${platform.shortName} ${variant.name}`,
              path: variantPath(platform.id, variant.id),
            },
          ],
        })),
    ),
  );
  return sortChanges(entries);
}

/**
 * The recorded changes and the platform changes in one log, newest first; on one day the recorded ones
 * come first, since they are what this site changed that day.
 */
export function withPlatformChanges(
  recorded: readonly ResolvedChange[],
  platforms: readonly Platform[],
  today: string,
): ResolvedChange[] {
  return sortChanges([...recorded, ...platformChangeEntries(platforms, today)]);
}
