/**
 * The catalog the browser-side parsers get as island props: every field they read, and none of the
 * prose (summaries, notes, support facts, sources), so the page's HTML stays small; plus each host's and
 * image's last day of support for the fleet answer (`supportEnds`); plus the compact
 * verdict table (`src/lib/readers/verdicts.ts` documents its encoding) so the paste box can answer a
 * host-and-image paste with the cell's verdicts, tag and advice (alternative, reason, end dates). Also the compact "where does it
 * run" lists the tag resolver shows. Pure.
 */
import type { Catalog } from '../readers';
import { encodeVerdicts } from '../readers/verdicts';
import type { PasteCatalog } from '../readers/verdicts';
import type { Model } from '../model/model';
import { runs } from '../knowledge/engine';
import { hostLifecycle } from '../knowledge/lifecycle';
import { supportEnds } from '../advice/support-ends';
import { platformCatalog } from './platform-catalog';
import type { Platform } from '../platforms/platform-schema';

/** The model's hosts and images without prose, still typed as full entries for the parsers, and the platforms. */
export function islandCatalog(model: Model, platforms: readonly Platform[] = []): PasteCatalog {
  const catalog = proseFreeCatalog(model);
  const verdicts = encodeVerdicts(catalog, (hostId, imageId) => {
    const cell = model.cell(hostId, imageId);
    return {
      process: cell.verdict.process.verdict,
      hyperv: cell.verdict.hyperv.verdict,
      alternativeImageId: cell.advice.alternative?.id ?? null,
      alternativeReason: cell.advice.alternative?.reason ?? null,
      limit: cell.advice.limit,
    };
  });
  const withPlatforms = platforms.length > 0 ? { platforms: platformCatalog(model, platforms) } : {};
  return {
    ...catalog,
    verdicts,
    lifecycleLabels: lifecycleLabels(model),
    supportEnds: supportEnds(model.hosts, model.images, model.today),
    ...withPlatforms,
  };
}

/** Each host's and each long-term edition's support state, as one sentence for the build date. */
function lifecycleLabels(model: Model): Record<string, string> {
  return Object.fromEntries(
    model.hosts.flatMap((host) => {
      const life = hostLifecycle(host, model.today);
      return [
        [host.id, life.label] as const,
        ...life.entries.flatMap((entry) =>
          entry.editionId === null ? [] : [[`${host.id}#${entry.editionId}`, entry.label] as const],
        ),
      ];
    }),
  );
}

/** Hosts (editions without their dates and sources) and images without prose. */
function proseFreeCatalog(model: Model): Catalog {
  return {
    hosts: model.hosts.map((host) => ({
      ...host,
      summary: '',
      notes: [],
      support: {},
      sources: [],
      upstream: [],
      editions: host.editions.map((edition) => ({ ...edition, support: {}, sources: [], upstream: [] })),
    })),
    images: model.images.map((image) => ({
      ...image,
      summary: '',
      notes: [],
      support: {},
      sources: [],
      upstream: [],
      tagForms: image.tagForms.map((form) => ({ ...form, sources: [] })),
      missingTags: image.missingTags.map((missing) => ({ ...missing, sources: [] })),
    })),
  };
}

/** For each image id, the hosts where it runs with process isolation and with Hyper-V isolation. */
export type RunsOn = Record<string, { process: string[]; hyperv: string[] }>;

/** Where every image runs, from the model's verdicts. */
export function runsOn(model: Model): RunsOn {
  return Object.fromEntries(
    model.images.map((image) => [
      image.id,
      {
        process: model.hosts
          .filter((host) => runs(model.cell(host.id, image.id).verdict.process.verdict))
          .map((h) => h.id),
        hyperv: model.hosts
          .filter((host) => runs(model.cell(host.id, image.id).verdict.hyperv.verdict))
          .map((h) => h.id),
      },
    ]),
  );
}
