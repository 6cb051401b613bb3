/**
 * Reads the platform collection (content/platforms/) once per build, checks it against the model's hosts
 * and the sources, and hands pages the sorted platforms.
 */
import { getCollection } from 'astro:content';
import { buildPlatforms } from '../lib/platforms/platforms';
import { platformSchema } from '../lib/platforms/platform-schema';
import type { Platform } from '../lib/platforms/platform-schema';
import { ContentError } from '../lib/model/model';
import { getModel } from './model';

let cached: Promise<Platform[]> | undefined;

/** The checked, sorted platforms (CI first, then Kubernetes, services, desktop). */
export function getPlatforms(): Promise<Platform[]> {
  cached ??= (async () => {
    const [entries, model] = await Promise.all([getCollection('platforms'), getModel()]);
    return buildPlatforms({
      platforms: entries.map((entry) => {
        const file =
          typeof entry.filePath === 'string' ? entry.filePath : `content/platforms/${entry.id}.yaml`;
        return { file, data: currentSchema(file, entry.data) };
      }),
      hosts: model.hostsById,
      sources: model.sources,
    });
  })();
  return cached;
}

/**
 * The entry parsed again with today's schema. Astro's content cache keeps what the schema of an earlier
 * build made of an unchanged file (its digest covers content.config.ts, not the schema modules it
 * imports), so a field added with a default would be missing until the cache is cleared.
 */
function currentSchema(file: string, data: unknown): Platform {
  const parsed = platformSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new ContentError(file, issue?.path.join('.') ?? '', issue?.message ?? 'a valid platform');
}
