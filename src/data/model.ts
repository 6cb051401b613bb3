/**
 * The one module that reads the content collections. It builds the model once per build (cached) and
 * hands it to pages, endpoints and island props; pages never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { buildModel } from '../lib/model/model';
import type { FromFile, Model } from '../lib/model/model';
import { newestSnapshotDate, parseManifest } from '../lib/upstream/manifest';
import snapshotManifest from '../../upstream/snapshots.json';

/** The one "data checked against sources on" date: the newest snapshot in upstream/ (see upstream/README.md). */
export const dataCheckedOn: string = newestSnapshotDate(parseManifest(snapshotManifest));

/** The date lifecycle states are computed for: the build date, or TODAY=YYYY-MM-DD for reproducible builds. */
function buildDate(): string {
  return process.env.TODAY ?? new Date().toISOString().slice(0, 10);
}

function withFile<C extends CollectionKey>(
  collection: C,
  entries: CollectionEntry<C>[],
): FromFile<CollectionEntry<C>['data']>[] {
  return entries.map((entry) => ({
    file:
      'filePath' in entry && typeof entry.filePath === 'string'
        ? entry.filePath
        : `content/${collection}/${entry.id}`,
    data: entry.data,
  }));
}

let cached: Promise<Model> | undefined;

/** The compatibility model, built once and shared by every page of the build. */
export function getModel(): Promise<Model> {
  cached ??= (async () => {
    const [hosts, images, exceptions, sources, rules] = await Promise.all([
      getCollection('hosts'),
      getCollection('images'),
      getCollection('exceptions'),
      getCollection('sources'),
      getCollection('rules'),
    ]);
    const engineRules = rules.find((entry) => entry.id === 'engine');
    if (!engineRules) throw new Error('content/rules.yaml: expected a top-level "engine:" entry');
    return buildModel({
      hosts: withFile('hosts', hosts),
      images: withFile('images', images),
      exceptions: withFile('exceptions', exceptions),
      sources: sources.map((entry) => entry.data),
      // The API's `generated` and every page show the snapshot date, not a hand-typed one.
      rules: engineRules.data,
      dataCheckedOn,
      today: buildDate(),
    });
  })();
  return cached;
}

/** Facts the site shell shows on every page (footer). */
export async function getSiteFacts(): Promise<{ dataDate: string; hostCount: number; imageCount: number }> {
  const model = await getModel();
  return { dataDate: dataCheckedOn, hostCount: model.hosts.length, imageCount: model.images.length };
}
