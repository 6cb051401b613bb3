import { describe, expect, test } from 'vitest';
import { buildInQuery, normalizeQuery, searchEntries } from '../../src/lib/site/search';
import type { Searchable } from '../../src/lib/site/search';
import { loadModel } from './helpers/content';

const model = loadModel();
const hosts: Searchable[] = model.hosts.map((host) => ({
  id: host.id,
  name: host.name,
  build: host.build,
  terms: [host.shortName, host.version, ...host.aliases],
}));
const images: Searchable[] = model.images.map((image) => ({
  id: image.id,
  name: image.name,
  build: image.build,
  terms: [...image.tags, ...image.aliases],
}));
const ids = (query: string, entries = hosts): string[] =>
  searchEntries(entries, query).map((entry) => entry.id);

describe('host type-ahead', () => {
  test.each([
    ['2019', 'ws2019'],
    ['rs5', 'ws2019'],
    ['17763', 'ws2019'],
    ['10.0.17763.5458', 'ws2019'],
    ['win11 24h2', 'win11-24h2'],
    ['Windows 11 24H2', 'win11-24h2'],
    ['2025', 'ws2025'],
    ['23h2', 'ws23h2'],
  ])('"%s" offers %s', (query, expected) => {
    expect(ids(query)).toContain(expected);
  });

  test('a shared build offers every host with it (17763: server 2019, SAC 1809, Windows 10 1809)', () => {
    expect(ids('17763')).toEqual(expect.arrayContaining(['ws2019', 'ws1809', 'win10-1809']));
  });

  test('nonsense finds nothing, an empty query lists everything', () => {
    expect(ids('zzzz')).toEqual([]);
    expect(searchEntries(hosts, '', 100)).toHaveLength(hosts.length);
  });
});

describe('image type-ahead', () => {
  test('tags and aliases find images', () => {
    expect(ids('ltsc2022', images)).toEqual(
      expect.arrayContaining(['servercore-ltsc2022', 'nanoserver-ltsc2022']),
    );
    expect(ids('1809', images)).toEqual(
      expect.arrayContaining(['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809']),
    );
    expect(ids('2009', images)).toContain('servercore-20h2');
  });
});

describe('query helpers', () => {
  test('normalise separators and case', () => {
    expect(normalizeQuery(' Win11_24H2 ')).toBe('win11 24h2');
  });
  test('find builds in what people paste', () => {
    expect(buildInQuery('10.0.20348.2113')).toBe(20348);
    expect(buildInQuery('17763')).toBe(17763);
    expect(buildInQuery('2019')).toBeNull();
  });
});
