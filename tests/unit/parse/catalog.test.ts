import { describe, expect, test } from 'vitest';
import { identify, parseHostText, parseImageReference } from '../../../src/lib/readers';
import type { Catalog } from '../../../src/lib/readers';
import { imageSchema } from '../../../src/lib/knowledge/schema';
import { catalog, hosts, ids, images } from './fixture-catalog';

// The parsers must read everything from the catalog: renamed ids and new releases need no code change.
describe('parsers follow the catalog, not hard-coded ids', () => {
  const renamed: Catalog = {
    hosts: hosts.map((host) => ({ ...host, id: `h-${host.id}` })),
    images: images.map((image) => ({ ...image, id: `i-${image.id}` })),
  };

  test('renamed ids come back renamed', () => {
    expect(ids(parseHostText('17763', renamed).hostCandidates)).toEqual([
      'h-ws2019',
      'h-ws1809',
      'h-win10-1809',
    ]);
    expect(parseImageReference('mcr.microsoft.com/windows/servercore:ltsc2022', renamed).image?.id).toBe(
      'i-servercore-ltsc2022',
    );
  });

  test('a future image is recognised as soon as the catalog has it', () => {
    const future = imageSchema.parse({
      id: 'servercore-ltsc2028',
      family: 'servercore',
      name: 'Server Core ltsc2028',
      repository: 'mcr.microsoft.com/windows/servercore',
      osVersion: '27H2',
      release: 'Windows Server 2028',
      build: 29000,
      channel: 'LTSC',
      tags: ['ltsc2028'],
      architectures: ['amd64'],
      available: '2028-01-01',
      summary: 'A made-up future image.',
      sources: ['TEST'],
    });
    const extended: Catalog = { hosts, images: [future, ...images] };
    expect(parseImageReference('mcr.microsoft.com/windows/servercore:ltsc2028', extended).exists).toBe('yes');
    expect(parseImageReference('mcr.microsoft.com/windows/servercore:ltsc2028', catalog).exists).toBe('no');
    // latest now points people at the newest image.
    expect(parseImageReference('mcr.microsoft.com/windows/servercore', extended).suggestion).toBe(
      'mcr.microsoft.com/windows/servercore:ltsc2028',
    );
  });

  test('an empty catalog gives structured, non-committal answers', () => {
    const empty: Catalog = { hosts: [], images: [] };
    const reference = parseImageReference('mcr.microsoft.com/windows/servercore:ltsc2022', empty);
    expect(reference.images).toEqual([]);
    expect(reference.exists).not.toBe('yes');
    const host = parseHostText('17763', empty);
    expect(host.hostCandidates).toEqual([]);
    expect(host.problems.join(' ')).toMatch(/not a Windows release this site knows/);
    expect(identify('Microsoft Windows [Version 10.0.17763.1]', empty).kind).toBe('host-text');
  });
});
