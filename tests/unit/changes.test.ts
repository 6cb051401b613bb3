import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  CHANGE_KIND_LABEL,
  changeProblems,
  changeTitle,
  knownIds,
  resolveChanges,
  sortChanges,
} from '../../src/lib/outputs/changes';
import { changeSchema } from '../../src/lib/knowledge/schema';
import type { Change } from '../../src/lib/knowledge/schema';
import { CONTENT_DIR, loadModel } from './helpers/content';

const readChanges = (): Change[] =>
  (parse(readFileSync(join(CONTENT_DIR, 'changes.yaml'), 'utf8')) as unknown[]).map((entry) =>
    changeSchema.parse(entry),
  );

const change = (overrides: Partial<Change> = {}): Change =>
  changeSchema.parse({
    id: 'example',
    date: '2026-11-30',
    kind: 'date-changed',
    hosts: ['ws2016'],
    summary: 'A date moved.',
    sources: ['LC'],
    ...overrides,
  });

describe('changeSchema', () => {
  test('refuses an entry about nothing, naming the field', () => {
    const result = changeSchema.safeParse({ ...change(), hosts: [], images: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['hosts']);
    expect(result.error?.issues[0]?.message).toMatch(/at least one host, image or platform/);
  });

  test('refuses an unknown kind and a date that is not YYYY-MM-DD', () => {
    expect(changeSchema.safeParse({ ...change(), kind: 'rewrote-everything' }).success).toBe(false);
    const date = changeSchema.safeParse({ ...change(), date: '30/11/2026' });
    expect(date.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  test('defaults the missing subject list to empty', () => {
    expect(change({ hosts: ['ws2016'] }).images).toEqual([]);
  });
});

describe('sortChanges', () => {
  test('puts the newest day first and keeps file order within a day', () => {
    const sorted = sortChanges([
      { id: 'old', date: '2025-01-01' },
      { id: 'a', date: '2026-11-30' },
      { id: 'b', date: '2026-11-30' },
      { id: 'mid', date: '2026-02-01' },
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'b', 'mid', 'old']);
  });
});

describe('resolveChanges', () => {
  const model = loadModel();

  test('names known subjects and links them to their pages', () => {
    const [resolved] = resolveChanges([change({ images: ['servercore-ltsc2016'] })], model);
    expect(resolved?.subjects).toEqual([
      { id: 'ws2016', kind: 'host', name: 'Windows Server 2016', path: '/hosts/ws2016/' },
      {
        id: 'servercore-ltsc2016',
        kind: 'image',
        name: model.imagesById.get('servercore-ltsc2016')?.name,
        path: '/images/servercore-ltsc2016/',
      },
    ]);
    expect(resolved && changeTitle(resolved)).toBe(
      `${CHANGE_KIND_LABEL['date-changed']}: Windows Server 2016, ${resolved?.subjects[1]?.name ?? ''}`,
    );
  });

  test('keeps an id the model does not know as plain text, without a link', () => {
    const [resolved] = resolveChanges([change({ hosts: ['win99-future'] })], model);
    expect(resolved?.subjects).toEqual([
      { id: 'win99-future', kind: 'host', name: 'win99-future', path: null },
    ]);
  });
});

describe('changeProblems', () => {
  const known = {
    hostIds: new Set(['ws2016']),
    imageIds: new Set(['servercore-ltsc2016']),
    sourceKeys: new Set(['LC']),
  };

  test('names every unknown host, image and source and every repeated id', () => {
    const problems = changeProblems(
      [
        change({ hosts: ['ws2016', 'ws9999'], images: ['nope'], sources: ['LC', 'XX'] }),
        change({ hosts: ['ws2016'] }),
      ],
      known,
    );
    expect(problems).toEqual([
      'content/changes.yaml: example: field "hosts[1]": expected a host id from content/hosts/, got "ws9999"',
      'content/changes.yaml: example: field "images[0]": expected an image id from content/images/, got "nope"',
      'content/changes.yaml: example: field "sources[1]": expected a source key defined in content/sources.yaml, got "XX"',
      'content/changes.yaml: example: field "id": expected a unique id, "example" is used twice',
    ]);
  });

  test('finds nothing wrong in a change that only names known things', () => {
    expect(changeProblems([change({ images: ['servercore-ltsc2016'] })], known)).toEqual([]);
  });
});

describe('content/changes.yaml', () => {
  const changes = readChanges();

  test('every entry passes the schema and has a summary of its own', () => {
    expect(changes.length).toBeGreaterThanOrEqual(7);
    expect(new Set(changes.map((entry) => entry.summary)).size).toBe(changes.length);
  });

  // Run after merging the release branches: subjects (e.g. win11-26h1) and sources must exist in content/.
  test('names only hosts, images and sources the real content defines', () => {
    expect(changeProblems(changes, knownIds(loadModel()))).toEqual([]);
  });
});
