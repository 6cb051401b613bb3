import { describe, expect, test } from 'vitest';
import { parseNodeList } from '../../src/lib/readers/nodes';
import type { FleetNode } from '../../src/lib/readers/nodes';

// Listings written for these tests in the shape of kubectl and docker output; names and addresses are made up.

const pad = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('');

const WIDE_HEADER = [
  'NAME',
  'STATUS',
  'ROLES',
  'AGE',
  'VERSION',
  'INTERNAL-IP',
  'EXTERNAL-IP',
  'OS-IMAGE',
  'KERNEL-VERSION',
  'CONTAINER-RUNTIME',
];
const WIDE_WIDTHS = [22, 9, 8, 6, 10, 14, 14, 33, 20, 20];

function wideRow(name: string, osImage: string, kernel: string, runtime = 'containerd://1.7.20'): string {
  return pad(
    [name, 'Ready', 'agent', '12d', 'v1.30.4', '10.240.0.7', '<none>', osImage, kernel, runtime],
    WIDE_WIDTHS,
  );
}

const WIDE = [
  'PS C:\\> kubectl get nodes -o wide',
  pad(WIDE_HEADER, WIDE_WIDTHS),
  wideRow('aks-system-0001', 'Ubuntu 22.04.4 LTS', '5.15.0-1057-azure'),
  wideRow('akswin22000000', 'Windows Server 2022 Datacenter', '10.0.20348.2340'),
  wideRow('akswin25000000', 'Windows Server 2025 Datacenter', '10.0.26100.3476'),
].join('\n');

const byName = (nodes: readonly FleetNode[], name: string) => nodes.find((node) => node.name === name);

describe('parseNodeList: kubectl get nodes -o wide', () => {
  test('reads every row with its OS, build and revision', () => {
    const list = parseNodeList(WIDE);
    expect(list?.format).toBe('kubectl');
    expect(list?.nodes).toHaveLength(3);
    expect(byName(list?.nodes ?? [], 'aks-system-0001')).toMatchObject({
      os: 'linux',
      build: null,
      revision: null,
    });
    expect(byName(list?.nodes ?? [], 'akswin22000000')).toMatchObject({
      os: 'windows',
      build: 20348,
      revision: 2340,
    });
    expect(byName(list?.nodes ?? [], 'akswin25000000')).toMatchObject({
      os: 'windows',
      build: 26100,
      revision: 3476,
    });
  });

  test('the detail keeps the OS image and the kernel', () => {
    const node = byName(parseNodeList(WIDE)?.nodes ?? [], 'akswin22000000');
    expect(node?.detail).toContain('Windows Server 2022 Datacenter');
    expect(node?.detail).toContain('10.0.20348.2340');
  });

  test('rows whose spaces were collapsed by a chat still give names, OS and builds', () => {
    const collapsed = WIDE.split('\n')
      .map((line) => line.replace(/\s+/g, ' '))
      .join('\n');
    const list = parseNodeList(collapsed);
    expect(list?.nodes.map((node) => [node.name, node.os, node.build])).toEqual([
      ['aks-system-0001', 'linux', null],
      ['akswin22000000', 'windows', 20348],
      ['akswin25000000', 'windows', 26100],
    ]);
  });

  test('tab-separated rows (copied from a spreadsheet) are read by splitting', () => {
    const tsv = [
      WIDE_HEADER.join('\t'),
      ...WIDE.split('\n')
        .slice(2)
        .map((line) =>
          line
            .trim()
            .split(/\s{2,}/)
            .join('\t'),
        ),
    ].join('\n');
    const list = parseNodeList(tsv);
    expect(list?.nodes.map((node) => node.build)).toEqual([null, 20348, 26100]);
  });

  test('a 500-node table is read whole and quickly', () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      i % 5 === 0
        ? wideRow(`aks-linux-${String(i).padStart(4, '0')}`, 'Ubuntu 22.04.4 LTS', '5.15.0-1057-azure')
        : i % 2 === 0
          ? wideRow(
              `win19-${String(i).padStart(4, '0')}`,
              'Windows Server 2019 Datacenter',
              '10.0.17763.6054',
            )
          : wideRow(
              `win22-${String(i).padStart(4, '0')}`,
              'Windows Server 2022 Datacenter',
              '10.0.20348.2582',
            ),
    );
    const text = [pad(WIDE_HEADER, WIDE_WIDTHS), ...rows].join('\n');
    const started = performance.now();
    const list = parseNodeList(text);
    const elapsed = performance.now() - started;
    console.info(`parseNodeList: 500 nodes, ${String(text.length)} chars in ${elapsed.toFixed(1)} ms`);
    expect(list?.nodes).toHaveLength(500);
    expect(list?.truncated).toBeUndefined();
    expect(list?.nodes.filter((node) => node.os === 'linux')).toHaveLength(100);
    expect(new Set(list?.nodes.map((node) => node.build))).toEqual(new Set([null, 17763, 20348]));
  });
});

describe('parseNodeList: kubectl get nodes -L node.kubernetes.io/windows-build', () => {
  const LABELLED = [
    'NAME                STATUS   ROLES    AGE   VERSION   WINDOWS-BUILD',
    'aks-system-0001     Ready    <none>   40d   v1.29.7   ',
    'akswin19000000      Ready    <none>   40d   v1.29.7   10.0.17763',
    'akswin22000000      Ready    <none>   40d   v1.29.7   10.0.20348',
  ].join('\n');

  test('the label column gives the build; a node without the label is unknown, with a reason', () => {
    const list = parseNodeList(LABELLED);
    expect(list?.format).toBe('kubectl');
    expect(list?.nodes.map((node) => [node.name, node.os, node.build, node.revision])).toEqual([
      ['aks-system-0001', 'unknown', null, null],
      ['akswin19000000', 'windows', 17763, null],
      ['akswin22000000', 'windows', 20348, null],
    ]);
    expect(list?.nodes[0]?.detail).toContain('probably Linux');
  });

  test('a -L kubernetes.io/os column settles the OS of unlabelled nodes', () => {
    const text = [
      'NAME              STATUS   ROLES    AGE   VERSION   OS        WINDOWS-BUILD',
      'linux-a           Ready    <none>   3d    v1.31.1   linux     ',
      'win-a             Ready    <none>   3d    v1.31.1   windows   10.0.26100',
    ].join('\n');
    expect(parseNodeList(text)?.nodes.map((node) => node.os)).toEqual(['linux', 'windows']);
  });
});

describe('parseNodeList: plain kubectl get nodes', () => {
  test('without system columns the nodes are listed with an unknown OS', () => {
    const text = [
      'NAME             STATUS   ROLES           AGE   VERSION',
      'cp-1             Ready    control-plane   90d   v1.31.2',
      'win-1            Ready    <none>          90d   v1.31.2',
    ].join('\n');
    expect(parseNodeList(text)?.nodes.map((node) => [node.name, node.os])).toEqual([
      ['cp-1', 'unknown'],
      ['win-1', 'unknown'],
    ]);
  });
});

describe('parseNodeList: labels', () => {
  test('kubectl describe nodes blocks', () => {
    const block = (name: string, build: string, image: string) =>
      [
        `Name:               ${name}`,
        'Roles:              agent',
        'Labels:             beta.kubernetes.io/arch=amd64',
        '                    beta.kubernetes.io/os=windows',
        `                    kubernetes.io/hostname=${name}`,
        '                    kubernetes.io/os=windows',
        `                    node.kubernetes.io/windows-build=10.0.${build.split('.')[0] ?? ''}`,
        'Annotations:        node.alpha.kubernetes.io/ttl: 0',
        'System Info:',
        '  Machine ID:                 ' + name,
        `  Kernel Version:             10.0.${build}`,
        `  OS Image:                   ${image}`,
        '  Operating System:           windows',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://1.7.20',
      ].join('\n');
    const text = [
      block('win-pool1-a', '17763.6293', 'Windows Server 2019 Datacenter'),
      '',
      block('win-pool2-a', '20348.2700', 'Windows Server 2022 Datacenter'),
    ].join('\n');
    const list = parseNodeList(text);
    expect(list?.format).toBe('labels');
    expect(list?.nodes).toEqual([
      expect.objectContaining({ name: 'win-pool1-a', os: 'windows', build: 17763, revision: 6293 }),
      expect.objectContaining({ name: 'win-pool2-a', os: 'windows', build: 20348, revision: 2700 }),
    ]);
    expect(list?.nodes[1]?.detail).toContain('Windows Server 2022 Datacenter');
  });

  test('bare label pairs, hostname first or build first', () => {
    const hostnameFirst = [
      'kubernetes.io/hostname=win-a',
      'node.kubernetes.io/windows-build=10.0.17763',
      'kubernetes.io/hostname=win-b',
      'node.kubernetes.io/windows-build=10.0.20348',
    ].join('\n');
    const buildFirst = [
      'node.kubernetes.io/windows-build=10.0.17763',
      'kubernetes.io/hostname=win-a',
      'node.kubernetes.io/windows-build=10.0.20348',
      'kubernetes.io/hostname=win-b',
    ].join('\n');
    for (const text of [hostnameFirst, buildFirst]) {
      expect(parseNodeList(text)?.nodes.map((node) => [node.name, node.build])).toEqual([
        ['win-a', 17763],
        ['win-b', 20348],
      ]);
    }
  });

  test('several windows-build labels without names are numbered nodes', () => {
    const text = 'node.kubernetes.io/windows-build=10.0.17763\nnode.kubernetes.io/windows-build=10.0.26100';
    expect(parseNodeList(text)?.nodes.map((node) => [node.name, node.build])).toEqual([
      ['node 1', 17763],
      ['node 2', 26100],
    ]);
  });

  test('--show-labels lines without their header: one node per line', () => {
    const text = [
      'beta.kubernetes.io/arch=amd64,kubernetes.io/hostname=win-x,kubernetes.io/os=windows,node.kubernetes.io/windows-build=10.0.20348',
      'beta.kubernetes.io/arch=amd64,kubernetes.io/hostname=lin-x,kubernetes.io/os=linux',
    ].join('\n');
    expect(parseNodeList(text)?.nodes.map((node) => [node.name, node.os, node.build])).toEqual([
      ['win-x', 'windows', 20348],
      ['lin-x', 'linux', null],
    ]);
  });

  test('kubectl get nodes -o yaml label lines', () => {
    const text = [
      '- apiVersion: v1',
      '  kind: Node',
      '  metadata:',
      '    labels:',
      '      kubernetes.io/hostname: win-y1',
      '      node.kubernetes.io/windows-build: 10.0.17763',
      '    name: win-y1',
      '- apiVersion: v1',
      '  kind: Node',
      '  metadata:',
      '    labels:',
      '      kubernetes.io/hostname: win-y2',
      '      node.kubernetes.io/windows-build: "10.0.20348"',
      '    name: win-y2',
    ].join('\n');
    expect(parseNodeList(text)?.nodes.map((node) => [node.name, node.build])).toEqual([
      ['win-y1', 17763],
      ['win-y2', 20348],
    ]);
  });
});

describe('parseNodeList: several docker info outputs', () => {
  const dockerInfo = (name: string, kernel: string, os: string) =>
    [
      'Client:',
      ' Version:    27.3.1',
      ' Context:    default',
      '',
      'Server:',
      ' Containers: 3',
      ' Server Version: 27.3.1',
      ' Storage Driver: windowsfilter',
      ' Default Isolation: process',
      ` Kernel Version: ${kernel}`,
      ` Operating System: ${os}`,
      ' OSType: windows',
      ' Architecture: x86_64',
      ' CPUs: 8',
      ` Name: ${name}`,
      ' Docker Root Dir: C:\\ProgramData\\docker',
    ].join('\n');

  const TWO = [
    dockerInfo(
      'BUILD-19',
      '10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)',
      'Windows Server 2019 Datacenter Version 1809 (OS Build 17763.5576)',
    ),
    dockerInfo(
      'BUILD-22',
      '10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
      'Windows Server 2022 Datacenter Version 2009 (OS Build 20348.2113)',
    ),
  ].join('\n\n');

  test('each output is one node, named, with the OS build and revision', () => {
    const list = parseNodeList(TWO);
    expect(list?.format).toBe('docker-info');
    expect(list?.nodes.map((node) => [node.name, node.os, node.build, node.revision])).toEqual([
      ['BUILD-19', 'windows', 17763, 5576],
      ['BUILD-22', 'windows', 20348, 2113],
    ]);
    expect(list?.nodes[0]?.detail).toContain('Windows Server 2019 Datacenter');
  });

  test('a single docker info is a host, not a fleet', () => {
    expect(parseNodeList(TWO.split('\n\nClient:')[0] ?? '')).toBeNull();
  });

  test('outputs pasted without their Client sections are still separated', () => {
    const serverOnly = TWO.split('\n')
      .filter((line) => !/^(Client:| Version:| Context:)/.test(line))
      .join('\n');
    expect(parseNodeList(serverOnly)?.nodes.map((node) => node.name)).toEqual(['BUILD-19', 'BUILD-22']);
  });

  test('a Linux docker info among them is a Linux node', () => {
    const linux = [
      'Client:',
      'Server:',
      ' Kernel Version: 6.8.0-45-generic',
      ' Operating System: Ubuntu 24.04.1 LTS',
      ' OSType: linux',
      ' Name: runner-linux',
    ].join('\n');
    const list = parseNodeList(`${TWO}\n${linux}`);
    expect(list?.nodes.at(-1)).toMatchObject({ name: 'runner-linux', os: 'linux', build: null });
  });
});

describe('parseNodeList: not a node list', () => {
  test.each([
    ['empty', ''],
    ['a single Linux kubectl row with its header', [WIDE.split('\n')[1], WIDE.split('\n')[2]].join('\n')],
    ['one label', 'node.kubernetes.io/windows-build=10.0.17763'],
    [
      'systeminfo',
      'Host Name: BUILD-01\nOS Name: Microsoft Windows Server 2022 Datacenter\nOS Version: 10.0.20348 N/A Build 20348',
    ],
    ['an error message', 'a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host'],
    ['names without any system facts', 'Name: alpha\nName: beta\nName: gamma'],
    ['a Dockerfile', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi'],
    [
      'a table that is not about nodes',
      'NAME      READY   STATUS    RESTARTS   AGE\nweb-1     1/1     Running   0          3d\nweb-2     1/1     Running   0          3d',
    ],
  ])('%s → null', (_name, text) => {
    expect(parseNodeList(text ?? '')).toBeNull();
  });

  test('a single Windows kubectl row with its header is a fleet of one', () => {
    const list = parseNodeList([WIDE.split('\n')[1], WIDE.split('\n')[3]].join('\n'));
    expect(list?.format).toBe('kubectl');
    expect(list?.nodes.map((node) => [node.name, node.os, node.build])).toEqual([
      ['akswin22000000', 'windows', 20348],
    ]);
  });

  test('non-string input does not throw', () => {
    expect(parseNodeList(undefined as unknown as string)).toBeNull();
  });
});
