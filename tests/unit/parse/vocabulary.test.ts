/**
 * One vocabulary: every name the paste box understands for a host or an image, the matrix pickers find
 * too, because both read names through `src/lib/readers/vocabulary.ts`.
 */
import { describe, expect, test } from 'vitest';
import { explorerData } from '../../../src/lib/site/explorer';
import { identify } from '../../../src/lib/readers';
import {
  hostTerms,
  imageTerms,
  nameKey,
  nameWords,
  phraseKey,
  scoreName,
} from '../../../src/lib/readers/vocabulary';
import { searchEntries } from '../../../src/lib/site/search';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { loadModel } from '../helpers/content';
import { catalog as fixture } from './fixture-catalog';

const model = loadModel();
const data = explorerData(model);
const catalog = islandCatalog(model);
const pickHosts = (query: string): string[] => searchEntries(data.hosts, query, 40).map((h) => h.id);
const pickImages = (query: string): string[] => searchEntries(data.images, query, 40).map((i) => i.id);

describe('name words', () => {
  test('split letters from digits, keep release labels, drop noise', () => {
    expect(nameWords('Microsoft Windows Server 2019 Datacenter')).toEqual(['windows', 'server', '2019']);
    expect(nameWords('ltsc2019')).toEqual(['ltsc', '2019']);
    expect(nameWords('Win11_24H2')).toEqual(['win', '11', '24h2']);
    expect(nameKey('Windows Server, version 1809')).toBe('windows server 1809');
  });

  test('phrase keys keep tags whole, so ltsc2019 is not the phrase "ltsc 2019"', () => {
    expect(phraseKey('servercore ltsc2019')).toBe('servercore ltsc2019');
    expect(phraseKey('Windows 10 Enterprise LTSC 2019')).toBe('windows 10 enterprise ltsc 2019');
  });

  test('a huge query costs linear time', () => {
    const started = performance.now();
    nameWords('ab'.repeat(200_000));
    scoreName({ id: 'x', name: 'x', build: 0, terms: [] }, 'x1'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the pickers find what the paste box understands', () => {
  test('every host term finds its host in the host picker', () => {
    for (const host of model.hosts)
      for (const term of hostTerms(host)) expect(pickHosts(term), `${term} → ${host.id}`).toContain(host.id);
  });

  test('every image term finds its image in the image picker', () => {
    for (const image of model.images)
      for (const term of imageTerms(image))
        expect(pickImages(term), `${term} → ${image.id}`).toContain(image.id);
  });

  test.each([
    ['Windows Server 2019 Datacenter', 'ws2019'],
    ['Microsoft Windows Server 2022 Standard', 'ws2022'],
    ['10.0.17763', 'ws2019'],
    ['10.0.26100.2033', 'win11-24h2'],
    ['Windows 11 Pro 24H2', 'win11-24h2'],
  ])('host picker: "%s" offers %s, and so does the paste box', (query, id) => {
    expect(pickHosts(query)).toContain(id);
    expect(identify(query, catalog).hostCandidates.map((h) => h.id)).toContain(id);
  });

  test.each([
    ['mcr.microsoft.com/windows/servercore:ltsc2019', 'servercore-ltsc2019'],
    ['windows/nanoserver:1809', 'nanoserver-1809'],
    ['microsoft/windowsservercore', 'servercore-ltsc2016'],
    ['microsoft/nanoserver:latest', 'nanoserver-sac2016'],
    ['servercore ltsc2022', 'servercore-ltsc2022'],
  ])('image picker: "%s" offers %s, and so does the paste box', (query, id) => {
    expect(pickImages(query)).toContain(id);
    expect(identify(query, catalog).imageCandidates.map((c) => c.image.id)).toContain(id);
  });

  test('edition names find their host (fixture editions)', () => {
    const hosts = fixture.hosts.map((host) => ({ ...host, terms: hostTerms(host) }));
    const found = (query: string): string[] => searchEntries(hosts, query).map((h) => h.id);
    expect(found('LTSC 2024')[0]).toBe('win11-24h2');
    expect(found('IoT Enterprise')).toEqual(expect.arrayContaining(['win11-24h2', 'win10-1809']));
    expect(found('Windows 10 Enterprise LTSC 2019')[0]).toBe('win10-1809');
  });

  test('Windows 10 does not offer servers because their builds start with 10.0', () => {
    expect(pickHosts('Windows 10').every((id) => id.startsWith('win10-'))).toBe(true);
  });
});
