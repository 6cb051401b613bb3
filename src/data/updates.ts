/**
 * The update catalogue for pages, endpoints and the paste box: the DataForGeeks snapshot in upstream/
 * with our corrections and container rules from content/updates.yaml, built once per build.
 */
import { parse } from 'yaml';
import updatesYaml from '../../content/updates.yaml?raw';
import buildNumbers from '../../upstream/dataforgeeks/buildnumbers.json';
import snapshotManifest from '../../upstream/snapshots.json';
import { BUILDNUMBERS_FILE, parseBuildNumbers } from '../lib/upstream/buildnumbers';
import { buildCatalogue } from '../lib/updates/catalogue';
import type { UpdateCatalogue } from '../lib/updates/catalogue';
import type { BuildTag, ContainerRules } from '../lib/updates/containers';
import type { Image } from '../lib/knowledge/schema';
import { newestImageTag } from '../lib/updates/pages';
import type { RevisionRules } from '../lib/updates/compare';
import { updatesFileSchema } from '../lib/updates/schema';
import { parseManifest, snapshotDate } from '../lib/upstream/manifest';

/** Everything the update pages need. */
export interface UpdateData {
  catalogue: UpdateCatalogue;
  containers: ContainerRules;
  revisions: RevisionRules;
  /** The day the update snapshot was taken: "as of" for every newest-tag answer. */
  asOf: string;
}

let cached: UpdateData | undefined;

/** The catalogue and rules, read and validated once. */
export function getUpdates(): UpdateData {
  if (cached) return cached;
  const file = updatesFileSchema.parse(parse(updatesYaml));
  cached = {
    catalogue: buildCatalogue(parseBuildNumbers(buildNumbers).rows, file.catalogue),
    containers: file.containers,
    revisions: file.revisions,
    asOf: snapshotDate(parseManifest(snapshotManifest), BUILDNUMBERS_FILE),
  };
  return cached;
}

const newestByImage = new Map<string, BuildTag | undefined>();

/** The newest build tag of an image as of the data date, computed once per image for all its cell pages. */
export function newestTagOf(image: Image): BuildTag | undefined {
  if (!newestByImage.has(image.id)) {
    const { catalogue, containers, asOf } = getUpdates();
    newestByImage.set(image.id, newestImageTag(image, catalogue, containers, asOf));
  }
  return newestByImage.get(image.id);
}
