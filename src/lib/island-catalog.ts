/**
 * The catalog the browser-side parsers get as island props: every field they read, and none of the
 * prose (summaries, notes, support dates, sources), so the page's HTML stays small. Also the compact
 * "where does it run" lists the tag resolver shows. Pure.
 */
import type { Catalog } from './parse';
import type { Model } from './model';
import { runs } from './engine';

/** The model's hosts and images without prose, still typed as full entries for the parsers. */
export function islandCatalog(model: Model): Catalog {
  return {
    hosts: model.hosts.map((host) => ({ ...host, summary: '', notes: [], support: {}, sources: [] })),
    images: model.images.map((image) => ({
      ...image,
      summary: '',
      notes: [],
      support: {},
      sources: [],
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
