import { describe, expect, test } from 'vitest';
import { identify } from '../../../src/lib/readers/identify';
import { catalog, ids } from './fixture-catalog';

const run = (text: string) => identify(text, catalog);
const imageIds = (text: string) => run(text).imageCandidates.map((c) => c.image.id);

describe('identify: what the paste is', () => {
  test.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['mcr.microsoft.com/windows/servercore:ltsc2022', 'image-reference'],
    ['17763', 'host-text'],
    ['Microsoft Windows [Version 10.0.17763.5458]', 'host-text'],
    [
      'The container operating system does not match the host operating system. (0xc0370101)',
      'error-message',
    ],
    ['FROM mcr.microsoft.com/windows/nanoserver:1809\nRUN echo hi', 'dockerfile'],
    ['ltsc2022', 'mixed'],
    ['hello there', 'unknown'],
  ])('%j → %s', (text, kind) => {
    expect(run(text).kind).toBe(kind);
  });
});

describe('identify: candidates', () => {
  test('a lone reference gives its image', () => {
    const result = run('mcr.microsoft.com/windows/servercore:ltsc2019');
    expect(imageIds('mcr.microsoft.com/windows/servercore:ltsc2019')).toEqual(['servercore-ltsc2019']);
    expect(result.imageCandidates[0]?.reference?.exists).toBe('yes');
    expect(result.hostCandidates).toEqual([]);
  });

  test('a version name matches hosts and image tags', () => {
    const result = run('1809');
    expect(ids(result.hostCandidates)).toEqual(['ws2019', 'ws1809', 'win10-1809']);
    expect(imageIds('1809')).toEqual(['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809']);
  });

  test('a pull command followed by its error: the image wanted and the host it failed on', () => {
    const text = [
      'PS C:\\> docker pull mcr.microsoft.com/windows/servercore:ltsc2022',
      'ltsc2022: Pulling from windows/servercore',
      'no matching manifest for windows/amd64 10.0.17763 in the manifest list entries',
    ].join('\n');
    const result = run(text);
    expect(result.kind).toBe('mixed');
    expect(ids(result.hostCandidates)).toEqual(['ws2019', 'ws1809', 'win10-1809']);
    expect(result.imageCandidates.map((c) => c.image.id)).toEqual(['servercore-ltsc2022']);
    expect(result.host.errorCode).toBe('no-matching-manifest');
  });

  test('the latest error names the image and why', () => {
    const result = run(
      'Error response from daemon: manifest for mcr.microsoft.com/windows/servercore:latest not found',
    );
    expect(result.kind).toBe('error-message');
    expect(result.host.imageReferences[0]?.exists).toBe('no');
    expect(result.references).toEqual([]);
  });

  test('a Dockerfile gives every FROM image', () => {
    const text =
      'ARG TAG=1809\nFROM mcr.microsoft.com/windows/servercore:$TAG AS build\nFROM mcr.microsoft.com/windows/nanoserver:$TAG\n';
    const result = run(text);
    expect(result.kind).toBe('dockerfile');
    expect(result.label).toBe('Dockerfile with 2 stages');
    expect(result.imageCandidates.map((c) => [c.image.id, c.via])).toEqual([
      ['servercore-ltsc2019', 'dockerfile'],
      ['nanoserver-1809', 'dockerfile'],
    ]);
    expect(result.notUnderstood).toEqual([]);
  });

  test('a Dockerfile with docker info pasted below it is mixed, and its FROM tags are not host builds', () => {
    const text = [
      'FROM mcr.microsoft.com/windows/servercore:10.0.17763.253',
      '',
      'Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
      'Operating System: Windows Server 2022 Standard Version 2009 (OS Build 20348.2113)',
    ].join('\n');
    const result = run(text);
    expect(result.kind).toBe('mixed');
    expect(result.host.builds).toEqual([20348]);
    expect(ids(result.hostCandidates)).toEqual(['ws2022']);
    expect(result.imageCandidates.map((c) => c.image.id)).toEqual(['servercore-ltsc2019']);
  });

  test('compose YAML: the image line is read, the rest is listed as not understood', () => {
    const result = run('services:\n  app:\n    image: mcr.microsoft.com/windows/nanoserver:ltsc2016\n');
    expect(result.kind).toBe('image-reference');
    expect(result.references[0]?.exists).toBe('no');
    expect(result.notUnderstood).toEqual(['services:', 'app:']);
  });

  test('ver output asks host or container', () => {
    expect(run('Microsoft Windows [Version 10.0.26100.2605]').askHostOrContainer).toBe(true);
    expect(run('Version 24H2 (OS Build 26100.2605)').askHostOrContainer).toBe(false);
  });
});

describe('identify: what it could not use', () => {
  test('docker info: irrelevant key/value lines are ignored, stray text is listed', () => {
    const text = [
      'PS C:\\> docker info',
      'Server:',
      ' Containers: 3',
      ' Storage Driver: windowsfilter',
      ' Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
      ' Default Isolation: hyperv',
      'my colleague pasted this from the build agent',
    ].join('\n');
    const result = run(text);
    expect(result.host.defaultIsolation).toBe('hyperv');
    expect(result.notUnderstood).toEqual(['my colleague pasted this from the build agent']);
    expect(result.ignoredLineCount).toBe(2);
  });

  test('HTML is not understood and not echoed as markup anywhere but the not-understood list', () => {
    const result = run('<script>alert(1)</script>');
    expect(result.kind).toBe('unknown');
    expect(result.notUnderstood).toEqual(['<script>alert(1)</script>']);
    expect(result.hostCandidates).toEqual([]);
  });

  test('binary bytes are dropped and reported', () => {
    const result = run('\u0000\u0001\u0002\u0003 17763 \u0007');
    expect(result.problems.join(' ')).toMatch(/not text/);
    expect(result.host.build).toBe(17763);
  });

  test('the not-understood list is capped but counted', () => {
    const text = Array.from({ length: 120 }, (_, i) => `line number ${i}`).join('\n');
    const result = run(text);
    expect(result.notUnderstood).toHaveLength(50);
    expect(result.notUnderstoodCount).toBe(120);
  });
});

describe('identify: large input', () => {
  test('200 KB of junk is cut, reported, and fast', () => {
    const junk = 'qwerty uiop asdf ghjk; 10.0.1 zz:yy/xx '.repeat(5300);
    const start = performance.now();
    const result = run(junk);
    const elapsed = performance.now() - start;
    expect(result.truncated).toBe(true);
    expect(result.problems.join(' ')).toMatch(/only the first 100000/);
    expect(elapsed).toBeLessThan(2000);
  });

  test('100 KB of realistic output stays fast and finds the build', () => {
    const block = [
      ' Containers: 3',
      ' Storage Driver: windowsfilter',
      ' Kernel Version: 10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)',
      'runs-on: windows-2019',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2019',
      'no matching manifest for windows/amd64 10.0.17763 in the manifest list entries',
    ].join('\n');
    const text = `${block}\n`.repeat(Math.ceil(100_000 / (block.length + 1))).slice(0, 100_000);
    const start = performance.now();
    const result = run(text);
    const elapsed = performance.now() - start;
    expect(result.host.build).toBe(17763);
    expect(elapsed).toBeLessThan(2000);
  });

  test('lines built to make patterns backtrack stay fast', () => {
    const line = `no matching manifest for windows/amd64${' '.repeat(1900)}x`;
    const text = `${line}\n`.repeat(50);
    const start = performance.now();
    run(text);
    run('manifest for '.repeat(7000));
    run(`Microsoft Windows [Version 10.0.${'1'.repeat(1900)}`.repeat(40));
    expect(performance.now() - start).toBeLessThan(2000);
  });

  test('one enormous line does not hang the patterns', () => {
    const text = `${'a'.repeat(50_000)}${'1'.repeat(50_000)}`;
    const start = performance.now();
    run(text);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
