/**
 * Loads the real content/ files through the same schemas the build uses and builds the model, so
 * unit tests check the data users will see without running Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildModel } from '../../../src/lib/model/model';
import type { FromFile, Model, ModelInput } from '../../../src/lib/model/model';
import {
  exceptionSchema,
  hostSchema,
  imageSchema,
  rulesSchema,
  sourceSchema,
} from '../../../src/lib/knowledge/schema';
import type { z } from 'astro/zod';

export const CONTENT_DIR = join(import.meta.dirname, '../../../content');

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

function loadFolder<S extends z.ZodType>(folder: string, schema: S): FromFile<z.infer<S>>[] {
  const dir = join(CONTENT_DIR, folder);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ file: `content/${folder}/${name}`, data: schema.parse(readYaml(join(dir, name))) }));
}

/** The validated inputs of the model, read from content/. */
export function loadModelInput(today = '2026-11-23'): ModelInput {
  const exceptions = (readYaml(join(CONTENT_DIR, 'exceptions.yaml')) as unknown[]).map((entry) => ({
    file: 'content/exceptions.yaml',
    data: exceptionSchema.parse(entry),
  }));
  const sources = (readYaml(join(CONTENT_DIR, 'sources.yaml')) as unknown[]).map((entry) =>
    sourceSchema.parse(entry),
  );
  const rules = rulesSchema.parse((readYaml(join(CONTENT_DIR, 'rules.yaml')) as { engine: unknown }).engine);
  return {
    hosts: loadFolder('hosts', hostSchema),
    images: loadFolder('images', imageSchema),
    exceptions,
    sources,
    rules,
    today,
    dataCheckedOn: '2026-08-22',
  };
}

let cached: Model | undefined;

/** The model built from the real content (cached across tests of one file). */
export function loadModel(): Model {
  cached ??= buildModel(loadModelInput());
  return cached;
}
