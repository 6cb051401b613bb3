/**
 * The update catalogue for pages, endpoints and the paste box: the DataForGeeks snapshot in upstream/
 * with our corrections and container rules from content/updates.yaml, built once per build.
 */
import { parse } from 'yaml';
import updatesYaml from '../../content/updates.yaml?raw';
import buildNumbers from '../../upstream/dataforgeeks/buildnumbers.json';
import snapshotManifest from '../../upstream/snapshots.json';
import { BUILDNUMBERS_FILE, parseBuildNumbers } from '../lib/updates/buildnumbers';
import { buildCatalogue } from '../lib/updates/catalogue';
import type { UpdateCatalogue } from '../lib/updates/catalogue';
import type { ContainerRules } from '../lib/updates/containers';
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
