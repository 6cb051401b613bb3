/**
 * Loads the real content/platforms files through the real schema and builds the platform model, so unit
 * tests check the platform data users will see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FromFile } from '../../../src/lib/model/model';
import { platformSchema } from '../../../src/lib/platforms/platform-schema';
import type { Platform } from '../../../src/lib/platforms/platform-schema';
import { buildPlatforms } from '../../../src/lib/platforms/platforms';
import type { PlatformsInput } from '../../../src/lib/platforms/platforms';
import { CONTENT_DIR, loadModel, loadModelInput } from './content';

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** The raw YAML of every platform file, by file path (for tests that break a fact). */
export function rawPlatforms(): { file: string; raw: unknown }[] {
  const dir = join(CONTENT_DIR, 'platforms');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({
      file: `content/platforms/${name}`,
      raw: readYaml(join(dir, name)),
    }));
}

/** The validated platform files. */
export function platformFiles(): FromFile<Platform>[] {
  return rawPlatforms().map(({ file, raw }) => ({ file, data: platformSchema.parse(raw) }));
}

/** What `buildPlatforms` needs, from the real content. */
export function loadPlatformsInput(): PlatformsInput {
  const model = loadModel();
  return {
    platforms: platformFiles(),
    hosts: model.hostsById,
    sources: new Map(loadModelInput().sources.map((source) => [source.id, source])),
  };
}

/** The checked, sorted platforms of the real content. */
export function loadPlatforms(): Platform[] {
  return buildPlatforms(loadPlatformsInput());
}
