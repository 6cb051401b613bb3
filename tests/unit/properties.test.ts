/**
 * Property-based tests: the pure code must hold its promises for every input, not only for the examples
 * the other tests pick. The engine never throws and never lets a newer image run; the pickers, the 404
 * suggestions and the explorer's URL state survive anything typed or pasted; announcement frontmatter
 * is either rejected or yields a real calendar date.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aliasTable, suggestForPath } from '../../src/lib/site/aliases';
import { announcementFrontmatter } from '../../src/lib/announcements/frontmatter';
import { cellProblems, runs, verdict } from '../../src/lib/knowledge/engine';
import type { Knowledge } from '../../src/lib/knowledge/engine';
import { explorerData, explorerQuery, parseExplorerState } from '../../src/lib/site/explorer';
import type { ExplorerState } from '../../src/lib/site/explorer';
import {
  hostGroups,
  hostSchema,
  imageFamilies,
  imageSchema,
  verdictValues,
} from '../../src/lib/knowledge/schema';
import type { Host, Image } from '../../src/lib/knowledge/schema';
import { buildInQuery, normalizeQuery, searchEntries } from '../../src/lib/site/search';
import type { Searchable } from '../../src/lib/site/search';
import { loadModel, loadModelInput } from './helpers/content';

const input = loadModelInput();
const model = loadModel();
const knowledge: Knowledge = { rules: input.rules, exceptions: input.exceptions.map((entry) => entry.data) };
const hostIds = model.hosts.map((host) => host.id);
const imageIds = model.images.map((image) => image.id);

/** Text of every kind: ASCII, any Unicode code point, raw UTF-16 (lone surrogates too), and very long. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc.string({ minLength: 2_000, maxLength: 20_000 }),
);

/** Text made of the pieces people actually type or paste: ids, builds, versions, separators, escapes. */
const typedText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...hostIds, ...imageIds),
      fc.constantFrom('10.0.', '17763', '20348', '26100', '.5458', 'ltsc', 'win11', '24H2', 'Server 2019'),
      fc.constantFrom(' ', '-', '_', '/', '.', ':', ',', '%', '%2F', '%E0%A4%A', '?', '&', '=', '..'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const text = fc.oneof(anyText, typedText);

// ---------------------------------------------------------------------------------------------------
// Engine
// ---------------------------------------------------------------------------------------------------

/** The lowest build the schema accepts; real containers start at 14393, but the rules must hold below too. */
const FIRST_CONTAINER_BUILD = 10000;
const realBuilds = [...new Set([...model.hosts, ...model.images].map((entry) => entry.build))];
const build = fc.oneof(
  fc.constantFrom(...realBuilds),
  fc.integer({ min: FIRST_CONTAINER_BUILD, max: 99999 }),
);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);

/** A replacement value one time in three, else null (keep the base entry's value). */
function sometimes<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/**
 * A host: a real one (`base`) with any of id, kind, group and build replaced, validated by the schema.
 * Mostly-real hosts reach the documented exceptions; the arbitrary yields only the changed fields so
 * that a counterexample stays readable.
 */
const hostFields = fc.record({
  base: fc.constantFrom(...hostIds),
  id: sometimes(fc.oneof(fc.constantFrom(...hostIds), slug)),
  kind: sometimes(fc.constantFrom('server' as const, 'client' as const)),
  group: sometimes(fc.constantFrom(...hostGroups)),
  build: sometimes(build),
});
type HostFields = typeof hostFields extends fc.Arbitrary<infer T> ? T : never;

const imageFields = fc.record({
  base: fc.constantFrom(...imageIds),
  id: sometimes(fc.oneof(fc.constantFrom(...imageIds), slug)),
  family: sometimes(fc.constantFrom(...imageFamilies)),
  build: sometimes(build),
});
type ImageFields = typeof imageFields extends fc.Arbitrary<infer T> ? T : never;

/** The fields that were given (null means "as in the base entry"). */
function given<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as Partial<T>;
}

function toHost({ base, ...fields }: HostFields): Host {
  return hostSchema.parse({ ...model.hostsById.get(base), ...given(fields) });
}

function toImage({ base, ...fields }: ImageFields): Image {
  return imageSchema.parse({ ...model.imagesById.get(base), ...given(fields) });
}

describe('engine properties', () => {
  test('every host × image gets a complete, explained verdict for both modes', () => {
    fc.assert(
      fc.property(hostFields, imageFields, (hostInput, imageInput) => {
        const host = toHost(hostInput);
        const image = toImage(imageInput);
        const cell = verdict(host, image, knowledge);
        for (const mode of ['process', 'hyperv'] as const) {
          expect(verdictValues).toContain(cell[mode].verdict);
          expect(cell[mode].reason.trim()).not.toBe('');
          expect(cell[mode].sources.length).toBeGreaterThan(0);
          expect(new Set(cell[mode].sources).size).toBe(cell[mode].sources.length);
        }
        expect(cellProblems(cell)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('the same host and image always get the same verdict', () => {
    fc.assert(
      fc.property(hostFields, imageFields, (hostInput, imageInput) => {
        const host = toHost(hostInput);
        const image = toImage(imageInput);
        expect(verdict(structuredClone(host), structuredClone(image), knowledge)).toEqual(
          verdict(host, image, knowledge),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('an image newer than its host never runs, in either mode', () => {
    fc.assert(
      fc.property(hostFields, imageFields, (hostInput, imageInput) => {
        const host = toHost(hostInput);
        const image = toImage(imageInput);
        fc.pre(image.build > host.build);
        const cell = verdict(host, image, knowledge);
        expect(runs(cell.process.verdict), `process on ${host.build} with image ${image.build}`).toBe(false);
        expect(runs(cell.hyperv.verdict), `Hyper-V on ${host.build} with image ${image.build}`).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the real model', () => {
  test('has a verdict for every host × image pair, and every limited or unknown one says why', () => {
    expect(model.hosts.length * model.images.length).toBeGreaterThan(0);
    for (const host of model.hosts) {
      for (const image of model.images) {
        const cell = model.cell(host.id, image.id);
        for (const mode of ['process', 'hyperv'] as const) {
          const answer = cell.verdict[mode];
          const label = `${host.id} × ${image.id} ${mode}`;
          expect(verdictValues, label).toContain(answer.verdict);
          expect(answer.reason, label).not.toBe('');
          expect(answer.sources.length, label).toBeGreaterThan(0);
          if (answer.verdict === 'limited' || answer.verdict === 'unknown') {
            expect(answer.notes.length, `${label} is ${answer.verdict} without a note`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Type-ahead and the 404 page
// ---------------------------------------------------------------------------------------------------

const hostEntries: Searchable[] = model.hosts.map((host) => ({
  id: host.id,
  name: host.name,
  build: host.build,
  terms: [host.shortName, host.version, ...host.aliases],
}));
const imageEntries: Searchable[] = model.images.map((image) => ({
  id: image.id,
  name: image.name,
  build: image.build,
  terms: [...image.tags, ...image.aliases],
}));

describe('type-ahead properties', () => {
  test('any query gives the same few known entries every time', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(hostEntries, imageEntries), (query, entries) => {
        const ids = new Set(entries.map((entry) => entry.id));
        const found = searchEntries(entries, query).map((entry) => entry.id);
        expect(found.length).toBeLessThanOrEqual(12);
        expect(new Set(found).size).toBe(found.length);
        for (const id of found) expect(ids.has(id)).toBe(true);
        expect(searchEntries(entries, query).map((entry) => entry.id)).toEqual(found);
      }),
      { numRuns: 400 },
    );
  });

  test('a query is normalised to one stable form', () => {
    fc.assert(
      fc.property(text, (query) => {
        const normal = normalizeQuery(query);
        expect(normalizeQuery(normal)).toBe(normal);
        expect(normal).toBe(normal.trim());
        expect(normal).not.toMatch(/[A-Z_\-:,./]|\s\s/);
      }),
      { numRuns: 400 },
    );
  });

  test('an id typed in any case, with any separator, finds its entry', () => {
    const separators = fc.constantFrom('-', ' ', '_', '.', ':');
    fc.assert(
      fc.property(
        fc.constantFrom(...hostEntries, ...imageEntries),
        separators,
        fc.boolean(),
        (entry, separator, upper) => {
          const typed = entry.id.replaceAll('-', separator);
          const entries = hostEntries.includes(entry) ? hostEntries : imageEntries;
          const found = searchEntries(entries, upper ? typed.toUpperCase() : typed).map((e) => e.id);
          expect(found).toContain(entry.id);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a build found in a query is a five-digit Windows build that the query contains', () => {
    fc.assert(
      fc.property(text, (query) => {
        const found = buildInQuery(query);
        expect(buildInQuery(query)).toBe(found);
        if (found !== null) {
          expect(Number.isInteger(found)).toBe(true);
          expect(found).toBeGreaterThanOrEqual(10000);
          expect(found).toBeLessThanOrEqual(29999);
          expect(query).toContain(String(found));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('404 suggestion properties', () => {
  const table = aliasTable(model);
  const known = new Set([
    ...hostIds.map((id) => `/hosts/${id}/`),
    ...imageIds.map((id) => `/images/${id}/`),
    ...hostIds.flatMap((host) => imageIds.map((image) => `/matrix/${host}/${image}/`)),
  ]);
  const section = fc.constantFrom(
    '',
    '/',
    '/matrix/',
    '/hosts/',
    '/images/',
    '/announcements/',
    '//matrix//',
  );
  /** A segment that is an id, an alias, an id with a typo, or anything at all. */
  const segment = (ids: readonly string[], aliases: Record<string, string>): fc.Arbitrary<string> =>
    fc.oneof(
      fc.constantFrom(...ids, ...Object.keys(aliases)),
      fc
        .tuple(fc.constantFrom(...ids), fc.nat(), fc.string({ maxLength: 2 }))
        .map(([id, at, typo]) => id.slice(0, at % id.length) + typo + id.slice((at % id.length) + 1)),
      text,
    );
  const path = fc.oneof(
    text,
    fc
      .tuple(
        section,
        segment(hostIds, table.hosts),
        fc.constantFrom('', '/'),
        segment(imageIds, table.images),
        fc.constantFrom('', '/', '/x/y'),
      )
      .map((parts) => parts.join('')),
    fc
      .tuple(fc.constantFrom('/hosts/', '/images/'), segment([...hostIds, ...imageIds], {}))
      .map((parts) => parts.join('')),
  );

  test('any path gives the same answer every time, and only links to pages that exist', () => {
    fc.assert(
      fc.property(path, (value) => {
        const answer = suggestForPath(value, table);
        expect(suggestForPath(value, table)).toEqual(answer);
        if (answer.resolved !== null) expect(known.has(answer.resolved), answer.resolved).toBe(true);
        expect(answer.suggestions.length).toBeLessThanOrEqual(5);
        for (const [href, label] of answer.suggestions) {
          expect(known.has(href), href).toBe(true);
          expect(label).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a known id in any letter case resolves to its canonical page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hostIds),
        fc.constantFrom(...imageIds),
        fc.boolean(),
        (host, image, upper) => {
          const cased = (id: string): string => (upper ? id.toUpperCase() : id);
          expect(suggestForPath(`/hosts/${cased(host)}`, table).resolved).toBe(`/hosts/${host}/`);
          expect(suggestForPath(`/images/${cased(image)}/`, table).resolved).toBe(`/images/${image}/`);
          expect(suggestForPath(`/matrix/${cased(host)}/${cased(image)}/`, table).resolved).toBe(
            `/matrix/${host}/${image}/`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The explorer's URL state
// ---------------------------------------------------------------------------------------------------

describe('explorer URL state properties', () => {
  const data = explorerData(model);
  const families = [...new Set(data.images.map((image) => image.family))];
  /** One parameter: a known key with a known or a junk value, or junk (duplicates and case variants too). */
  const either = (ids: readonly string[]): fc.Arbitrary<string> =>
    fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: text });
  const param = fc.oneof(
    fc.tuple(fc.constant('host'), either(hostIds)),
    fc.tuple(fc.constant('image'), either(imageIds)),
    fc.tuple(fc.constant('family'), either(families)),
    fc.tuple(fc.constant('hideRetired'), either(['1', '0', 'true', ''])),
    fc.tuple(fc.constantFrom('HOST', 'host[]', 'image ', 'Family'), either([...hostIds, ...imageIds])),
    fc.tuple(fc.string({ maxLength: 8 }), text),
  );
  const query = fc.oneof(
    text,
    fc.array(param, { maxLength: 6 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    fc.array(param, { maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  );

  test('any address bar gives a state made only of known ids', () => {
    fc.assert(
      fc.property(query, (search) => {
        const state = parseExplorerState(search, data);
        if (state.host !== null) expect(hostIds).toContain(state.host);
        if (state.image !== null) expect(imageIds).toContain(state.image);
        if (state.family !== null) expect(families).toContain(state.family);
        expect(typeof state.hideRetired).toBe('boolean');
        expect(parseExplorerState(search, data)).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });

  test('a shared link opens the state it was made from', () => {
    const state = fc.record({
      host: fc.option(fc.constantFrom(...hostIds)),
      image: fc.option(fc.constantFrom(...imageIds)),
      hideRetired: fc.boolean(),
      family: fc.option(fc.constantFrom(...families)),
    });
    fc.assert(
      fc.property(state, (original: ExplorerState) => {
        expect(parseExplorerState(explorerQuery(original), data)).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Announcement frontmatter
// ---------------------------------------------------------------------------------------------------

describe('announcement frontmatter properties', () => {
  const knownKeys = [
    'title',
    'description',
    'summary',
    'author',
    'ms.author',
    'date',
    'ms.date',
    'keywords',
    'categories',
    'sources',
    'hosts',
    'images',
    'supersededBy',
    'draft',
    'ms.topic',
  ];
  const number = (min: number, max: number): fc.Arbitrary<string> =>
    fc.integer({ min, max }).map((n) => String(n));
  /** Mostly plausible numbers, sometimes anything up to two digits. */
  const part = (min: number, max: number): fc.Arbitrary<string> =>
    fc.oneof({ weight: 3, arbitrary: number(min, max) }, { weight: 1, arbitrary: number(0, 99) });
  // Dates as authors write them, valid or not, in each dialect: `date` as text or as the Date object
  // YAML makes of an unquoted timestamp (YAML timestamps have four-digit years), `ms.date` as M/D/YYYY;
  // now and then each in the other's form.
  const isoLike = fc
    .tuple(number(0, 9999), part(1, 12), part(1, 31), fc.constantFrom('', ' 19:30:43', 'T08:05', 'T25:00'))
    .map(([y, m, d, time]) => `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}${time}`);
  const msLike = fc.tuple(part(1, 12), part(1, 31), number(0, 9999)).map(([m, d, y]) => `${m}/${d}/${y}`);
  const yamlDate = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') });
  const dates = fc.record(
    {
      date: fc.oneof({ weight: 4, arbitrary: fc.oneof(isoLike, yamlDate) }, { weight: 1, arbitrary: msLike }),
      'ms.date': fc.oneof({ weight: 4, arbitrary: msLike }, { weight: 1, arbitrary: isoLike }),
    },
    { requiredKeys: [] },
  );
  const raw = fc
    .tuple(
      // Keys the site does not know (kept under `extra`), sometimes a few it does with any JSON value,
      // the dates, and a title that is usually text.
      fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.oneof(
        { weight: 2, arbitrary: fc.constant({}) },
        {
          weight: 1,
          arbitrary: fc.dictionary(fc.constantFrom(...knownKeys), fc.jsonValue({ maxDepth: 2 }), {
            maxKeys: 2,
          }),
        },
      ),
      dates,
      fc.oneof(
        { weight: 4, arbitrary: fc.string({ minLength: 1 }) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
    )
    .map(([unknown, known, dated, title]) => ({ ...unknown, ...known, ...dated, title }));

  test('any frontmatter is either rejected or gives a real calendar date (or none)', () => {
    fc.assert(
      fc.property(raw, (frontmatter) => {
        const result = announcementFrontmatter.safeParse(frontmatter);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          return;
        }
        const { date, dateTime } = result.data;
        if (date !== null) {
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          // A real day: 13/45/2017 must be rejected, not rolled over into 2018.
          expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
        }
        if (dateTime !== null) expect(dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });
});
