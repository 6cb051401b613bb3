/** Reads the real snapshots in upstream/ and the real content into the check's input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModelInput } from '../helpers/content';
import { parseCheckConfig } from '../../../src/lib/upstream/check';
import type { CheckInput } from '../../../src/lib/upstream/check';
import { ENDOFLIFE_PRODUCTS, parseEndoflifeProduct } from '../../../src/lib/upstream/endoflife';
import { parseHcsshimSnapshot } from '../../../src/lib/upstream/hcsshim';
import { parseManifest, snapshotDate } from '../../../src/lib/upstream/manifest';
import { HCSSHIM_FILE, endoflifeFile } from '../../../src/lib/upstream/update';

export const UPSTREAM_DIR = join(import.meta.dirname, '../../../upstream');
/** Recorded answers and Go text written for these tests. */
export const FIXTURES = join(import.meta.dirname, '../../fixtures/upstream');

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(UPSTREAM_DIR, file), 'utf8'));

/** The check's input built from the files in the repository. */
export function loadCheckInput(): CheckInput {
  const manifest = parseManifest(readJson('snapshots.json'));
  const model = loadModelInput();
  return {
    hosts: model.hosts.map((entry) => entry.data),
    images: model.images.map((entry) => entry.data),
    stableAbiBuilds: model.rules.stableAbiBuilds,
    endoflife: ENDOFLIFE_PRODUCTS.map((product) => ({
      ...parseEndoflifeProduct(readJson(endoflifeFile(product)), `upstream/${endoflifeFile(product)}`),
      taken: snapshotDate(manifest, endoflifeFile(product)),
    })),
    hcsshim: {
      ...parseHcsshimSnapshot(readJson(HCSSHIM_FILE), `upstream/${HCSSHIM_FILE}`),
      taken: snapshotDate(manifest, HCSSHIM_FILE),
    },
    config: parseCheckConfig(readJson('checks.json')),
  };
}
