import { describe, expect, test } from 'vitest';
import { parseHostText } from '../../../src/lib/readers/host-text';
import type { TextContext } from '../../../src/lib/readers/host-text';
import { catalog, ids } from './fixture-catalog';

const parse = (input: string) => parseHostText(input, catalog);

interface Case {
  name: string;
  input: string;
  build?: number;
  revision?: number;
  hosts: string[];
  context: TextContext;
  ask?: boolean;
}

const SYSTEMINFO_2022 = [
  'Host Name:                 BUILD-AGENT-07',
  'OS Name:                   Microsoft Windows Server 2022 Datacenter',
  'OS Version:                10.0.20348 N/A Build 20348',
  'OS Manufacturer:           Microsoft Corporation',
  'System Type:               x64-based PC',
].join('\n');

const COMPUTER_INFO_WIN10 = [
  'WindowsBuildLabEx   : 17763.1.amd64fre.rs5_release.180914-1434',
  'WindowsProductName  : Windows 10 Pro',
  'WindowsVersion      : 1809',
  'OsName              : Microsoft Windows 10 Pro',
  'OsBuildNumber       : 17763',
].join('\n');

const DOCKER_VERSION = [
  'Client:',
  ' Version:           24.0.7',
  ' OS/Arch:           windows/amd64',
  '',
  'Server: Docker Engine - Community',
  ' Engine:',
  '  Version:          24.0.7',
  '  OS/Arch:          windows/amd64',
  '  Kernel Version:   10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)',
].join('\n');

const DOCKER_INFO_2022 = [
  'Server:',
  ' Containers: 2',
  ' Server Version: 24.0.7',
  ' Storage Driver: windowsfilter',
  ' Default Isolation: process',
  ' Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
  ' Operating System: Windows Server 2022 Datacenter Version 2009 (OS Build 20348.2113)',
  ' OSType: windows',
  ' Architecture: x86_64',
].join('\n');

const KUBECTL = [
  'NAME            STATUS   ROLES   AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME',
  'aks-nodepool1   Ready    agent   9d    v1.28.3   10.224.0.4    <none>        Ubuntu 22.04.3 LTS               5.15.0-1051-azure   containerd://1.7.5',
  'akswin000000    Ready    agent   9d    v1.28.3   10.224.0.33   <none>        Windows Server 2019 Datacenter   10.0.17763.5458     containerd://1.6.21',
].join('\n');

const CASES: Case[] = [
  {
    name: 'bare build',
    input: '17763',
    build: 17763,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'unknown',
    ask: true,
  },
  {
    name: '10.0.x',
    input: '10.0.17763',
    build: 17763,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'unknown',
  },
  {
    name: 'full version',
    input: '10.0.17763.5458',
    build: 17763,
    revision: 5458,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'unknown',
  },
  {
    name: 'build.revision',
    input: '26100.4061',
    build: 26100,
    revision: 4061,
    hosts: ['ws2025', 'win11-24h2'],
    context: 'unknown',
  },
  {
    name: 'ver output',
    input: 'C:\\>ver\n\nMicrosoft Windows [Version 10.0.20348.2113]\n',
    build: 20348,
    revision: 2113,
    hosts: ['ws2022'],
    context: 'unknown',
    ask: true,
  },
  {
    name: 'winver text',
    input: 'Microsoft Windows\nVersion 22H2 (OS Build 19045.3803)',
    build: 19045,
    revision: 3803,
    hosts: ['win10-22h2'],
    context: 'host',
    ask: false,
  },
  {
    // Server 2025 and Windows 11 24H2 share build and version label: both stay.
    name: 'winver line alone',
    input: 'Version 24H2 (OS Build 26100.2605)',
    build: 26100,
    hosts: ['ws2025', 'win11-24h2'],
    context: 'host',
  },
  {
    name: 'winver with its licence line',
    input:
      'Microsoft Windows\nVersion 24H2 (OS Build 26100.2605)\n© Microsoft Corporation. All rights reserved.\n' +
      'The Windows 11 Pro operating system and its user interface are protected by trademark laws.',
    build: 26100,
    hosts: ['win11-24h2'],
    context: 'host',
  },
  { name: 'systeminfo', input: SYSTEMINFO_2022, build: 20348, hosts: ['ws2022'], context: 'host' },
  {
    name: 'Get-ComputerInfo on Windows 10',
    input: COMPUTER_INFO_WIN10,
    build: 17763,
    hosts: ['win10-1809'],
    context: 'host',
  },
  {
    name: 'docker version',
    input: DOCKER_VERSION,
    build: 17763,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'host',
  },
  {
    name: 'docker info',
    input: DOCKER_INFO_2022,
    build: 20348,
    revision: 2113,
    hosts: ['ws2022'],
    context: 'host',
  },
  {
    name: 'Kubernetes label',
    input: 'node.kubernetes.io/windows-build=10.0.17763',
    build: 17763,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'host',
  },
  {
    name: 'Kubernetes nodeSelector YAML',
    input: "nodeSelector:\n  kubernetes.io/os: windows\n  node.kubernetes.io/windows-build: '10.0.20348'",
    build: 20348,
    hosts: ['ws2022'],
    context: 'host',
  },
  {
    name: 'kubectl get nodes -o wide',
    input: KUBECTL,
    build: 17763,
    revision: 5458,
    hosts: ['ws2019'],
    context: 'host',
  },
  { name: 'runner label alone', input: 'windows-2025', build: 26100, hosts: ['ws2025'], context: 'host' },
  {
    name: 'no matching manifest (host build)',
    input:
      'Error response from daemon: no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
    build: 19045,
    hosts: ['win10-22h2'],
    context: 'host',
  },
  {
    name: 'incompatible image',
    input: 'Error: a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
    build: 17763,
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    context: 'host',
  },
  { name: 'host alias', input: 'rs5', build: 17763, hosts: ['ws2019', 'ws1809'], context: 'host' },
  { name: 'build without images', input: '19043', build: 19043, hosts: ['win10-21h1'], context: 'unknown' },
  {
    name: 'Windows 11 calling itself Windows 10',
    input: 'WindowsProductName : Windows 10 Pro\nOsName : Microsoft Windows 11 Pro\nOsBuildNumber : 26100',
    build: 26100,
    hosts: ['win11-24h2'],
    context: 'host',
  },
  {
    name: 'systeminfo of Server 2016 leaves Nano out',
    input: 'OS Name: Microsoft Windows Server 2016 Datacenter\nOS Version: 10.0.14393 N/A Build 14393',
    build: 14393,
    hosts: ['ws2016'],
    context: 'host',
  },
  {
    name: 'Nano Server installation',
    input: 'WindowsInstallationType : Nano Server\nOsBuildNumber : 14393',
    build: 14393,
    hosts: ['nano2016'],
    context: 'host',
  },
  {
    name: 'registry query',
    input:
      '    CurrentBuild    REG_SZ    20348\n    UBR    REG_DWORD    0x841\n    ProductName    REG_SZ    Windows Server 2022 Standard',
    build: 20348,
    revision: 2113,
    hosts: ['ws2022'],
    context: 'host',
  },
  {
    name: 'systeminfo inside a container',
    input:
      'Host Name: 4f3c2a1b9d8e\nOS Name: Microsoft Windows Server 2022 Datacenter\nOS Version: 10.0.20348 N/A Build 20348',
    build: 20348,
    hosts: ['ws2022'],
    context: 'container',
    ask: false,
  },
  {
    name: 'product name only',
    input: 'Microsoft Windows Server 2019 Standard',
    hosts: ['ws2019'],
    context: 'host',
  },
];

describe('parseHostText: build and host candidates', () => {
  test.each(CASES)('$name', (c) => {
    const result = parse(c.input);
    expect(result.build).toBe(c.build);
    if (c.revision !== undefined) expect(result.revision).toBe(c.revision);
    expect(ids(result.hostCandidates)).toEqual(c.hosts);
    expect(result.context).toBe(c.context);
    if (c.ask !== undefined) expect(result.askHostOrContainer).toBe(c.ask);
  });
});

describe('parseHostText: what else it reads', () => {
  test('shared builds keep every host before narrowing', () => {
    const result = parse(COMPUTER_INFO_WIN10);
    expect(ids(result.buildHosts)).toEqual(['ws2019', 'ws1809', 'win10-1809']);
    expect(result.understood.join(' ')).toMatch(/Left out ws2019 and ws1809/);
    expect(result.versionLabel).toBe('1809');
  });

  test('docker info: isolation, architecture, product, revision from the OS Build', () => {
    const result = parse(DOCKER_INFO_2022);
    expect(result).toMatchObject({ defaultIsolation: 'process', arch: 'amd64', revision: 2113 });
    expect(result.productNames).toEqual(['Windows Server 2022 Datacenter']);
  });

  test('Hyper-V default isolation', () => {
    expect(
      parse('Default Isolation: hyperv\nKernel Version: 10.0 19045 (19041.1.amd64fre.vb_release.191206-1406)')
        .defaultIsolation,
    ).toBe('hyperv');
  });

  test('the kernel build-lab stamp is not taken for the patch level', () => {
    const result = parse('Kernel Version: 10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)');
    expect(result.build).toBe(17763);
    expect(result.revision).toBeUndefined();
  });

  test('0xc0370101 and its sentence', () => {
    const result = parse(
      'Error response from daemon: container 4f3c failed: hcs::CreateComputeSystem: The container operating system does not match the host operating system. (0xc0370101)',
    );
    expect(result.errorCode).toBe('0xc0370101');
    expect(result.errorExplanation).toMatch(/--isolation=hyperv/);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.explanation).toMatch(/different Windows build/);
    expect(result.build).toBeUndefined();
  });

  test('the mismatch sentence without a code still counts', () => {
    expect(
      parse('The operating system of the container does not match the operating system of the host.')
        .errorCode,
    ).toBe('0xc0370101');
  });

  test.each([
    ['0xc0370106', /patch/],
    ['hcs::CreateComputeSystem: unrecognized format (0xc0370112)', /image format/],
  ])('error code %s', (input, explanation) => {
    const result = parse(input);
    expect(result.errors[0]?.explanation).toMatch(explanation);
  });

  test('no matching manifest: the build is the host build and is said so', () => {
    const result = parse('no matching manifest for windows/amd64 10.0.19045 in the manifest list entries');
    expect(result.errorCode).toBe('no-matching-manifest');
    expect(result.arch).toBe('amd64');
    expect(result.errors[0]?.explanation).toMatch(/HOST build/);
    expect(result.nearestImageBuilds).toEqual([19042, 20348]);
  });

  test('the old "for unknown" form of the pull error', () => {
    const result = parse('no matching manifest for unknown in the manifest list entries');
    expect(result.errorCode).toBe('no-matching-manifest');
    expect(result.build).toBeUndefined();
  });

  test('image-newer-than-host names both builds', () => {
    const result = parse('a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host');
    expect(result.imageBuild).toBe(20348);
    expect(ids(result.imageCandidates)).toEqual([
      'servercore-ltsc2022',
      'nanoserver-ltsc2022',
      'server-ltsc2022',
    ]);
    expect(result.errorCode).toBe('image-newer-than-host');
  });

  test('manifest not found for latest', () => {
    const result = parse(
      'Error response from daemon: manifest for mcr.microsoft.com/windows/servercore:latest not found: manifest unknown',
    );
    expect(result.errorCode).toBe('manifest-not-found');
    expect(result.imageReferences[0]?.tagKind).toBe('latest');
    expect(result.errors[0]?.explanation).toMatch(/no latest tag/);
  });

  test('Docker in Linux containers mode', () => {
    const result = parse(
      'Kernel Version: 5.15.133.1-microsoft-standard-WSL2\nOperating System: Docker Desktop\nOSType: linux',
    );
    expect(result.errorCode).toBe('linux-daemon');
    expect(result.problems.join(' ')).toMatch(/Windows containers/);
    expect(result.build).toBeUndefined();
  });

  test('image metadata (docker manifest inspect) is an image build, not the host', () => {
    const result = parse(
      '        "platform": {\n          "os": "windows",\n          "os.version": "10.0.17763.5458"\n        }',
    );
    expect(result.imageBuild).toBe(17763);
    expect(result.build).toBeUndefined();
    expect(ids(result.imageCandidates)).toEqual(['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809']);
  });

  test('arm64 hosts', () => {
    expect(
      parse('Architecture: aarch64\nKernel Version: 10.0 26100 (26100.1.arm64fre.ge_release.240331-1435)')
        .arch,
    ).toBe('arm64');
  });

  test('usedLines lists only the lines that contributed', () => {
    expect(parse('hello\nOsBuildNumber : 17763\nworld').usedLines).toEqual([1]);
  });
});

describe('parseHostText: builds it cannot place', () => {
  test('a build with a host but no image', () => {
    const result = parse('19043');
    expect(result.nearestImageBuilds).toEqual([19042, 20348]);
    expect(result.understood.join(' ')).toMatch(/No base image was built for build 19043/);
  });

  test('a build nothing has', () => {
    const result = parse('99999');
    expect(result.hostCandidates).toEqual([]);
    expect(result.nearestHostBuilds).toEqual([26200]);
    expect(result.problems.join(' ')).toMatch(/not a Windows release this site knows/);
  });

  test('an Insider-like build between releases', () => {
    const result = parse('Microsoft Windows [Version 10.0.20344.1]');
    expect(result.nearestHostBuilds).toEqual([20348, 19045]);
  });

  test('a truncated build', () => {
    const result = parse('10.0.1776');
    expect(result.build).toBeUndefined();
    expect(result.problems.join(' ')).toMatch(/five digits.*17763/);
  });

  test('a typo in the winver text', () => {
    const result = parse('Version 1809 (OS Build 1776.5458)');
    expect(result.build).toBeUndefined();
    expect(result.problems.join(' ')).toMatch(/17763/);
  });

  test('truncated docker info still gives what it has', () => {
    const result = parse('Server:\n Containers: 2\n Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_rel');
    expect(result.build).toBe(20348);
  });

  test('empty and junk', () => {
    expect(parse('').problems).toEqual(['Nothing to read: the input is empty.']);
    const junk = parse('lorem ipsum dolor sit amet');
    expect(junk.build).toBeUndefined();
    expect(junk.problems.join(' ')).toMatch(/Found no Windows build/);
  });

  test('several nodes with different builds', () => {
    const result = parse(
      'node.kubernetes.io/windows-build=10.0.17763\nnode.kubernetes.io/windows-build=10.0.20348',
    );
    expect(result.builds).toEqual([17763, 20348]);
    expect(result.understood.join(' ')).toMatch(/Several host builds/);
  });
});
