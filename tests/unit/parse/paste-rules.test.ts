/**
 * One test per paste rule added for real pastes: product words and editions, partial and hidden builds,
 * version ceilings, old Docker Hub names, derived images, year-like tags, and whether a paste names a cell.
 * All on the fixture catalog (which has editions, unlike content/ until they land).
 */
import { describe, expect, test } from 'vitest';
import { identify, parseHostText, parseImageReference } from '../../../src/lib/readers';
import { catalog, ids } from './fixture-catalog';

const hostsOf = (text: string): string[] => ids(identify(text, catalog).hostCandidates);
const imagesOf = (text: string): string[] => identify(text, catalog).imageCandidates.map((c) => c.image.id);

describe('product words narrow the hosts', () => {
  test('winver retyped without parentheses: build, client, release and edition give one host', () => {
    const result = parseHostText('Windows 10 Enterprise LTSC 2019 version 1809 OS build 17763.5576', catalog);
    expect(result.build).toBe(17763);
    expect(result.revision).toBe(5576);
    expect(ids(result.hostCandidates)).toEqual(['win10-1809']);
    expect(result.editions.map((e) => e.edition.id)).toEqual(['enterprise-ltsc-2019']);
  });

  test('the longest edition name wins: IoT Enterprise is not also read as plain Enterprise', () => {
    const result = parseHostText('Windows 10 IoT Enterprise LTSC 2019\nOS Build 17763.6054', catalog);
    expect(result.editions.map((e) => e.edition.id)).toEqual(['iot-enterprise-ltsc-2019']);
  });

  test('a release label in a sentence picks that release, not every Windows 11', () => {
    expect(hostsOf('the image does not start on Windows 11 24H2')).toEqual(['win11-24h2']);
  });

  test('"version 1809" in running text is a release label', () => {
    expect(parseHostText('Windows 10 version 1809', catalog).versionLabel).toBe('1809');
  });

  test('a release label inside an image tag is not one', () => {
    expect(parseHostText('docker pull mcr.microsoft.com/windows/servercore:20H2', catalog).versionLabel).toBe(
      undefined,
    );
  });

  test('an edition name without a build names its host', () => {
    expect(hostsOf('Windows 11 IoT Enterprise LTSC 2024')).toEqual(['win11-24h2']);
    expect(hostsOf('IoT Enterprise LTSC 2019')).toEqual(['win10-1809']);
  });

  test('a tag spelled like an edition (ltsc2019 in an image name) names no edition', () => {
    const result = identify('mcr.microsoft.com/windows/servercore:ltsc2019', catalog);
    expect(result.hostCandidates).toEqual([]);
    expect(result.host.editions).toEqual([]);
  });

  test('a server product with edition tier words: Datacenter and Standard do not matter', () => {
    expect(hostsOf('Windows Server 2019 Datacenter')).toEqual(['ws2019']);
    expect(hostsOf('Microsoft Windows Server 2022 Standard Evaluation')).toEqual(['ws2022']);
  });

  test.each([
    [
      'PowerShell OSVersion row',
      ' Win32NT             10.0.20348.0 Microsoft Windows NT 10.0.20348.0',
      20348,
    ],
    ['timestamped log line', '2024-05-01T10:22:33.1234567Z Version: 10.0.20348', 20348],
    ['German systeminfo', 'Betriebssystemversion:   10.0.19045 Nicht zutreffend Build 19045', 19045],
    ['French systeminfo', 'Version du système:   10.0.22631 N/A version 22631', 22631],
    ['Spanish systeminfo', 'Versión del sistema operativo:   10.0.17763 N/D Compilación 17763', 17763],
    ['Japanese systeminfo', 'OS バージョン:   10.0.20348 N/A ビルド 20348', 20348],
    ['capitals', 'VERSION 10.0.17763.5576', 17763],
  ])('%s gives the build', (_, text, build) => {
    expect(parseHostText(text, catalog).build).toBe(build);
  });
});

describe('partial and hidden builds', () => {
  test('a build shortened in the middle resolves when one known build fits', () => {
    const result = parseHostText('kernel 10.0.203…48', catalog);
    expect(result.build).toBe(20348);
    expect(result.partialBuild).toEqual({ written: '10.0.203…48', kind: 'shortened', candidates: [20348] });
  });

  test('three dots work like the ellipsis character', () => {
    expect(parseHostText('host 10.0.2610...', catalog).build).toBe(26100);
    const none = parseHostText('host 10.0.263...', catalog);
    expect(none.partialBuild?.candidates).toEqual([]);
    expect(none.problems.join(' ')).toContain('no build this site knows fits');
  });

  test('a cut revision keeps the build', () => {
    const result = parseHostText('Microsoft Windows [Version 10.0.17763…]', catalog);
    expect(result.build).toBe(17763);
    expect(result.understood.join(' ')).toContain('revision was cut');
  });

  test('a build cut too short lists the candidates and says it was shortened', () => {
    const result = parseHostText('node says 10.0.1… then crashes', catalog);
    expect(result.build).toBeUndefined();
    expect(result.partialBuild?.candidates).toEqual([14393, 16299, 17763, 19042, 19043, 19045]);
    expect(result.problems.join(' ')).toMatch(/shortened; it could be build 14393, 16299/);
  });

  test.each(['10.0.xxxxx', '10.0.XXXXX.YYYY', '10.0.<build>', '10.0.*****'])(
    '%s is a hidden build',
    (text) => {
      const result = parseHostText(`host runs ${text}`, catalog);
      expect(result.build).toBeUndefined();
      expect(result.hostCandidates).toEqual([]);
      expect(result.partialBuild?.kind).toBe('hidden');
      expect(result.problems.join(' ')).toContain('hidden');
    },
  );
});

describe('ceilings are not builds', () => {
  test('an os.version ceiling names no host and no image', () => {
    const result = identify('"os.version": "10.0.14393.9999"', catalog);
    expect(result.hostCandidates).toEqual([]);
    expect(result.imageCandidates).toEqual([]);
    expect(result.understood.join(' ')).toContain('upper bound');
  });

  test('a real revision is still a build', () => {
    expect(parseHostText('os.version: 10.0.14393.6897', catalog).build).toBe(14393);
  });
});

describe('image names people really paste', () => {
  test('the old Docker Hub name without a tag meant the 2016 image', () => {
    const result = parseImageReference('microsoft/windowsservercore', catalog);
    expect(ids(result.images)).toEqual(['servercore-ltsc2016']);
    expect(result.exists).toBe('no');
    expect(result.reason).toContain('latest meant Server Core ltsc2016');
  });

  test('microsoft/nanoserver:latest meant Nano Server 2016', () => {
    expect(ids(parseImageReference('microsoft/nanoserver:latest', catalog).images)).toEqual([
      'nanoserver-sac2016',
    ]);
  });

  test('on MCR, latest names no image', () => {
    expect(parseImageReference('mcr.microsoft.com/windows/servercore:latest', catalog).images).toEqual([]);
  });

  test.each([
    ['mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019', 'servercore-ltsc2019'],
    ['mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809', 'nanoserver-1809'],
    ['python:3.12-windowsservercore-ltsc2022', 'servercore-ltsc2022'],
  ])('%s names its base image', (text, image) => {
    expect(imagesOf(text)).toEqual([image]);
    expect(imagesOf(`docker run ${text} cmd`)).toEqual([image]);
  });

  test.each([
    'node:2019-alpine',
    'myapp:2022.1',
    'postgres:16-2025',
    'FROM node:2019-alpine',
    'image: redis:7-2022',
  ])('%s is not a Windows host or image', (text) => {
    const result = identify(text, catalog);
    expect(result.hostCandidates).toEqual([]);
    expect(result.imageCandidates).toEqual([]);
  });
});

describe('when a paste names a cell', () => {
  test('an error with both builds names host and image', () => {
    const result = identify(
      'a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
      catalog,
    );
    expect(result.namesCell).toBe(true);
    expect(
      imagesOf('a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host'),
    ).toContain('servercore-ltsc2022');
  });

  test('one word that is both a host alias and a tag does not', () => {
    const result = identify('ltsc2019', catalog);
    expect(result.namesCell).toBe(false);
  });
});
