/**
 * The platform part of the card catalogue: one card per platform page, per variant page and per variant ×
 * image page, at the paths `platform-card.ts` names. Pure; catalog.ts adds these to the site's cards.
 */
import type { Model } from '../../model/model';
import { hostsFor, variantImageAnswer, variantImages } from '../../platforms/platform-answer';
import type { Platform } from '../../platforms/platform-schema';
import { currentHosts, variantLifecycle } from '../../platforms/platforms';
import type { CardContent } from './content';
import {
  platformCard,
  platformCardPath,
  variantCard,
  variantCardPath,
  variantImageCard,
  variantImageCardPath,
} from './platform-card';

export { platformCardPathForPage } from './platform-card';

/** Every platform card, path → content, in the order of the platform pages. */
export function platformCardEntries(model: Model, platforms: readonly Platform[]): [string, CardContent][] {
  const entries: [string, CardContent][] = [];
  for (const platform of platforms) {
    entries.push([platformCardPath(platform.id), platformCard(platform, model)]);
    for (const variant of platform.variants) {
      const [firstEntry] = currentHosts(variant, model.today);
      const firstHost = firstEntry === undefined ? undefined : model.hostsById.get(firstEntry.host);
      const today = hostsFor(model, variant, model.today);
      const life =
        firstHost === undefined ? null : variantLifecycle(platform, variant, firstHost, model.today);
      entries.push([
        variantCardPath(platform.id, variant.id),
        variantCard(platform, variant, today, life, model.today),
      ]);
      for (const image of variantImages(model, platform, variant))
        entries.push([
          variantImageCardPath(platform.id, variant.id, image.id),
          variantImageCard(variantImageAnswer(model, platform, variant, image), model.today),
        ]);
    }
  }
  return entries;
}
