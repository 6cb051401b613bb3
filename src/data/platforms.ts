/**
 * Reads the platform collection (content/platforms/) once per build, checks it against the model's hosts
 * and the sources, and hands pages the sorted platforms.
 */
import { getCollection } from 'astro:content';
import { buildPlatforms } from '../lib/platforms/platforms';
import type { Platform } from '../lib/platforms/platform-schema';
import { getModel } from './model';

let cached: Promise<Platform[]> | undefined;

/** The checked, sorted platforms (CI first, then Kubernetes, services, desktop). */
export function getPlatforms(): Promise<Platform[]> {
  cached ??= (async () => {
    const [entries, model] = await Promise.all([getCollection('platforms'), getModel()]);
    return buildPlatforms({
      platforms: entries.map((entry) => ({
        file: typeof entry.filePath === 'string' ? entry.filePath : `content/platforms/${entry.id}.yaml`,
        data: entry.data,
      })),
      hosts: model.hostsById,
      sources: model.sources,
    });
  })();
  return cached;
}
