import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { DIST, fileForPath } from './dist';

// The published contract of /api/v1/matrix.json (extra fields are allowed, these are required).
const verdict = z.enum(['supported', 'limited', 'unsupported', 'unknown']);
const isolation = z.object({ verdict, reason: z.string().min(10), notes: z.array(z.string()) });
const datedWithSources = z
  .object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), sources: z.array(z.string()).min(1) })
  .nullable();
const lifecycleState = z.enum(['supported', 'extended', 'ended', 'unknown']);
// Added in the same schemaVersion: one entry per edition whose dates differ, endoflife.date's columns.
const lifecycle = z.object({
  state: lifecycleState,
  label: z.string().min(5),
  entries: z
    .array(
      z.object({
        edition: z.string().nullable(),
        editionId: z.string().nullable(),
        release: datedWithSources,
        activeSupportEnd: datedWithSources,
        securitySupportEnd: datedWithSources,
        extendedSecurityEnd: datedWithSources,
        state: lifecycleState,
        label: z.string().min(5),
      }),
    )
    .min(1),
});
const contract = z.object({
  schemaVersion: z.literal(1),
  generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hosts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['server', 'client']),
      version: z.string(),
      build: z.number().int(),
      channel: z.string(),
      released: z.string().nullable(),
      lifecycle,
      url: z.string(),
    }),
  ),
  images: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      repository: z.string(),
      osVersion: z.string(),
      build: z.number().int(),
      tags: z.array(z.string()).min(1),
      lifecycle,
      url: z.string(),
    }),
  ),
  cells: z.array(
    z.object({
      host: z.string(),
      image: z.string(),
      process: isolation,
      hyperv: isolation,
      recommendedTag: z.string().nullable(),
      sources: z.array(z.string()).min(1),
      url: z.string(),
    }),
  ),
});

describe('/api/v1/matrix.json', () => {
  const document = contract.parse(JSON.parse(readFileSync(join(DIST, 'api/v1/matrix.json'), 'utf8')));

  test('has one cell for every host × image pair, and no other', () => {
    const pairs = new Set(document.cells.map((cell) => `${cell.host}|${cell.image}`));
    expect(pairs.size).toBe(document.cells.length);
    expect(document.cells).toHaveLength(document.hosts.length * document.images.length);
    for (const host of document.hosts) {
      for (const image of document.images) expect(pairs.has(`${host.id}|${image.id}`)).toBe(true);
    }
  });

  test('every url is the path of a page that exists', () => {
    const urls = [...document.hosts, ...document.images, ...document.cells].map((entry) => entry.url);
    for (const url of urls) {
      const file = fileForPath(url);
      expect(file !== null && existsSync(join(DIST, file)), url).toBe(true);
    }
  });

  test('says what the pages say for a known cell', () => {
    const cell = document.cells.find((c) => c.host === 'ws2019' && c.image === 'servercore-ltsc2022');
    expect(cell?.process.verdict).toBe('unsupported');
    expect(cell?.hyperv.verdict).toBe('unsupported');
    expect(cell?.recommendedTag).toBeNull();
  });
});
