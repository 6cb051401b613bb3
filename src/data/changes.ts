/**
 * Reads the data-change log (content/changes.yaml) and resolves its subjects against the model. Kept
 * apart from model.ts so the change log can grow without touching the model's reader.
 */
import { getCollection } from 'astro:content';
import { resolveChanges } from '../lib/outputs/changes';
import type { ResolvedChange } from '../lib/outputs/changes';
import { withPlatformChanges } from '../lib/outputs/platform-changes';
import { getModel } from './model';
import { getPlatforms } from './platforms';

let cached: Promise<ResolvedChange[]> | undefined;

/** Every recorded data change and every dated platform change, newest first, with named and linked subjects. */
export function getChanges(): Promise<ResolvedChange[]> {
  cached ??= (async () => {
    const [entries, model, platforms] = await Promise.all([
      getCollection('changes'),
      getModel(),
      getPlatforms(),
    ]);
    const recorded = resolveChanges(
      entries.map((entry) => entry.data),
      model,
      platforms,
    );
    return withPlatformChanges(recorded, platforms, model.today);
  })();
  return cached;
}
