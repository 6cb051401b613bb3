import { describe, expect, test } from 'vitest';
import { formatReference, parseImageReference } from '../../../src/lib/readers/image-reference';
import type { Existence, TagKind } from '../../../src/lib/readers/image-reference';
import { catalog, ids, images } from './fixture-catalog';

const parse = (input: string) => parseImageReference(input, catalog);
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

interface Case {
  input: string;
  repository?: string;
  tagKind: TagKind;
  images: string[];
  exists: Existence;
  suggestion?: string;
}

// What a user relies on: which image the reference is, and whether it can be pulled.
const CASES: Case[] = [
  {
    input: 'mcr.microsoft.com/windows/servercore:ltsc2022',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2022'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:1809',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: ['nanoserver-1809'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:1809',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2019'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/server:ltsc2025',
    repository: 'mcr.microsoft.com/windows/server',
    tagKind: 'floating',
    images: ['server-ltsc2025'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows:1809',
    repository: 'mcr.microsoft.com/windows',
    tagKind: 'floating',
    images: ['windows-1809'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:2009',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: ['nanoserver-20h2'],
    exists: 'yes',
  },
  {
    input: 'windows/servercore:ltsc2019-amd64',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2019'],
    exists: 'yes',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2019-amd64',
  },
  {
    input: 'microsoft/windowsservercore:ltsc2016',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2016'],
    exists: 'yes',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2016',
  },
  {
    input: 'microsoft/nanoserver:10.0.14393.1770',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'build',
    images: ['nanoserver-sac2016'],
    exists: 'yes',
  },
  {
    // On the old Docker Hub name, latest was the 2016 image (the catalog records that tag form).
    input: 'docker.io/microsoft/nanoserver',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'latest',
    images: ['nanoserver-sac2016'],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/nanoserver:sac2016',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:1709_KB4043961',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'kb-underscore',
    images: ['servercore-1709'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:1809-KB4480116-amd64',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'kb',
    images: ['servercore-ltsc2019'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:1809-KB4493509',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'kb',
    images: ['nanoserver-1809'],
    exists: 'unknown',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:ltsc2022_KB5033118',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'kb-underscore',
    images: ['servercore-ltsc2022'],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2022-KB5033118',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:ltsc2025-arm64',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: ['nanoserver-ltsc2025'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/server:ltsc2025-arm64',
    repository: 'mcr.microsoft.com/windows/server',
    tagKind: 'floating',
    images: ['server-ltsc2025'],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/server:ltsc2025',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:ltsc2022-arm64',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2022'],
    exists: 'no',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:10.0.17763.253',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'build',
    images: ['servercore-ltsc2019'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:10.0.20348.2113',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'build',
    images: ['servercore-ltsc2022'],
    exists: 'unknown',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:10.0.19045.3803',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'build',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:20H2',
  },
  {
    input: 'mcr.microsoft.com/windows:10.0.20348.1',
    repository: 'mcr.microsoft.com/windows',
    tagKind: 'build',
    images: [],
    exists: 'no',
  },
  {
    input: 'mcr.microsoft.com/windows:ltsc2022',
    repository: 'mcr.microsoft.com/windows',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/server:ltsc2022',
  },
  {
    input: 'mcr.microsoft.com/windows:ltsc2025',
    repository: 'mcr.microsoft.com/windows',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/server:ltsc2025',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:ltsc2016',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/nanoserver:sac2016',
  },
  {
    input: 'mcr.microsoft.com/windows/server:ltsc2019',
    repository: 'mcr.microsoft.com/windows/server',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2019',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:1709',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: ['nanoserver-1709'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:ltsc2023',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2022',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:2022',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2022',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:latest',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'latest',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2025',
  },
  { input: 'latest', tagKind: 'latest', images: [], exists: 'no', suggestion: 'ltsc2025' },
  {
    input: 'ltsc2022',
    tagKind: 'floating',
    images: ['servercore-ltsc2022', 'nanoserver-ltsc2022', 'server-ltsc2022'],
    exists: 'yes',
  },
  {
    input: 'sac2016',
    tagKind: 'floating',
    images: ['nanoserver-sac2016'],
    exists: 'yes',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:20h2',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-20h2'],
    exists: 'unknown',
    suggestion: 'mcr.microsoft.com/windows/servercore:20H2',
  },
  {
    input: 'mcr.microsoft.com/microsoft-windows-nanoserver',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'latest',
    images: [],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/nanoserver:ltsc2025',
  },
  {
    input: 'mcr.microsoft.com/microsoft-windows-servercore:ltsc2019',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2019'],
    exists: 'no',
    suggestion: 'mcr.microsoft.com/windows/servercore:ltsc2019',
  },
  {
    input: 'mcr.microsoft.com/windows/nanoserver:ltsc2019',
    repository: 'mcr.microsoft.com/windows/nanoserver',
    tagKind: 'floating',
    images: [],
    // The catalog marks this missing tag as uncertain, so the answer is not a firm no.
    exists: 'unknown',
    suggestion: 'mcr.microsoft.com/windows/nanoserver:1809',
  },
  {
    input: 'mcr.microsoft.com/windows/servercore:win10-21h1-preview',
    repository: 'mcr.microsoft.com/windows/servercore',
    tagKind: 'floating',
    images: ['servercore-ltsc2022'],
    exists: 'unknown',
  },
];

describe('parseImageReference: tags users paste', () => {
  test.each(CASES)('$input', (c) => {
    const result = parse(c.input);
    expect(result.repository).toBe(c.repository);
    expect(result.tagKind).toBe(c.tagKind);
    expect(ids(result.images)).toEqual(c.images);
    expect(result.exists).toBe(c.exists);
    if (c.suggestion !== undefined) expect(result.suggestion).toBe(c.suggestion);
    // Every answer other than a plain yes must say why.
    if (c.exists !== 'yes') expect(result.reason).toEqual(expect.any(String));
  });
});

describe('parseImageReference: details', () => {
  test('a single matching image is also given as `image`', () => {
    expect(parse('mcr.microsoft.com/windows/servercore:ltsc2022').image?.id).toBe('servercore-ltsc2022');
    expect(parse('ltsc2022').image).toBeUndefined();
  });

  test('registry and whether it was written', () => {
    const mcr = parse('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(mcr).toMatchObject({ registry: 'mcr.microsoft.com', registryWritten: true, family: 'servercore' });
    const hub = parse('microsoft/nanoserver:sac2016');
    expect(hub).toMatchObject({ registry: 'docker.io', registryWritten: false, family: 'nanoserver' });
    expect(hub.problems.join(' ')).toMatch(/historical/);
  });

  test('build tags carry build and revision', () => {
    expect(parse('mcr.microsoft.com/windows/servercore:10.0.17763.253').build).toEqual({
      build: 17763,
      revision: 253,
    });
  });

  test('KB tags carry the update number and architecture', () => {
    const result = parse('1809_KB4480116_amd64');
    expect(result).toMatchObject({ tagKind: 'kb-underscore', kb: 'KB4480116', arch: 'amd64' });
    expect(ids(result.images)).toEqual(['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809']);
    // Underscore tags from before February 2019 were kept, so this one is not ruled out.
    expect(result.exists).toBe('unknown');
    expect(result.problems).toEqual([]);
  });

  test('a digest with a tag: the tag is analysed, the digest recorded', () => {
    const result = parse(`mcr.microsoft.com/windows/servercore:ltsc2022@${DIGEST}`);
    expect(result).toMatchObject({ tagKind: 'floating', digest: DIGEST, exists: 'yes' });
    expect(result.understood.join(' ')).toMatch(/digest/);
  });

  test('a digest without a tag cannot be tied to one release', () => {
    const result = parse(`mcr.microsoft.com/windows/nanoserver@${DIGEST}`);
    expect(result).toMatchObject({ tagKind: 'digest-only', digest: DIGEST, exists: 'unknown' });
    expect(result.image).toBeUndefined();
    expect(result.images.every((image) => image.family === 'nanoserver')).toBe(true);
  });

  test('a malformed digest is reported', () => {
    const result = parse('mcr.microsoft.com/windows/nanoserver:1809@sha256:1234');
    expect(result.digest).toBeUndefined();
    expect(result.problems.join(' ')).toMatch(/not a valid digest/);
  });

  test('Insider repositories are recognised but not judged', () => {
    const result = parse('mcr.microsoft.com/windows/servercore/insider:10.0.20344.1');
    expect(result).toMatchObject({
      tagKind: 'insider',
      insider: true,
      family: 'servercore',
      repository: 'mcr.microsoft.com/windows/servercore/insider',
      build: { build: 20344, revision: 1 },
      exists: 'unknown',
    });
  });

  test('the old windows-insider repository', () => {
    expect(parse('mcr.microsoft.com/windows-insider:10.0.17723.1000')).toMatchObject({
      family: 'windows',
      tagKind: 'insider',
    });
  });

  test('a truncated build tag suggests the build it was cut from', () => {
    const result = parse('mcr.microsoft.com/windows/servercore:10.0.1776');
    expect(result.tagKind).toBe('unknown');
    expect(result.exists).toBe('no');
    expect(result.reason).toMatch(/17763/);
    expect(result.problems.join(' ')).toMatch(/five digits/);
  });

  test('a derived image is traced to the base its tag names', () => {
    const result = parse('mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022');
    expect(result.repository).toBeUndefined();
    expect(result.derivedFrom).toEqual({
      repository: 'mcr.microsoft.com/windows/servercore',
      tag: 'ltsc2022',
    });
    expect(ids(result.images)).toEqual(['servercore-ltsc2022']);
    expect(result.exists).toBe('unknown');
  });

  test('an image under a base repository (IIS) is not taken for the base itself', () => {
    const result = parse('mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019');
    expect(result.repository).toBeUndefined();
    expect(ids(result.images)).toEqual(['servercore-ltsc2019']);
  });

  test('an unrelated image is left alone', () => {
    const result = parse('nginx:1.25');
    expect(result.repository).toBeUndefined();
    expect(result.images).toEqual([]);
    expect(result.exists).toBe('unknown');
    expect(result.reason).toMatch(/not a Windows base image/);
  });

  test('a bare repository name means latest', () => {
    const result = parse('servercore');
    expect(result).toMatchObject({ tagKind: 'latest', tagImplied: true, exists: 'no' });
    expect(result.problems.join(' ')).toMatch(/Docker Hub/);
  });

  test('wrappers around the reference are removed', () => {
    expect(parse('docker pull mcr.microsoft.com/windows/servercore:ltsc2022').image?.id).toBe(
      'servercore-ltsc2022',
    );
    expect(
      parse('FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:1809 AS base').image?.id,
    ).toBe('nanoserver-1809');
    expect(parse('  image: "mcr.microsoft.com/windows/server:ltsc2022"').image?.id).toBe('server-ltsc2022');
  });

  test('upper case in the repository is reported', () => {
    const result = parse('MCR.microsoft.com/Windows/ServerCore:ltsc2022');
    expect(result.image?.id).toBe('servercore-ltsc2022');
    expect(result.problems.join(' ')).toMatch(/lower case/);
  });

  test('a reference on a mirror registry is checked against the original', () => {
    const result = parse('myregistry.azurecr.io/windows/servercore:ltsc2019');
    expect(result).toMatchObject({ registry: 'myregistry.azurecr.io', family: 'servercore', exists: 'yes' });
  });
});

describe('parseImageReference: junk in, structured answer out', () => {
  test.each([
    ['', /empty/],
    ['   \n\t ', /empty/],
    ['<script>alert(1)</script>', /cannot appear/],
    ['mcr.microsoft.com/windows/servercore:', /no tag/],
    ['mcr.microsoft.com//servercore:ltsc2022', /empty part/],
    ['x'.repeat(5000), /Too long/],
    ['\u0000\u0001\u0002binary\u00ff', /not text/],
  ])('%j', (input, problem) => {
    const result = parseImageReference(input, catalog);
    expect(result.problems.join(' ')).toMatch(problem);
    expect(Array.isArray(result.understood)).toBe(true);
    expect(result.exists === 'yes').toBe(false);
  });

  test('a word that is neither a repository nor a tag', () => {
    const result = parse('hello');
    expect(result.tagKind).toBe('unknown');
    expect(result.problems.join(' ')).toMatch(/neither/);
  });
});

describe('formatReference', () => {
  test('fully qualified with the recommended or given tag', () => {
    const image = images.find((i) => i.id === 'servercore-ltsc2019');
    expect(image).toBeDefined();
    if (image === undefined) return;
    expect(formatReference(image)).toBe('mcr.microsoft.com/windows/servercore:ltsc2019');
    expect(formatReference(image, '1809')).toBe('mcr.microsoft.com/windows/servercore:1809');
  });
});
