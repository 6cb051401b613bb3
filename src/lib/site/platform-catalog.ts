/**
 * The platform part of the paste box's catalog: every variant's patterns, hosts over time, allowed isolation
 * modes, the best tag of each family on each host within those modes, and the dates sentence for the build
 * date. Precomputed here so the browser needs neither the schemas nor the lifecycle code. Pure.
 */
import type { Model } from '../model/model';
import { platformChoice, variantImages } from '../platforms/platform-answer';
import type { Platform } from '../platforms/platform-schema';
import type { PlatformCatalog, PlatformTag } from '../readers/platforms';
import { variantIsolation, variantLifecycle } from '../platforms/platforms';
import { imageFamilies } from '../knowledge/vocabulary';

/** The reader's and answer's view of every platform variant. */
export function platformCatalog(model: Model, platforms: readonly Platform[]): PlatformCatalog {
  return {
    buildDate: model.today,
    defaults: platforms.flatMap((platform) =>
      platform.defaults.map((entry) => ({
        platformId: platform.id,
        platformName: platform.shortName,
        id: entry.id,
        name: entry.name,
        versionName: entry.versionName,
        match: entry.match,
        versionMatch: entry.versionMatch,
        rules: entry.rules.map((rule) => ({
          from: rule.from,
          to: rule.to,
          variantIds: rule.variants,
          note: rule.note,
        })),
      })),
    ),
    variants: platforms.flatMap((platform) =>
      platform.variants.map((variant) => {
        const rules = variantIsolation(platform, variant);
        return {
          platformId: platform.id,
          platformName: platform.shortName,
          variantId: variant.id,
          variantName: variant.name,
          match: variant.match,
          allows: { process: rules.process.allowed, hyperv: rules.hyperv.allowed },
          pages: variantImages(model, platform, variant).map((image) => image.id),
          replacedBy: variant.replacedBy?.variants.map(
            (id) => platform.variants.find((other) => other.id === id)?.name ?? id,
          ),
          hosts: variant.hosts.flatMap((entry) => {
            const host = model.hostsById.get(entry.host);
            if (!host) return [];
            const tags = imageFamilies.flatMap((family): PlatformTag[] => {
              const choice = platformChoice(model, platform, variant, host.id, family);
              return choice ? [{ family, reference: choice.reference, isolation: choice.isolation }] : [];
            });
            return [
              {
                host: entry.host,
                from: entry.from,
                to: entry.to,
                tags,
                dates: variantLifecycle(platform, variant, host, model.today).label,
              },
            ];
          }),
        };
      }),
    ),
  };
}
