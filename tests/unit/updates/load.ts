/** Reads the real update snapshot and content/updates.yaml for the update tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseBuildNumbers } from '../../../src/lib/upstream/buildnumbers';
import type { BuildNumbersDocument } from '../../../src/lib/upstream/buildnumbers';
import { updatesFileSchema } from '../../../src/lib/updates/schema';
import type { UpdatesFile } from '../../../src/lib/updates/schema';

const ROOT = join(import.meta.dirname, '../../..');

/** The snapshot in upstream/dataforgeeks/. */
export function loadBuildNumbers(): BuildNumbersDocument {
  return parseBuildNumbers(
    JSON.parse(readFileSync(join(ROOT, 'upstream/dataforgeeks/buildnumbers.json'), 'utf8')),
  );
}

/** content/updates.yaml through its schema. */
export function loadUpdatesFile(): UpdatesFile {
  return updatesFileSchema.parse(parse(readFileSync(join(ROOT, 'content/updates.yaml'), 'utf8')));
}
