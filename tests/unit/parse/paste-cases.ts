/**
 * Realistic pastes (our own text, shaped like the real tools' output) with what the paste box must answer
 * for them on the real content. Read by the unit test `paste-cases.test.ts` (no build needed) and by the
 * end-to-end test `tests/e2e/paste.test.ts` (the same cases typed into the page).
 */

import { ROLE_CASES } from './role-cases';

export interface PasteCase {
  name: string;
  text: string;
  /** Exactly these host ids are offered (in any order). */
  hosts?: string[];
  /** Exactly these image ids are offered (in any order). */
  images?: string[];
  /** The answer leads with this cell (`<host>/<image>`). */
  cell?: string;
  /** Words the answer must contain (advice, explanation, problem). */
  says?: string[];
  /** Editions named (ids of host editions in content/). */
  editions?: string[];
}

const KUBECTL_FLEET = [
  'NAME               STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME',
  'aks-system-31415   Ready    <none>   40d   v1.29.4   10.224.0.4    <none>        Ubuntu 22.04.4 LTS               5.15.0-1064-azure   containerd://1.7.15-1',
  'akswin19000000     Ready    <none>   40d   v1.29.4   10.224.0.33   <none>        Windows Server 2019 Datacenter   10.0.17763.5696     containerd://1.6.21+azure',
  'akswin22000000     Ready    <none>   40d   v1.29.4   10.224.0.62   <none>        Windows Server 2022 Datacenter   10.0.20348.2402     containerd://1.7.14+azure',
].join('\n');

/** One kubectl node row, for the timing test's 500-node list. */
export function kubectlRow(index: number): string {
  const windows = index % 3 !== 0;
  const build = index % 3 === 1 ? '10.0.17763.5696' : '10.0.20348.2402';
  const image = index % 3 === 1 ? 'Windows Server 2019 Datacenter' : 'Windows Server 2022 Datacenter';
  return windows
    ? `akswin${String(index).padStart(6, '0')}   Ready    <none>   9d    v1.29.4   10.224.${index % 250}.9   <none>        ${image}   ${build}     containerd://1.7.14+azure`
    : `aks-linux-${index}   Ready    <none>   9d    v1.29.4   10.224.${index % 250}.4   <none>        Ubuntu 22.04.4 LTS               5.15.0-1064-azure   containerd://1.7.15-1`;
}

/** A `kubectl get nodes -o wide` of `count` nodes, a third of them Linux. */
export function kubectlFleet(count: number): string {
  const header = KUBECTL_FLEET.split('\n')[0] ?? '';
  return [header, ...Array.from({ length: count }, (_, i) => kubectlRow(i))].join('\n');
}

export const PASTE_CASES: PasteCase[] = [
  // --- Product words narrow the answer ---
  {
    name: 'winver of an LTSC edition, retyped on one line',
    text: 'Windows 10 Enterprise LTSC 2019 version 1809 OS build 17763.5576',
    hosts: ['win10-1809'],
  },
  {
    name: 'winver of an LTSC edition names the edition',
    text: 'Windows 10 Enterprise LTSC 2019 version 1809 OS build 17763.5576',
    hosts: ['win10-1809'],
    editions: ['enterprise-ltsc-2019'],
  },
  {
    name: 'a sentence naming a Windows 11 release and a tag',
    text: 'Since Monday our agents fail to start servercore:ltsc2025 containers on Windows 11 24H2 laptops',
    hosts: ['win11-24h2'],
    images: ['servercore-ltsc2025'],
    cell: 'win11-24h2/servercore-ltsc2025',
  },
  {
    name: 'winver of Windows 11, as copied from the dialog',
    text: 'Microsoft Windows\nVersion 24H2 (OS Build 26100.2033)\nWindows 11 Pro',
    hosts: ['win11-24h2'],
  },
  {
    name: 'systeminfo in German',
    text: [
      'Hostname:                                  BUILD-AGENT-07',
      'Betriebssystemname:                        Microsoft Windows 10 Enterprise',
      'Betriebssystemversion:                     10.0.19045 Nicht zutreffend Build 19045',
      'Betriebssystemhersteller:                  Microsoft Corporation',
      'Systemtyp:                                 x64-based PC',
    ].join('\n'),
    hosts: ['win10-22h2'],
  },
  {
    name: 'systeminfo in French',
    text: [
      "Nom de l'hôte:                              PC-COMPTA-3",
      "Nom du système d'exploitation:              Microsoft Windows 11 Professionnel",
      'Version du système:                         10.0.22631 N/A version 22631',
      'Fabricant du système d’exploitation:        Microsoft Corporation',
    ].join('\n'),
    hosts: ['win11-23h2'],
  },
  {
    name: 'systeminfo in Spanish',
    text: [
      'Nombre de host:                            SRV-APP01',
      'Nombre del sistema operativo:              Microsoft Windows Server 2019 Datacenter',
      'Versión del sistema operativo:             10.0.17763 N/D Compilación 17763',
    ].join('\n'),
    hosts: ['ws2019'],
  },
  {
    name: 'systeminfo in Japanese',
    text: [
      'ホスト名:                                  WIN-BUILD02',
      'OS 名:                                     Microsoft Windows Server 2022 Standard',
      'OS バージョン:                             10.0.20348 N/A ビルド 20348',
    ].join('\n'),
    hosts: ['ws2022'],
  },
  {
    name: 'PowerShell [Environment]::OSVersion table',
    text: [
      'PS C:\\> [Environment]::OSVersion',
      '',
      'Platform ServicePack Version      VersionString',
      '-------- ----------- -------      -------------',
      ' Win32NT             10.0.20348.0 Microsoft Windows NT 10.0.20348.0',
    ].join('\n'),
    hosts: ['ws2022'],
  },
  {
    name: 'Get-ComputerInfo excerpt',
    text: [
      'WindowsProductName    : Windows Server 2019 Datacenter',
      'WindowsVersion        : 1809',
      'OsName                : Microsoft Windows Server 2019 Datacenter',
      'OsVersion             : 10.0.17763',
      'OsBuildNumber         : 17763',
    ].join('\n'),
    hosts: ['ws2019'],
  },
  {
    name: 'a timestamped CI log',
    text: [
      '2024-05-01T10:22:31.0000000Z ##[group]Operating System',
      '2024-05-01T10:22:33.1234567Z Microsoft Windows Server 2022',
      '2024-05-01T10:22:33.1234567Z Version: 10.0.20348',
      '2024-05-01T10:22:33.1234567Z Datacenter',
      '2024-05-01T10:22:33.1234568Z ##[endgroup]',
    ].join('\n'),
    hosts: ['ws2022'],
  },
  {
    name: 'a version in capitals',
    text: 'OS VERSION 10.0.17763.5576 (Windows Server 2019 Standard)',
    hosts: ['ws2019'],
  },
  {
    name: 'a product name alone',
    text: 'Windows Server 2019 Datacenter',
    hosts: ['ws2019'],
  },
  {
    name: 'a registry query',
    text: [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
      '    CurrentBuild    REG_SZ    20348',
      '    ProductName    REG_SZ    Windows Server 2022 Standard',
      '    UBR    REG_DWORD    0x962',
    ].join('\n'),
    hosts: ['ws2022'],
  },
  // --- Robust to what people paste ---
  {
    name: 'a build shortened in the middle',
    text: 'host is on 10.0.203…48, pulls fail',
    hosts: ['ws2022'],
    says: ['shortened'],
  },
  {
    name: 'a build whose revision was cut',
    text: 'Microsoft Windows [Version 10.0.17763…]',
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
    says: ['revision was cut'],
  },
  {
    name: 'a build cut too short to tell',
    text: 'the node reports 10.0.1... and then the container dies',
    hosts: [],
    says: ['shortened', 'could be build'],
  },
  {
    name: 'a hidden build',
    text: 'Our server runs 10.0.xxxxx and docker pull fails',
    hosts: [],
    says: ['hidden'],
  },
  {
    name: 'a version ceiling in a manifest',
    text: [
      '"platform": {',
      '  "architecture": "amd64",',
      '  "os": "windows",',
      '  "os.version": "10.0.14393.9999"',
      '}',
    ].join('\n'),
    hosts: [],
    images: [],
  },
  {
    name: 'the old Docker Hub name without a tag',
    text: 'microsoft/windowsservercore',
    hosts: [],
    images: ['servercore-ltsc2016'],
    says: ['latest meant'],
  },
  {
    name: 'the old Docker Hub Nano Server latest',
    text: 'docker pull microsoft/nanoserver:latest',
    hosts: [],
    images: ['nanoserver-sac2016'],
  },
  {
    name: 'the old Docker Hub name with a SAC tag',
    text: 'docker pull microsoft/windowsservercore:1709',
    hosts: [],
    images: ['servercore-1709'],
  },
  {
    name: '.NET Framework image naming its base',
    text: 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019',
    hosts: [],
    images: ['servercore-ltsc2019'],
  },
  {
    name: '.NET SDK image naming its Nano Server base',
    text: 'docker run --rm mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809 dotnet --info',
    hosts: [],
    images: ['nanoserver-1809'],
  },
  {
    name: 'Docker Hub Python image naming its base',
    text: 'python:3.12-windowsservercore-ltsc2022',
    hosts: [],
    images: ['servercore-ltsc2022'],
  },
  { name: 'a year in a Linux tag', text: 'FROM node:2019-alpine', hosts: [], images: [] },
  { name: 'a year-like app version', text: 'docker run myapp:2022.1', hosts: [], images: [] },
  { name: 'a year at the end of a tag', text: 'image: postgres:16-2025', hosts: [], images: [] },
  // --- Host and image together: the cell comes first ---
  {
    name: 'moby error naming both builds',
    text: 'docker: Error response from daemon: a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host.',
    cell: 'ws2019/servercore-ltsc2022',
    says: ['Does not run'],
  },
  {
    name: 'a workflow and a Dockerfile',
    text: [
      'jobs:',
      '  build:',
      '    runs-on: windows-2019',
      '',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN powershell -Command Write-Host hi',
    ].join('\n'),
    hosts: ['ws2019'],
    images: ['servercore-ltsc2022'],
    cell: 'ws2019/servercore-ltsc2022',
    says: ['Does not run', 'servercore:ltsc2019'],
  },
  {
    name: 'docker info and a FROM line',
    text: [
      'Server Version: 24.0.7',
      'Storage Driver: windowsfilter',
      'Default Isolation: process',
      'Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
      'Operating System: Microsoft Windows Server Version 21H2 (OS Build 20348.2402)',
      'OSType: windows',
      'Architecture: x86_64',
      '',
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
    ].join('\n'),
    hosts: ['ws2022'],
    images: ['nanoserver-ltsc2022'],
    cell: 'ws2022/nanoserver-ltsc2022',
    says: ['Runs with process isolation', 'mcr.microsoft.com/windows/nanoserver:ltsc2022'],
  },
  {
    name: 'docker info of Windows 11 and an ltsc2019 image',
    text: [
      'Operating System: Microsoft Windows 11 Enterprise Version 23H2 (OS Build 22631.3447)',
      'OSType: windows',
      'docker pull mcr.microsoft.com/windows/servercore:ltsc2019',
    ].join('\n'),
    hosts: ['win11-23h2'],
    images: ['servercore-ltsc2019'],
    cell: 'win11-23h2/servercore-ltsc2019',
    says: ['Hyper-V'],
  },
  {
    name: 'ver output and an image in one question',
    text: 'Microsoft Windows [Version 10.0.26100.1742]\nCan I run mcr.microsoft.com/windows/servercore:ltsc2022 here?',
    hosts: ['ws2025', 'win11-24h2'],
    images: ['servercore-ltsc2022'],
    cell: 'ws2025/servercore-ltsc2022',
  },
  {
    name: 'ver on a 2016 server and a Dockerfile for 2019',
    text: 'C:\\>ver\n\nMicrosoft Windows [Version 10.0.14393.6897]\n\nFROM mcr.microsoft.com/windows/servercore:ltsc2019',
    images: ['servercore-ltsc2019'],
    cell: 'ws2016/servercore-ltsc2019',
    says: ['Does not run', 'ltsc2016'],
  },
  {
    name: 'docker info of Windows 10 22H2 and an ltsc2022 pull',
    text: [
      'Kernel Version: 10.0 19045 (19041.1.amd64fre.vb_release.191206-1406)',
      'Operating System: Microsoft Windows 10 Pro Version 22H2 (OS Build 19045.4291)',
      'OSType: windows',
      '> docker pull mcr.microsoft.com/windows/servercore:ltsc2022',
    ].join('\n'),
    hosts: ['win10-22h2'],
    images: ['servercore-ltsc2022'],
    cell: 'win10-22h2/servercore-ltsc2022',
  },
  // --- Labels, selectors and errors ---
  { name: 'an Azure Pipelines pool', text: "pool:\n  vmImage: 'windows-2022'", hosts: ['ws2022'] },
  {
    name: 'a KB tag with its architecture',
    text: 'mcr.microsoft.com/windows/servercore:1809-KB4480116-amd64',
    hosts: [],
    images: ['servercore-ltsc2019'],
  },
  { name: 'a GitHub Actions runner label', text: 'runs-on: windows-2022', hosts: ['ws2022'] },
  {
    name: 'a Kubernetes nodeSelector',
    text: "nodeSelector:\n  kubernetes.io/os: windows\n  node.kubernetes.io/windows-build: '10.0.17763'",
    hosts: ['ws2019', 'ws1809', 'win10-1809'],
  },
  {
    name: 'no matching manifest for the host build',
    text: 'Error response from daemon: no matching manifest for windows/amd64 10.0.26100 in the manifest list entries',
    hosts: ['ws2025', 'win11-24h2'],
    says: ['host'],
  },
  {
    name: 'the Linux engine asked for a Windows image',
    text: 'docker: image operating system "windows" cannot be used on this platform.',
    hosts: [],
    says: ['Windows containers'],
  },
  {
    name: 'Docker Desktop in Linux mode',
    text: [
      'Server: Docker Desktop 4.30.0 (149282)',
      ' Engine:',
      '  Version:          26.1.1',
      '  OS/Arch:          linux/amd64',
    ].join('\n'),
    hosts: [],
    says: ['Windows containers'],
  },
  {
    name: 'a lone tag',
    text: 'ltsc2022',
    images: ['servercore-ltsc2022', 'nanoserver-ltsc2022', 'server-ltsc2022'],
  },
  {
    name: 'a build with its 10.0 prefix',
    text: '10.0.20348.2402',
    hosts: ['ws2022'],
  },
  {
    name: 'a kubectl node list with a 2019, a 2022 and a Linux node',
    text: KUBECTL_FLEET,
    hosts: ['ws2019', 'ws2022'],
  },
  // --- Image names written as words inside a sentence ---
  {
    name: 'an image name and a host name in one sentence',
    text: 'servercore ltsc2022 on Windows Server 2019',
    hosts: ['ws2019'],
    images: ['servercore-ltsc2022'],
    cell: 'ws2019/servercore-ltsc2022',
  },
  {
    name: 'a question naming Nano Server 1809 and a Windows 10 release',
    text: 'Can I run Nano Server 1809 on Windows 10 22H2?',
    hosts: ['win10-22h2'],
    images: ['nanoserver-1809'],
    cell: 'win10-22h2/nanoserver-1809',
  },
  {
    name: 'an image name beats the images of its build',
    text: 'the Server Core 2004 image on our 20H2 hosts',
    hosts: ['ws20h2', 'win10-20h2'],
    images: ['servercore-2004'],
    cell: 'ws20h2/servercore-2004',
  },
  // --- Edition names (need the editions in content/) ---
  {
    name: 'an LTSC edition by its short name',
    text: 'IoT Enterprise LTSC 2021',
    hosts: ['win10-21h2'],
    editions: ['iot-enterprise-ltsc-2021'],
  },
  {
    name: 'the 2024 LTSC edition',
    text: 'Windows 11 IoT Enterprise LTSC 2024',
    hosts: ['win11-24h2'],
    editions: ['iot-enterprise-ltsc-2024'],
  },
];

/** The role cases (one or more per class of text) the paste box must answer too. */
for (const c of ROLE_CASES.filter((r) => r.paste === true)) {
  const { kind, name, text, hosts, images, cell, says } = c;
  PASTE_CASES.push({
    name: `${kind}: ${name}`,
    text,
    ...(hosts === undefined ? {} : { hosts }),
    ...(images === undefined ? {} : { images }),
    ...(cell === undefined ? {} : { cell }),
    ...(says === undefined ? {} : { says }),
  });
}

/** Cases that need the fleet answer from `src/lib/fleet/fleet.ts` (checked only where the node list is read). */
export const FLEET_CASE = 'a kubectl node list with a 2019, a 2022 and a Linux node';
