/**
 * Reads the platform collection (content/platforms/) once per build, checks it against the model's hosts
 * and the sources, and hands pages the sorted platforms.
 */
import { getCollection } from 'astro:content';
import { buildPlatforms } from '../lib/platforms/platforms';
import { platformSchema } from '../lib/platforms/platform-schema';
import type { Platform, PlatformVariant } from '../lib/platforms/platform-schema';
import { variantImages } from '../lib/platforms/platform-answer';
import type { Image } from '../lib/knowledge/schema';
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

/** One variant × image pair that has pages: its answer page, badge and card. */
export interface VariantImageRoute {
  params: { platform: string; variant: string; image: string };
  props: { platform: Platform; variant: PlatformVariant; image: Image };
}

let pairs: Promise<VariantImageRoute[]> | undefined;

/**
 * Every variant × image pair with pages (images that run on the variant's hosts in some mode), worked out
 * once per build. Each call returns a fresh array: Astro stores each route's path index on the array its
 * `getStaticPaths` returns (`keyed`), so the page, badge and card routes must not share one.
 */
export async function getVariantImageRoutes(): Promise<VariantImageRoute[]> {
  pairs ??= (async () => {
    const [model, platforms] = await Promise.all([getModel(), getPlatforms()]);
    return platforms.flatMap((platform) =>
      platform.variants.flatMap((variant) =>
        variantImages(model, platform, variant).map((image) => ({
          params: { platform: platform.id, variant: variant.id, image: image.id },
          props: { platform, variant, image },
        })),
      ),
    );
  })();
  return [...(await pairs)];
}
