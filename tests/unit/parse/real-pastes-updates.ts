/**
 * Realistic pastes a Windows container user would give the paste box (our own text, shaped like the real
 * tools' output; field names, build numbers and KBs are facts), with the update answer each must get on the
 * real catalogue. Read by `real-pastes-updates.test.ts`.
 */
import type { UpdateKind } from '../../../src/lib/updates/catalogue';

/** One update the answer must name. */
export interface WantedFact {
  /** `build.revision` of the update. */
  update: string;
  kb?: string;
  kind?: UpdateKind;
  month?: string;
  /** Whether newer security releases exist on its line. */
  behind?: 'none' | 'some';
  /** The matching image tag, or null when none may be claimed. */
  tag?: string | null;
  /** Whose revision the text says it is. */
  role?: 'host' | 'image' | 'unknown';
}

/** A paste and what the update answer must be. */
export interface RealPaste {
  name: string;
  text: string;
  /** Updates the answer names (each must be among its facts). */
  facts?: WantedFact[];
  /** No other update is named. */
  only?: boolean;
  /** The text has no Windows update in it at all. */
  none?: boolean;
  /** Words the answer must say (in an item's "unknown" sentence or a note). */
  says?: string[];
  /** The host/image comparison, or 'none' when none must be made. */
  comparison?: { verdict: 'fine' | 'fails' | 'may-fail'; hostNeeds?: string; pin?: string | null } | 'none';
}

const REG_CURRENT_VERSION = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

export const REAL_PASTES: RealPaste[] = [
  {
    name: 'ver banner of a cmd window (2019)',
    text: 'Microsoft Windows [Version 10.0.17763.5936]\n(c) 2018 Microsoft Corporation. All rights reserved.\n\nC:\\Users\\ContainerAdministrator>',
    facts: [
      {
        update: '17763.5936',
        kb: 'KB5039217',
        kind: 'security',
        month: 'June 2024',
        behind: 'some',
        tag: '10.0.17763.5936',
      },
    ],
    only: true,
  },
  {
    name: 'ver typed at a prompt (2022)',
    text: 'C:\\>ver\n\nMicrosoft Windows [Version 10.0.20348.2340]\n\nC:\\>',
    facts: [{ update: '20348.2340', kb: 'KB5035857', month: 'March 2024', tag: '10.0.20348.2340' }],
    only: true,
  },
  {
    name: 'systeminfo: OS Version has no revision; the hotfix list names the cumulative update',
    text: [
      'Host Name:                 WIN-CTR-01',
      'OS Name:                   Microsoft Windows Server 2022 Datacenter',
      'OS Version:                10.0.20348 N/A Build 20348',
      'OS Manufacturer:           Microsoft Corporation',
      'OS Configuration:          Standalone Server',
      'OS Build Type:             Multiprocessor Free',
      'Original Install Date:     11/2/2023, 9:14:02 AM',
      'System Boot Time:          1/12/2024, 6:01:55 PM',
      'BIOS Version:              Microsoft Corporation Hyper-V UEFI Release v4.1, 5/13/2021',
      'Total Physical Memory:     16,383 MB',
      'Virtual Memory: Max Size:  18,431 MB',
      'Hotfix(s):                 3 Hotfix(s) Installed.',
      '                           [01]: KB5034439',
      '                           [02]: KB5034129',
      '                           [03]: KB5033914',
      'Network Card(s):           1 NIC(s) Installed.',
      '                           [01]: Microsoft Hyper-V Network Adapter',
      '                                 Connection Name: Ethernet',
      '                                 DHCP Enabled:    Yes',
      '                                 IP address(es)',
      '                                 [01]: 10.0.0.4',
    ].join('\n'),
    facts: [{ update: '20348.2227', kb: 'KB5034129', month: 'January 2024', role: 'host' }],
    only: true,
    says: ['KB5034439', 'not a cumulative update', 'revision'],
  },
  {
    name: 'systeminfo of a 2019 host (German), hotfix list only',
    text: [
      'Betriebssystemname:        Microsoft Windows Server 2019 Datacenter',
      'Betriebssystemversion:     10.0.17763 Nicht zutreffend Build 17763',
      'Hotfix(es):                2 Hotfix(es) installiert.',
      '                           [01]: KB5039336',
      '                           [02]: KB5039217',
    ].join('\n'),
    facts: [{ update: '17763.5936', kb: 'KB5039217', month: 'June 2024' }],
    only: true,
  },
  {
    name: 'winver (server)',
    text: 'Microsoft Windows Server\nVersion 1809 (OS Build 17763.8880)\n© Microsoft Corporation. All rights reserved.',
    facts: [
      {
        update: '17763.8880',
        kb: 'KB5094123',
        kind: 'security',
        month: 'June 2026',
        behind: 'some',
        tag: '10.0.17763.8880',
        role: 'host',
      },
    ],
    only: true,
  },
  {
    name: 'winver (Windows 11 24H2, client line after the split)',
    text: 'Windows 11 Pro\nVersion 24H2 (OS Build 26100.8875)',
    facts: [{ update: '26100.8875', kb: 'KB5101650', month: 'July 2026', behind: 'some', role: 'host' }],
    only: true,
  },
  {
    name: 'Get-ComputerInfo: BuildLabEx .1 and the HAL file version are not the revision; OsHotFixes is',
    text: [
      'WindowsBuildLabEx                                       : 20348.1.amd64fre.fe_release.210507-1500',
      'WindowsCurrentVersion                                   : 6.3',
      'WindowsEditionId                                        : ServerDatacenter',
      'WindowsInstallationType                                 : Server Core',
      'WindowsProductName                                      : Windows Server 2022 Datacenter',
      'WindowsVersion                                          : 2009',
      'OsName                                                  : Microsoft Windows Server 2022 Datacenter',
      'OsType                                                  : WINNT',
      'OsVersion                                               : 10.0.20348',
      'OsBuildNumber                                           : 20348',
      'OsHotFixes                                              : {KB5034439, KB5034129}',
      'OsHardwareAbstractionLayer                              : 10.0.20348.2031',
    ].join('\n'),
    facts: [{ update: '20348.2227', kb: 'KB5034129', role: 'host' }],
    only: true,
  },
  {
    name: '[Environment]::OSVersion (Windows PowerShell): revision 0 is not an update',
    text: [
      'PS C:\\> [Environment]::OSVersion',
      '',
      'Platform ServicePack Version      VersionString',
      '-------- ----------- -------      -------------',
      ' Win32NT             10.0.17763.0 Microsoft Windows NT 10.0.17763.0',
    ].join('\n'),
    facts: [],
    says: ['does not show the installed update'],
    comparison: 'none',
  },
  {
    name: '[Environment]::OSVersion.Version table with revision 0',
    text: 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n10     0      20348  0',
    facts: [],
    says: ['does not show the installed update'],
  },
  {
    name: 'OSVersion.Version table with a revision',
    text: 'Major  Minor  Build  Revision\n-----  -----  -----  --------\n10     0      20348  2227',
    facts: [{ update: '20348.2227', kb: 'KB5034129' }],
    only: true,
  },
  {
    name: 'reg query UBR (hex) with CurrentBuild',
    text: [
      'C:\\>reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v CurrentBuild',
      '',
      REG_CURRENT_VERSION,
      '    CurrentBuild    REG_SZ    20348',
      '',
      'C:\\>reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v UBR',
      '',
      REG_CURRENT_VERSION,
      '    UBR    REG_DWORD    0x8b3',
    ].join('\n'),
    facts: [{ update: '20348.2227', kb: 'KB5034129', role: 'host' }],
    only: true,
  },
  {
    name: 'reg query of the whole CurrentVersion key (BuildLabEx .1 is not the revision)',
    text: [
      REG_CURRENT_VERSION,
      '    BuildLab    REG_SZ    17763.rs5_release.180914-1434',
      '    BuildLabEx    REG_SZ    17763.1.amd64fre.rs5_release.180914-1434',
      '    CurrentBuild    REG_SZ    17763',
      '    CurrentBuildNumber    REG_SZ    17763',
      '    CurrentMajorVersionNumber    REG_DWORD    0xa',
      '    CurrentVersion    REG_SZ    6.3',
      '    EditionID    REG_SZ    ServerStandard',
      '    InstallDate    REG_DWORD    0x5f3a1c2b',
      '    ProductName    REG_SZ    Windows Server 2019 Standard',
      '    ReleaseId    REG_SZ    1809',
      '    UBR    REG_DWORD    0x1730',
    ].join('\n'),
    facts: [{ update: '17763.5936', kb: 'KB5039217' }],
    only: true,
  },
  {
    name: 'reg query UBR alone: the build is missing',
    text: `${REG_CURRENT_VERSION}\n    UBR    REG_DWORD    0x1730`,
    facts: [],
    says: ['UBR', '5936', 'build'],
  },
  {
    name: 'Get-ItemProperty as a table (decimal UBR)',
    text: [
      "PS C:\\> Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' | Select-Object CurrentBuild, UBR, DisplayVersion, ProductName",
      '',
      'CurrentBuild UBR  DisplayVersion ProductName',
      '------------ ---  -------------- -----------',
      '20348        2340 21H2           Windows Server 2022 Datacenter',
    ].join('\n'),
    facts: [{ update: '20348.2340', kb: 'KB5035857', role: 'host' }],
    only: true,
  },
  {
    name: 'Get-ItemProperty as a list (decimal UBR)',
    text: [
      'CurrentBuild              : 17763',
      'CurrentBuildNumber        : 17763',
      'DisplayVersion            :',
      'ProductName               : Windows Server 2019 Datacenter',
      'ReleaseId                 : 1809',
      'UBR                       : 5820',
      'PSPath                    : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
    ].join('\n'),
    facts: [{ update: '17763.5820', kb: 'KB5037765', month: 'May 2024' }],
    only: true,
  },
  {
    name: 'docker info on Windows: Operating System line is the host; the kernel .1 is not',
    text: [
      'Client:',
      ' Version:    24.0.7',
      ' Context:    default',
      ' Debug Mode: false',
      '',
      'Server:',
      ' Containers: 3',
      ' Server Version: 24.0.7',
      ' Storage Driver: windowsfilter',
      ' Logging Driver: json-file',
      ' Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
      ' Operating System: Microsoft Windows Server Version 21H2 (OS Build 20348.2113)',
      ' OSType: windows',
      ' Architecture: x86_64',
      ' CPUs: 4',
      ' Total Memory: 16GiB',
      ' Name: WIN-BUILD01',
      ' Docker Root Dir: C:\\ProgramData\\docker',
      ' Registry: https://index.docker.io/v1/',
    ].join('\n'),
    facts: [{ update: '20348.2113', kb: 'KB5032198', month: 'November 2023', role: 'host' }],
    only: true,
  },
  {
    name: 'docker info Operating System with an edition and Version 2009',
    text: 'Operating System: Windows Server 2022 Datacenter Version 2009 (OS Build 20348.2113)',
    facts: [{ update: '20348.2113', role: 'host' }],
    only: true,
  },
  {
    name: 'docker version: no Windows revision at all',
    text: [
      'Client:',
      ' Version:           24.0.7',
      ' API version:       1.43',
      ' Go version:        go1.20.10',
      ' Git commit:        afdd53b',
      ' Built:             Thu Oct 26 09:08:44 2023',
      ' OS/Arch:           windows/amd64',
      ' Context:           default',
      '',
      'Server: Docker Engine - Community',
      ' Engine:',
      '  Version:          24.0.7',
      '  API version:      1.43 (minimum version 1.24)',
      '  Go version:       go1.20.10',
      '  Git commit:       311b9ff',
      '  OS/Arch:          windows/amd64',
      '  Experimental:     false',
    ].join('\n'),
    none: true,
  },
  {
    name: 'docker image inspect: OsVersion is the image',
    text: [
      '[',
      '    {',
      '        "Id": "sha256:3c1b5f0e9a7d2c4b6e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d",',
      '        "RepoTags": [',
      '            "mcr.microsoft.com/windows/servercore:ltsc2019"',
      '        ],',
      '        "Architecture": "amd64",',
      '        "Os": "windows",',
      '        "OsVersion": "10.0.17763.5936",',
      '        "Size": 5402456789',
      '    }',
      ']',
    ].join('\n'),
    facts: [{ update: '17763.5936', kb: 'KB5039217', role: 'image', tag: '10.0.17763.5936' }],
    only: true,
  },
  {
    name: 'docker manifest inspect: each os.version is an image, never a host',
    text: [
      '{',
      '   "schemaVersion": 2,',
      '   "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",',
      '   "manifests": [',
      '      {',
      '         "digest": "sha256:aa11",',
      '         "platform": {',
      '            "architecture": "amd64",',
      '            "os": "windows",',
      '            "os.version": "10.0.17763.5936"',
      '         }',
      '      },',
      '      {',
      '         "digest": "sha256:bb22",',
      '         "platform": {',
      '            "architecture": "amd64",',
      '            "os": "windows",',
      '            "os.version": "10.0.17763.5820"',
      '         }',
      '      }',
      '   ]',
      '}',
    ].join('\n'),
    facts: [
      { update: '17763.5936', role: 'image' },
      { update: '17763.5820', role: 'image' },
    ],
    only: true,
    comparison: 'none',
  },
  {
    name: 'docker image ls with build tags',
    text: [
      'REPOSITORY                             TAG                     IMAGE ID       CREATED       SIZE',
      'mcr.microsoft.com/windows/servercore   10.0.20348.2340-amd64   8d3f0c2a1b9e   3 weeks ago   4.97GB',
      'mcr.microsoft.com/windows/nanoserver   ltsc2022                1a2b3c4d5e6f   3 weeks ago   296MB',
    ].join('\n'),
    facts: [{ update: '20348.2340', role: 'image', tag: '10.0.20348.2340' }],
    only: true,
  },
  {
    name: 'kubectl get nodes -o wide: KERNEL-VERSION is the node (host)',
    text: [
      'NAME                                STATUS   ROLES   AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME',
      'aks-nodepool1-12345678-vmss000000   Ready    agent   12d   v1.29.2   10.224.0.4    <none>        Ubuntu 22.04.4 LTS               5.15.0-1057-azure   containerd://1.7.13-1',
      'akswin22000000                      Ready    agent   12d   v1.29.2   10.224.0.33   <none>        Windows Server 2022 Datacenter   10.0.20348.2227     containerd://1.7.13+azure',
    ].join('\n'),
    facts: [{ update: '20348.2227', kb: 'KB5034129', role: 'host' }],
    only: true,
  },
  {
    name: 'kubectl node row and the pod image: the node is one update behind the image',
    text: [
      'NAME             STATUS   ROLES   AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION    CONTAINER-RUNTIME',
      'akswin22000001   Ready    agent   40d   v1.29.2   10.224.0.62   <none>        Windows Server 2022 Datacenter   10.0.20348.2227   containerd://1.7.13+azure',
      '',
      '    Image:          mcr.microsoft.com/windows/servercore:10.0.20348.2322',
      '  Warning  Failed  12s  kubelet  Error: failed to create containerd task: hcs::CreateComputeSystem app: The virtual machine or container exited unexpectedly.: unknown',
    ].join('\n'),
    facts: [
      { update: '20348.2227', role: 'host' },
      { update: '20348.2322', role: 'image' },
    ],
    only: true,
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5034770', pin: '10.0.20348.2227' },
  },
  {
    name: 'Get-HotFix table',
    text: [
      'Source        Description      HotFixID      InstalledBy          InstalledOn',
      '------        -----------      --------      -----------          -----------',
      'WIN-NODE01    Update           KB5034439     NT AUTHORITY\\SYSTEM  1/9/2024 12:00:00 AM',
      'WIN-NODE01    Security Update  KB5034129     NT AUTHORITY\\SYSTEM  1/10/2024 12:00:00 AM',
      'WIN-NODE01    Security Update  KB5033914     NT AUTHORITY\\SYSTEM  1/10/2024 12:00:00 AM',
    ].join('\n'),
    facts: [{ update: '20348.2227', kb: 'KB5034129', role: 'host' }],
    only: true,
    says: ['not a cumulative update'],
  },
  {
    name: 'Windows Update history line (server 21H2)',
    text: '2024-05 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5037782)',
    facts: [
      { update: '20348.2461', kb: 'KB5037782', month: 'May 2024', kind: 'security', tag: '10.0.20348.2461' },
    ],
    only: true,
  },
  {
    name: 'Windows Update install failure naming the cumulative update',
    text: 'Installation Failure: Windows failed to install the following update with error 0x800f0922: 2024-06 Cumulative Update for Windows Server 2019 (1809) for x64-based Systems (KB5039217).',
    facts: [{ update: '17763.5936', kb: 'KB5039217' }],
    only: true,
  },
  {
    name: 'KB support URL without the KB letters',
    text: 'see https://support.microsoft.com/help/5037782',
    facts: [{ update: '20348.2461', kb: 'KB5037782' }],
    only: true,
  },
  {
    name: 'KB article URL (kb/ form)',
    text: 'https://support.microsoft.com/kb/5034129',
    facts: [{ update: '20348.2227', kb: 'KB5034129' }],
    only: true,
  },
  {
    name: 'KB topic URL with the build in it',
    text: 'https://support.microsoft.com/en-us/topic/june-11-2024-kb5039217-os-build-17763-5936-9a7ac3b5-1a7e-4b5c-8b16-2f0b1c6e6f4d',
    facts: [{ update: '17763.5936', kb: 'KB5039217' }],
    only: true,
  },
  {
    name: 'Update Catalog search URL',
    text: 'https://www.catalog.update.microsoft.com/Search.aspx?q=KB5039227',
    facts: [{ update: '20348.2527', kb: 'KB5039227', month: 'June 2024' }],
    only: true,
  },
  {
    name: 'KB-style tag 1809-KB4480116 (published build tag)',
    text: 'docker pull mcr.microsoft.com/windows/servercore:1809-KB4480116',
    facts: [
      { update: '17763.253', kb: 'KB4480116', month: 'January 2019', role: 'image', tag: '10.0.17763.253' },
    ],
    only: true,
  },
  {
    name: 'KB-style tag 1803_KB4338819 (underscore form)',
    text: 'FROM microsoft/windowsservercore:1803_KB4338819',
    facts: [{ update: '17134.165', kb: 'KB4338819', month: 'July 2018', role: 'image' }],
    only: true,
  },
  {
    name: '0xc0370106 with host and image revisions on separate lines',
    text: [
      'docker: Error response from daemon: hcs::CreateComputeSystem 4f9a2c: The virtual machine or container exited unexpectedly.: unknown.',
      'Host: Windows Server 2022 Datacenter, OS Build 20348.2322',
      'Image: mcr.microsoft.com/windows/servercore:ltsc2022 (OsVersion 10.0.20348.2340)',
    ].join('\n'),
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5035857', pin: '10.0.20348.2322' },
  },
  {
    name: '0xc0370106 report with both revisions in one sentence',
    text: 'Since Patch Tuesday our containers die with 0xc0370106. The host is 10.0.20348.2322 and the image is 10.0.20348.2340.',
    facts: [
      { update: '20348.2322', role: 'host' },
      { update: '20348.2340', role: 'image' },
    ],
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5035857', pin: '10.0.20348.2322' },
  },
  {
    name: 'image first, then the host, in one sentence',
    text: 'servercore 10.0.17763.5936 image fails on our 10.0.17763.5830 host with (0xc0370106)',
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5039217', pin: '10.0.17763.5820' },
  },
  {
    name: 'Dockerfile FROM a build tag',
    text: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:10.0.17763.5936\nSHELL ["powershell", "-Command"]\nRUN Install-WindowsFeature Web-Server',
    facts: [{ update: '17763.5936', role: 'image', tag: '10.0.17763.5936' }],
    only: true,
  },
  {
    name: 'Dockerfile and the host ver: the host is on an out-of-band update behind the image',
    text: 'FROM mcr.microsoft.com/windows/servercore:10.0.17763.5936 AS build\n\nhost:\nMicrosoft Windows [Version 10.0.17763.5830]',
    facts: [
      { update: '17763.5936', role: 'image' },
      { update: '17763.5830', role: 'host', kind: 'out-of-band', tag: '10.0.17763.5820' },
    ],
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5039217', pin: '10.0.17763.5820' },
  },
  {
    name: 'host newer than the image is fine',
    text: 'Host: Version 21H2 (OS Build 20348.2527)\nFROM mcr.microsoft.com/windows/servercore:10.0.20348.2340',
    comparison: { verdict: 'fine' },
  },
  {
    name: '14393: image one update newer than the host fails',
    text: 'host: Microsoft Windows [Version 10.0.14393.6897]\nimage: mcr.microsoft.com/windows/servercore:10.0.14393.6981',
    comparison: { verdict: 'fails', hostNeeds: 'KB5037763', pin: '10.0.14393.6897' },
  },
  {
    name: '14393: host one update newer than the image fails too; pin the host revision',
    text: 'host: Microsoft Windows [Version 10.0.14393.6981]\nimage: mcr.microsoft.com/windows/servercore:10.0.14393.6897',
    comparison: { verdict: 'fails', pin: '10.0.14393.6981' },
  },
  {
    name: '26100 before the split: Windows Server 2025 Datacenter and its image of the same month',
    text: 'Windows Server 2025 Datacenter host: OS Build 26100.2605\nimage: mcr.microsoft.com/windows/servercore:10.0.26100.2605',
    facts: [{ update: '26100.2605', kb: 'KB5048667', month: 'December 2024', role: 'host' }],
    comparison: { verdict: 'fine' },
  },
  {
    name: '26100 client host (July) with the June server image is fine',
    text: 'host Windows 11 24H2 10.0.26100.8875\nimage mcr.microsoft.com/windows/nanoserver:10.0.26100.32995',
    comparison: { verdict: 'fine' },
  },
  {
    name: 'a future revision the data does not know',
    text: 'Microsoft Windows [Version 10.0.17763.9999]',
    facts: [],
    says: ['newer than the newest update we know of build 17763', '2026-08-12'],
  },
  {
    name: 'a revision between two known updates',
    text: 'OS Build 20348.2300',
    facts: [],
    says: ['20348.2227', 'KB5034129'],
  },
  {
    name: 'an unknown KB',
    text: 'Is KB9999999 installed on the build agents?',
    facts: [],
    says: ['KB9999999', 'not a cumulative update'],
  },
  {
    name: 'a build that is not in the list (Insider)',
    text: 'Microsoft Windows [Version 10.0.27500.1000]',
    facts: [],
    says: ['27500', '2026-08-12'],
  },
  {
    name: '17763.1 is the first release, not an update',
    text: 'C:\\Windows\\System32\\ntoskrnl.exe 10.0.17763.1',
    facts: [],
    says: ['first release'],
  },
  {
    name: 'IP addresses and a ping are not builds',
    text: 'Pinging 10.0.0.1 with 32 bytes of data:\nReply from 10.0.17.63: bytes=32 time<1ms TTL=128\nnameserver 10.0.0.10',
    none: true,
  },
  {
    name: 'other software versions are not Windows builds',
    text: [
      'Docker version 24.0.7, build afdd53b',
      'containerd github.com/containerd/containerd v1.7.13 7c3aca7a610df76212171d200ca3811ff6096eb8',
      'Client Version: v1.29.2',
      'Kustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3',
      'Server Version: v1.29.2',
      'Node.js v20.11.1',
      'PowerShell 7.4.1',
    ].join('\n'),
    none: true,
  },
  {
    name: 'installed programs with long dotted versions are not Windows builds',
    text: [
      'Microsoft Visual C++ 2017 Redistributable (x64) - 14.16.27033   14.16.27033.0',
      'Windows Admin Center                                             1.5.24289.0',
      'Microsoft .NET Framework 4.8.1 Targeting Pack                    4.8.09032',
    ].join('\n'),
    none: true,
  },
  {
    name: 'sizes and amounts with five digits are not builds',
    text: 'Disk size: 20480.00 MB\nMemory: 16384.0 MB\nPaging file 24576.5',
    none: true,
  },
  {
    name: 'GitHub runner image README: "10.0.20348 Build 2461"',
    text: '# Windows Server 2022\n- OS Version: 10.0.20348 Build 2461\n- Image Version: 20240603.1.0',
    facts: [{ update: '20348.2461', kb: 'KB5037782', role: 'host' }],
    only: true,
  },
  {
    name: 'AKS Windows node image version (build.revision.yymmdd)',
    text: 'nodeImageVersion: AKSWindows-2022-containerd-20348.2227.240104',
    facts: [{ update: '20348.2227', kb: 'KB5034129', role: 'host' }],
    only: true,
  },
  {
    name: 'PowerShell $PSVersionTable: its versions are PowerShell component versions',
    text: [
      'Name                           Value',
      '----                           -----',
      'PSVersion                      5.1.17763.5830',
      'PSEdition                      Desktop',
      'PSCompatibleVersions           {1.0, 2.0, 3.0, 4.0...}',
      'BuildVersion                   10.0.17763.5830',
      'CLRVersion                     4.0.30319.42000',
      'WSManStackVersion              3.0',
      'PSRemotingProtocolVersion      2.3',
      'SerializationVersion           1.1.0.1',
    ].join('\n'),
    facts: [],
    says: ['PowerShell'],
  },
  {
    name: 'ltsc2022 image pulled today on a host from January 2024',
    text: 'host: OS Build 20348.2227\nimage: mcr.microsoft.com/windows/servercore:10.0.20348.5499',
    facts: [
      { update: '20348.2227', behind: 'some', role: 'host' },
      { update: '20348.5499', behind: 'none', role: 'image' },
    ],
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5120242', pin: '10.0.20348.2227' },
  },
  {
    name: 'a bare KB in lower case with spaces',
    text: 'kb 5094128',
    facts: [{ update: '20348.5256', kb: 'KB5094128', month: 'June 2026' }],
    only: true,
  },
  {
    name: 'a KB written with a hyphen, as in some ticket titles',
    text: 'Host still on KB-5094128, should we wait for next month?',
    facts: [{ update: '20348.5256', kb: 'KB5094128', month: 'June 2026' }],
    only: true,
  },
  {
    name: 'KB article title: the KB and its OS Build are one update',
    text: 'March 12, 2024—KB5035857 (OS Build 20348.2340)',
    facts: [{ update: '20348.2340', kb: 'KB5035857', month: 'March 2024' }],
    only: true,
  },
  {
    name: 'two revisions of one build without saying which is the host',
    text: '10.0.20348.2227 vs 10.0.20348.2340 — which one needs patching?',
    facts: [{ update: '20348.2227' }, { update: '20348.2340' }],
    comparison: 'none',
    says: ['host', 'image'],
  },
  {
    name: 'Get-ComputerInfo as a table: the HAL column is a file version',
    text: [
      'WindowsVersion OsBuildNumber OsHardwareAbstractionLayer',
      '-------------- ------------- --------------------------',
      '2009           20348         10.0.20348.2031',
    ].join('\n'),
    facts: [],
    says: ['hal.dll'],
  },
  {
    name: 'an issue report in Markdown with host and image revisions',
    text: [
      '**Host:** Windows Server 2019 Datacenter 1809 (10.0.17763.5820)',
      '**Image:** mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019 (10.0.17763.5936)',
      '**Error:** hcs::CreateComputeSystem: The virtual machine or container exited unexpectedly.',
    ].join('\n'),
    facts: [
      { update: '17763.5820', role: 'host', tag: '10.0.17763.5820' },
      { update: '17763.5936', role: 'image' },
    ],
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5039217', pin: '10.0.17763.5820' },
  },
  {
    name: 'an old Docker Hub build tag of Nano Server 2016 (published)',
    text: 'docker pull microsoft/nanoserver:10.0.14393.1770',
    facts: [{ update: '14393.1770', role: 'image', tag: '10.0.14393.1770' }],
    only: true,
  },
  {
    name: 'Invoke-Command over two hosts: one revision per row',
    text: [
      'CurrentBuild  UBR PSComputerName',
      '------------  --- --------------',
      '20348        2227 node-a',
      '20348        2340 node-b',
    ].join('\n'),
    facts: [
      { update: '20348.2227', role: 'host' },
      { update: '20348.2340', role: 'host' },
    ],
    only: true,
    comparison: 'none',
  },
  {
    name: 'Dockerfile with the build tag in an ARG: the ARG is the image',
    text: [
      'ARG WINDOWS_VERSION=10.0.17763.5936',
      'FROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}',
      '# the build agent: Microsoft Windows [Version 10.0.17763.5820]',
    ].join('\n'),
    facts: [
      { update: '17763.5936', role: 'image' },
      { update: '17763.5820', role: 'host' },
    ],
    comparison: { verdict: 'may-fail', hostNeeds: 'KB5039217', pin: '10.0.17763.5820' },
  },
  {
    name: 'registry values through ConvertTo-Json',
    text: '{\n    "CurrentBuild":  "20348",\n    "UBR":  2340,\n    "DisplayVersion":  "21H2"\n}',
    facts: [{ update: '20348.2340', kb: 'KB5035857', role: 'host' }],
    only: true,
  },
  {
    name: 'docker pull output with a tag word is not a revision',
    text: 'ltsc2022: Pulling from windows/servercore\nDigest: sha256:5e3b1a\nStatus: Downloaded newer image for mcr.microsoft.com/windows/servercore:ltsc2022',
    none: true,
  },
];
