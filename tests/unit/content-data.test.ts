/**
 * Checks the Windows release data in content/ on its own, file by file: every YAML file parses and
 * matches its schema, ids equal file names and are unique, every cited source key exists, and the
 * expected hosts and images are all there. Each failure names the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  hostGroups,
  hostSchema,
  imageSchema,
  rulesSchema,
  sourceSchema,
} from '../../src/lib/knowledge/schema';
import type { Host, Image, Rules, Source } from '../../src/lib/knowledge/schema';

const CONTENT_DIR = join(import.meta.dirname, '../../content');

const EXPECTED_HOSTS = [
  // server-ltsc
  'ws2016',
  'nano2016',
  'ws2019',
  'ws2022',
  'ws2025',
  // server-sac
  'ws1709',
  'ws1803',
  'ws1809',
  'ws1903',
  'ws1909',
  'ws2004',
  'ws20h2',
  'ws23h2',
  // windows-11
  'win11-21h2',
  'win11-22h2',
  'win11-23h2',
  'win11-24h2',
  'win11-25h2',
  'win11-26h1',
  // windows-10
  'win10-1607',
  'win10-1703',
  'win10-1709',
  'win10-1803',
  'win10-1809',
  'win10-1903',
  'win10-1909',
  'win10-2004',
  'win10-20h2',
  'win10-21h1',
  'win10-21h2',
  'win10-22h2',
];

const EXPECTED_IMAGES = [
  'servercore-ltsc2016',
  'servercore-1709',
  'servercore-1803',
  'servercore-ltsc2019',
  'servercore-1903',
  'servercore-1909',
  'servercore-2004',
  'servercore-20h2',
  'servercore-ltsc2022',
  'servercore-ltsc2025',
  'nanoserver-sac2016',
  'nanoserver-1709',
  'nanoserver-1803',
  'nanoserver-1809',
  'nanoserver-1903',
  'nanoserver-1909',
  'nanoserver-2004',
  'nanoserver-20h2',
  'nanoserver-ltsc2022',
  'nanoserver-ltsc2025',
  'windows-1809',
  'windows-1903',
  'windows-1909',
  'windows-2004',
  'windows-20h2',
  'server-ltsc2022',
  'server-ltsc2025',
];

/** A parsed and validated entry, with the file it came from (relative to the project). */
interface Entry<T> {
  file: string;
  data: T;
}

function readYaml(file: string): unknown {
  return parse(readFileSync(join(CONTENT_DIR, '..', file), 'utf8'));
}

/** Validates one value, throwing an error that names the file and every failing field. */
function validate<S extends z.ZodType>(schema: S, value: unknown, file: string, prefix = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return `${file}: field "${field || '(root)'}": ${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}

function yamlFiles(folder: string): string[] {
  return readdirSync(join(CONTENT_DIR, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `content/${folder}/${name}`);
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
}

const hostFiles = yamlFiles('hosts');
const imageFiles = yamlFiles('images');

function loadHosts(): Entry<Host>[] {
  return hostFiles.map((file) => ({ file, data: validate(hostSchema, readYaml(file), file) }));
}

function loadImages(): Entry<Image>[] {
  return imageFiles.map((file) => ({ file, data: validate(imageSchema, readYaml(file), file) }));
}

function loadSources(): Source[] {
  const file = 'content/sources.yaml';
  const raw = readYaml(file);
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a YAML list of sources`);
  return raw.map((entry: unknown, i) => validate(sourceSchema, entry, file, `[${i}]`));
}

function loadRules(): Rules {
  const file = 'content/rules.yaml';
  const raw = readYaml(file);
  if (typeof raw !== 'object' || raw === null || !('engine' in raw)) {
    throw new Error(`${file}: field "engine": expected a mapping with the single key "engine"`);
  }
  return validate(rulesSchema, raw.engine, file, 'engine');
}

/** Every (field, keys) pair where an entry cites sources. */
function citedKeys(entry: Host | Image): [string, readonly string[]][] {
  const cited: [string, readonly string[]][] = [['sources', entry.sources]];
  entry.notes.forEach((note, i) => cited.push([`notes[${i}].sources`, note.sources]));
  for (const milestone of ['mainstream', 'extended'] as const) {
    entry.support[milestone]?.forEach((fact, i) =>
      cited.push([`support.${milestone}[${i}].sources`, fact.sources]),
    );
  }
  if ('tagForms' in entry) {
    entry.tagForms.forEach((form, i) => cited.push([`tagForms[${i}].sources`, form.sources]));
    entry.missingTags.forEach((tag, i) => cited.push([`missingTags[${i}].sources`, tag.sources]));
  }
  return cited;
}

/** Messages for ids that repeat across files. */
function duplicateIds(entries: readonly Entry<{ id: string }>[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, data } of entries) {
    const earlier = seen.get(data.id);
    if (earlier !== undefined) problems.push(`${file}: field "id": "${data.id}" is also used by ${earlier}`);
    seen.set(data.id, file);
  }
  return problems;
}

describe('content files parse and match their schemas', () => {
  test.each(hostFiles)('%s is a valid host', (file) => {
    expect(() => validate(hostSchema, readYaml(file), file)).not.toThrow();
  });

  test.each(imageFiles)('%s is a valid image', (file) => {
    expect(() => validate(imageSchema, readYaml(file), file)).not.toThrow();
  });

  test('content/sources.yaml is a list of valid sources', () => {
    expect(() => loadSources()).not.toThrow();
  });

  test('content/rules.yaml has a valid "engine" entry and nothing else', () => {
    const raw = readYaml('content/rules.yaml');
    expect(
      Object.keys(raw ?? {}),
      'content/rules.yaml: expected exactly one top-level key, "engine"',
    ).toEqual(['engine']);
    expect(() => loadRules()).not.toThrow();
  });

  test('every file reads the same under YAML 1.1, as Astro’s loader parses it (dates stay strings)', () => {
    const files = [...hostFiles, ...imageFiles, 'content/sources.yaml', 'content/rules.yaml'];
    for (const file of files) {
      const text = readFileSync(join(CONTENT_DIR, '..', file), 'utf8');
      expect(
        parse(text, { version: '1.1' }),
        `${file}: parses differently under YAML 1.1; quote dates and numbers`,
      ).toEqual(parse(text));
    }
  });
});

describe('ids', () => {
  const hosts = loadHosts();
  const images = loadImages();
  const sources = loadSources();

  test('each host and image id equals its file name', () => {
    for (const { file, data } of [...hosts, ...images]) {
      expect(data.id, `${file}: field "id": expected the file name "${baseName(file)}"`).toBe(baseName(file));
    }
  });

  test('ids are unique within hosts, images and sources', () => {
    expect(duplicateIds(hosts), 'duplicate host ids').toEqual([]);
    expect(duplicateIds(images), 'duplicate image ids').toEqual([]);
    const sourceEntries = sources.map((data, i) => ({ file: `content/sources.yaml [${i}]`, data }));
    expect(duplicateIds(sourceEntries), 'duplicate source ids').toEqual([]);
  });

  test('exactly the expected hosts are present', () => {
    const ids = hosts.map((entry) => entry.data.id).sort();
    expect(ids, 'content/hosts/: field "id": expected exactly the agreed host ids').toEqual(
      [...EXPECTED_HOSTS].sort(),
    );
  });

  test('exactly the expected images are present', () => {
    const ids = images.map((entry) => entry.data.id).sort();
    expect(ids, 'content/images/: field "id": expected exactly the agreed image ids').toEqual(
      [...EXPECTED_IMAGES].sort(),
    );
  });

  test('every host group has at least one host', () => {
    for (const group of hostGroups) {
      const members = hosts.filter((entry) => entry.data.group === group);
      expect(members.length, `content/hosts/: field "group": no host is in group "${group}"`).toBeGreaterThan(
        0,
      );
    }
  });

  test('each image id starts with its family', () => {
    for (const { file, data } of images) {
      expect(
        data.id.startsWith(`${data.family}-`),
        `${file}: field "family": "${data.family}" does not match the id`,
      ).toBe(true);
    }
  });
});

describe('source keys', () => {
  const known = new Set(loadSources().map((source) => source.id));

  test('every source key cited by a host or an image exists in content/sources.yaml', () => {
    const problems: string[] = [];
    for (const { file, data } of [...loadHosts(), ...loadImages()]) {
      for (const [field, keys] of citedKeys(data)) {
        keys.forEach((key, i) => {
          if (!known.has(key)) problems.push(`${file}: field "${field}[${i}]": unknown source key "${key}"`);
        });
      }
    }
    expect(problems, 'unknown source keys').toEqual([]);
  });

  test('every source key cited by content/rules.yaml exists', () => {
    const problems: string[] = [];
    for (const [rule, keys] of Object.entries(loadRules().sources)) {
      keys.forEach((key, i) => {
        if (!known.has(key))
          problems.push(`content/rules.yaml: field "engine.sources.${rule}[${i}]": unknown key "${key}"`);
      });
    }
    expect(problems, 'unknown source keys').toEqual([]);
  });

  test('every source key cited by content/exceptions.yaml exists', () => {
    const raw = readYaml('content/exceptions.yaml');
    const entries: unknown[] = Array.isArray(raw) ? raw : [];
    const problems: string[] = [];
    entries.forEach((entry, i) => {
      const keys: unknown =
        typeof entry === 'object' && entry !== null && 'sources' in entry ? entry.sources : undefined;
      if (!Array.isArray(keys)) return;
      keys.forEach((key: unknown, k) => {
        if (typeof key !== 'string' || !known.has(key)) {
          problems.push(
            `content/exceptions.yaml: field "[${i}].sources[${k}]": unknown key "${String(key)}"`,
          );
        }
      });
    });
    expect(problems, 'unknown source keys').toEqual([]);
  });
});
