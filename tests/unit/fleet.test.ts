import { describe, expect, test } from 'vitest';
import { fleetAnswer } from '../../src/lib/fleet/fleet';
import { countOf, everyNode, nodesRunningIt, thoseNodes } from '../../src/lib/fleet/fleet-words';
import { hostEnded, imageEnded } from '../../src/lib/advice/support-ends';
import { hostLifecycle, imageLifecycle } from '../../src/lib/knowledge/lifecycle';
import type { FamilyAnswer, FleetAnswer, PerBuildAnswer, VerdictLookup } from '../../src/lib/fleet/fleet';
import { supportEnds } from '../../src/lib/advice/support-ends';
import type { Catalog } from '../../src/lib/readers/catalog';
import type { FleetNode } from '../../src/lib/readers/nodes';
import { parseNodeList } from '../../src/lib/readers/nodes';
import { FLEET_2004_ALONE, FLEET_2004_TABLE } from './fleet-cases';
import { loadModel } from './helpers/content';

// The real content and its verdicts: the answers below are what users will see.
const model = loadModel();
const catalog: Catalog = { hosts: model.hosts, images: model.images };
const verdicts: VerdictLookup = (hostId, imageId) => {
  const cell = model.cell(hostId, imageId).verdict;
  return { process: cell.process.verdict, hyperv: cell.hyperv.verdict };
};
const ends = supportEnds(model.hosts, model.images, model.today);

const windows = (
  name: string,
  build: number | null,
  detail = '',
  revision: number | null = null,
): FleetNode => ({
  name,
  os: 'windows',
  build,
  revision,
  detail,
});
const linux = (name: string): FleetNode => ({
  name,
  os: 'linux',
  build: null,
  revision: null,
  detail: 'Ubuntu 22.04.4 LTS',
});

const family = (answer: FleetAnswer, name: FamilyAnswer['family']) => {
  const found = answer.families.find((entry) => entry.family === name);
  if (found === undefined) throw new Error(`no answer for ${name}`);
  return found;
};

const perBuild = (answer: FamilyAnswer): PerBuildAnswer => {
  if (answer.kind !== 'per-build') throw new Error(`expected per-build, got ${answer.kind}`);
  return answer;
};

describe('fleetAnswer: one tag for the whole fleet', () => {
  const answer = fleetAnswer(
    [
      windows('win22-a', 20348, 'Windows Server 2022 Datacenter', 2340),
      windows('win25-a', 26100, 'Windows Server 2025 Datacenter', 3476),
      linux('aks-system-0001'),
    ],
    catalog,
    verdicts,
    ends,
  );

  test('a 2022 + 2025 fleet runs servercore:ltsc2022 everywhere with process isolation', () => {
    const servercore = family(answer, 'servercore');
    expect(servercore.kind).toBe('one-tag');
    if (servercore.kind !== 'one-tag') return;
    expect(servercore.image.reference).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(servercore.summary).toContain('on both Windows nodes');
    expect(servercore.sources).toContain('HCS');
  });

  test('nanoserver and server get ltsc2022 too', () => {
    for (const name of ['nanoserver', 'server'] as const) {
      const entry = family(answer, name);
      expect(entry.kind === 'one-tag' ? entry.image.tag : entry.kind).toBe('ltsc2022');
    }
  });

  test('each Windows node is mapped to its host by build and name', () => {
    expect(answer.windowsNodes.map((node) => [node.name, node.hostId])).toEqual([
      ['win22-a', 'ws2022'],
      ['win25-a', 'ws2025'],
    ]);
    expect(answer.pools.map((pool) => pool.windowsBuildLabel)).toEqual(['10.0.20348', '10.0.26100']);
  });

  test('the Linux node is named and left out', () => {
    expect(answer.linuxNodes).toEqual(['aks-system-0001']);
    expect(answer.notes.join(' ')).toContain('aks-system-0001');
    expect(answer.pools.flatMap((pool) => pool.nodes)).not.toContain('aks-system-0001');
  });
});

describe('fleetAnswer: a 2019 + 2022 fleet needs a choice', () => {
  const answer = fleetAnswer(
    [
      windows('win19-a', 17763, 'Windows Server 2019 Datacenter'),
      windows('win19-b', 17763, 'Windows Server 2019 Datacenter'),
      windows('win22-a', 20348, 'Windows Server 2022 Datacenter'),
    ],
    catalog,
    verdicts,
    ends,
  );
  const servercore = perBuild(family(answer, 'servercore'));

  test('per pool: ltsc2019 on 2019 and ltsc2022 on 2022', () => {
    expect(servercore.pools.map((pool) => [pool.hostId, pool.image?.tag])).toEqual([
      ['ws2019', 'ltsc2019'],
      ['ws2022', 'ltsc2022'],
    ]);
    expect(servercore.pools[0]?.nodes).toEqual(['win19-a', 'win19-b']);
  });

  test('the nodeSelector snippet pins each Deployment to its windows-build label', () => {
    expect(servercore.nodeSelectorSnippet).toContain("node.kubernetes.io/windows-build: '10.0.17763'");
    expect(servercore.nodeSelectorSnippet).toContain("node.kubernetes.io/windows-build: '10.0.20348'");
    expect(servercore.nodeSelectorSnippet).toContain('FROM mcr.microsoft.com/windows/servercore:ltsc2019');
    expect(servercore.nodeSelectorSnippet.split('\n---\n')).toHaveLength(2);
  });

  test('the manifest snippet lists one image per build with its os.version', () => {
    expect(servercore.manifestSnippet).toContain('docker manifest create registry.example.com/app:1.0 ');
    expect(servercore.manifestSnippet).toContain('--os-version 10.0.17763.<revision>');
    expect(servercore.manifestSnippet).toContain('--os-version 10.0.20348.<revision>');
    expect(servercore.manifestSnippet).toContain('docker manifest push registry.example.com/app:1.0');
  });

  test('Hyper-V isolation would let ltsc2019 run on the 2022 nodes, with the Kubernetes caveat', () => {
    expect(servercore.hyperv?.image.tag).toBe('ltsc2019');
    expect(servercore.hyperv?.processPools).toEqual(['ws2019']);
    expect(servercore.hyperv?.hypervPools).toEqual(['ws2022']);
    expect(servercore.hyperv?.notes.join(' ')).toContain('runhcs-wcow-hypervisor');
    expect(servercore.hyperv?.runtimeClassSnippet).toContain('handler: runhcs-wcow-hypervisor');
    expect(servercore.hyperv?.sources).toContain('K8S-WIN');
    expect(servercore.summary).toContain('Hyper-V');
  });

  test('the Windows image family has no 2022 image: the 2022 pool is said to have none', () => {
    const windowsFamily = family(answer, 'windows');
    expect(windowsFamily.kind).toBe('per-build');
    const entry = perBuild(windowsFamily);
    expect(entry.pools.find((pool) => pool.hostId === 'ws2022')?.image).toBeNull();
    expect(entry.summary).toContain('Nothing of this family runs on Windows Server 2022');
    expect(entry.nodeSelectorSnippet.split('\n---\n')).toHaveLength(1);
  });
});

describe('fleetAnswer: builds and hosts', () => {
  test('build 17763 without product words maps to the LTSC server, with a note that the build is shared', () => {
    const [node] = fleetAnswer(
      [windows('n1', 17763), windows('n2', 17763)],
      catalog,
      verdicts,
      ends,
    ).windowsNodes;
    expect(node?.hostId).toBe('ws2019');
    expect(node?.note).toContain('shared');
  });

  test('a Windows 11 node of build 26100 maps to the client release', () => {
    const answer = fleetAnswer([windows('dev-1', 26100, 'Windows 11 Enterprise')], catalog, verdicts, ends);
    expect(answer.windowsNodes[0]?.hostId).toBe('win11-24h2');
  });

  test('Windows Server 2016 maps to ws2016, not Nano Server', () => {
    const answer = fleetAnswer(
      [windows('old-1', 14393, 'Windows Server 2016 Datacenter')],
      catalog,
      verdicts,
      ends,
    );
    expect(answer.windowsNodes[0]?.hostId).toBe('ws2016');
  });

  test('unknown builds and missing builds are stated and left out', () => {
    const answer = fleetAnswer(
      [windows('ok', 20348), windows('odd', 20350), windows('blank', null)],
      catalog,
      verdicts,
      ends,
    );
    expect(answer.pools.map((pool) => pool.hostId)).toEqual(['ws2022']);
    const notes = answer.notes.join(' ');
    expect(notes).toContain('odd');
    expect(notes).toContain('20350');
    expect(notes).toContain('nearest');
    expect(notes).toContain('blank');
    expect(family(answer, 'servercore').kind).toBe('one-tag');
  });

  test('nodes of one build at different revisions get a note', () => {
    const answer = fleetAnswer(
      [windows('a', 17763, '', 6054), windows('b', 17763, '', 6293)],
      catalog,
      verdicts,
      ends,
    );
    expect(answer.notes.join(' ')).toContain('17763.6054, 17763.6293');
  });

  test('no Windows node with a known build: no family answers, and a note saying why', () => {
    const answer = fleetAnswer([linux('l1'), windows('w', null)], catalog, verdicts, ends);
    expect(answer.families).toEqual([]);
    expect(answer.notes.join(' ')).toContain('nothing to compute');
  });

  test('a list of unknown-OS nodes is answered with how to paste the builds', () => {
    const unknown = (name: string): FleetNode => ({
      name,
      os: 'unknown',
      build: null,
      revision: null,
      detail: '',
    });
    const answer = fleetAnswer([unknown('a'), unknown('b')], catalog, verdicts, ends);
    expect(answer.notes.join(' ')).toContain('kubectl get nodes -o wide');
  });

  test('unknown-OS nodes are named and left out', () => {
    const answer = fleetAnswer(
      [{ name: 'mystery', os: 'unknown', build: null, revision: null, detail: '' }, windows('w', 20348)],
      catalog,
      verdicts,
      ends,
    );
    expect(answer.unknownNodes).toEqual(['mystery']);
  });
});

describe('fleetAnswer: from a pasted kubectl table to an answer', () => {
  test('a 500-node mixed cluster is answered quickly', () => {
    const header =
      'NAME              STATUS   ROLES   AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME';
    const row = (name: string, image: string, kernel: string) =>
      `${name.padEnd(18)}Ready    agent   9d    v1.30.4   10.0.0.4      <none>        ${image.padEnd(33)}${kernel.padEnd(20)}containerd://1.7.20`;
    const rows = Array.from({ length: 500 }, (_, i) =>
      i % 10 === 0
        ? row(`lin-${String(i)}`, 'Ubuntu 22.04.4 LTS', '5.15.0-1057-azure')
        : i % 2 === 0
          ? row(`w22-${String(i)}`, 'Windows Server 2022 Datacenter', '10.0.20348.2582')
          : row(`w25-${String(i)}`, 'Windows Server 2025 Datacenter', '10.0.26100.3476'),
    );
    const started = performance.now();
    const list = parseNodeList([header, ...rows].join('\n'));
    const answer = fleetAnswer(list?.nodes ?? [], catalog, verdicts, ends);
    console.info(`parse + fleetAnswer, 500 nodes: ${(performance.now() - started).toFixed(1)} ms`);
    expect(answer.linuxNodes).toHaveLength(50);
    expect(answer.pools.map((pool) => [pool.hostId, pool.nodes.length])).toEqual([
      ['ws2022', 200],
      ['ws2025', 250],
    ]);
    const servercore = family(answer, 'servercore');
    expect(servercore.kind === 'one-tag' ? servercore.image.tag : servercore.kind).toBe('ltsc2022');
    expect(answer.notes[0]).toContain('and 40 more');
  });
});

describe('fleetAnswer: support dates', () => {
  // A `kubectl get nodes -o wide` of an AKS cluster with one Windows Server, version 2004 node.
  const answer = fleetAnswer(parseNodeList(FLEET_2004_TABLE)?.nodes ?? [], catalog, verdicts, ends);
  const servercore = family(answer, 'servercore');

  test('the 2004 node is named as retired, with its date and the move to a supported host', () => {
    expect(answer.pools.map((pool) => [pool.hostId, pool.retired])).toEqual([['ws2004', '2021-12-14']]);
    expect(answer.retiredHosts.map((host) => host.moveTo.map((target) => target.hostId))).toEqual([
      ['ws2025', 'ws2022'],
    ]);
    expect(answer.retiredHosts[0]?.sentence).toBe(
      'Windows Server, version 2004 is out of support since 2021-12-14: the node that runs it gets no security updates. ' +
        'Move it to Windows Server 2025 or Windows Server 2022, which are supported and run supported images with process isolation.',
    );
  });

  test('its only process-isolation tag, servercore:2004, is given with its end date, and a supported Hyper-V tag', () => {
    if (servercore.kind !== 'one-tag') throw new Error(servercore.kind);
    expect(servercore.image.tag).toBe('2004');
    expect(servercore.image.status).toBe('out of support since 2021-12-14');
    expect(servercore.summary).toContain('on the one Windows node (Windows Server, version 2004)');
    expect(servercore.summary).not.toMatch(/all 1 /);
    expect(servercore.retired.map((entry) => [entry.id, entry.ended])).toEqual([
      ['servercore-2004', '2021-12-14'],
    ]);
    expect(servercore.retired[0]?.sentence).toContain(
      'move that node to Windows Server 2025 (ltsc2025) or Windows Server 2022 (ltsc2022)',
    );
    expect(servercore.hyperv?.image.tag).toBe('ltsc2019');
    expect(servercore.hyperv?.image.retired).toBeNull();
    expect(servercore.hyperv?.hypervPools).toEqual(['ws2004']);
  });

  test('the retired windows:2004 names its successor, the Server image, and where it runs with process isolation', () => {
    const windowsFamily = family(answer, 'windows');
    const sentence = windowsFamily.retired.find((entry) => entry.id === 'windows-2004')?.sentence ?? '';
    expect(sentence).toContain(
      'its successor, the Server image, does: for it, move that node to Windows Server 2025 (server:ltsc2025) or Windows Server 2022 (server:ltsc2022).',
    );
  });

  test('a 2004 + 2022 fleet: per pool 2004 is marked retired; the Hyper-V option is the supported ltsc2019, not 2004', () => {
    const mixed = fleetAnswer(
      [
        windows('old', 19041, 'Windows Server Datacenter'),
        windows('new', 20348, 'Windows Server 2022 Datacenter'),
      ],
      catalog,
      verdicts,
      ends,
    );
    const entry = perBuild(family(mixed, 'servercore'));
    expect(entry.pools.map((pool) => [pool.image?.tag, pool.image?.retired])).toEqual([
      ['2004', '2021-12-14'],
      ['ltsc2022', null],
    ]);
    expect(entry.summary).toContain('servercore:2004 on Windows Server, version 2004 (out of support)');
    // A copied snippet says it too.
    expect(entry.nodeSelectorSnippet).toContain(
      'FROM mcr.microsoft.com/windows/servercore:2004 (out of support since 2021-12-14)',
    );
    expect(entry.nodeSelectorSnippet).not.toContain('ltsc2022 (out of support');
    expect(entry.hyperv?.image.tag).toBe('ltsc2019');
    expect(entry.hyperv?.hypervPools).toEqual(['ws2004', 'ws2022']);
    expect(entry.hyperv?.label).toBe('Or one tag on every node, servercore:ltsc2019, with Hyper-V isolation');
  });

  test('the Hyper-V option on Windows Server 2025 prefers the supported windows:1809 to the newer, retired 20H2', () => {
    const entry = perBuild(
      family(fleetAnswer([windows('w', 26100, 'Windows Server 2025')], catalog, verdicts, ends), 'windows'),
    );
    expect(entry.hyperv?.image.imageId).toBe('windows-1809');
    expect(entry.retired).toEqual([]);
  });

  test('supported hosts and images are not marked', () => {
    const current = fleetAnswer([windows('w', 26100, 'Windows Server 2025')], catalog, verdicts, ends);
    expect(current.retiredHosts).toEqual([]);
    expect(current.pools[0]?.retired).toBeNull();
    expect(family(current, 'servercore').retired).toEqual([]);
  });

  test('the support table says retired exactly where lifecycle.ts says ended', () => {
    for (const host of model.hosts) {
      expect(hostEnded(ends, host.id) !== null, host.id).toBe(
        hostLifecycle(host, model.today).state === 'ended',
      );
    }
    for (const image of model.images) {
      expect(imageEnded(ends, image.id) !== null, image.id).toBe(
        imageLifecycle(image, model.today).state === 'ended',
      );
    }
    // A host with a supported long-term edition is not retired although its own editions are.
    expect(hostEnded(ends, 'win10-21h2')).toBeNull();
  });
});

describe('fleet count words', () => {
  test('one, two and many', () => {
    expect([1, 2, 3].map((n) => everyNode(n))).toEqual([
      'the one Windows node',
      'both Windows nodes',
      'all 3 Windows nodes',
    ]);
    expect([1, 2, 7].map((n) => countOf(n, 'node'))).toEqual(['1 node', '2 nodes', '7 nodes']);
    expect([1, 2, 4].map(nodesRunningIt)).toEqual([
      'the node that runs it',
      'both nodes that run it',
      'the 4 nodes that run it',
    ]);
    expect([1, 2, 5].map(thoseNodes)).toEqual(['that node', 'both nodes', 'those 5 nodes']);
  });

  test('fleet summaries count one, two and three nodes right', () => {
    const summaries = [1, 2, 3].map((count) => {
      const nodes = Array.from({ length: count }, (_, i) =>
        windows(`w${String(i)}`, 26100, 'Windows Server 2025'),
      );
      return family(fleetAnswer(nodes, catalog, verdicts, ends), 'servercore').summary;
    });
    expect(summaries[0]).toContain('on the one Windows node (');
    expect(summaries[1]).toContain('on both Windows nodes (');
    expect(summaries[2]).toContain('on all 3 Windows nodes (');
  });

  test('a retired host with several nodes speaks of them in the plural', () => {
    const answer = fleetAnswer(
      [
        windows('a', 19041, 'Windows Server'),
        windows('b', 19041, 'Windows Server'),
        windows('c', 19041, 'Windows Server'),
      ],
      catalog,
      verdicts,
      ends,
    );
    expect(answer.retiredHosts[0]?.sentence).toContain(
      'the 3 nodes that run it get no security updates. Move them to',
    );
    expect(family(answer, 'servercore').retired[0]?.sentence).toContain('move those 3 nodes to');
  });
});

describe('fleetAnswer: a kubectl table of one Windows node', () => {
  const list = parseNodeList(FLEET_2004_ALONE);
  const answer = fleetAnswer(list?.nodes ?? [], catalog, verdicts, ends);

  test('is read as a fleet of one, not dropped as "fewer than two nodes"', () => {
    expect(list?.format).toBe('kubectl');
    expect(list?.nodes.map((node) => [node.name, node.build])).toEqual([['akswin000000', 19041]]);
  });

  test('its retired host is named with its end date and the move', () => {
    expect(answer.retiredHosts[0]?.sentence).toBe(
      'Windows Server, version 2004 is out of support since 2021-12-14: the node that runs it gets no security updates. ' +
        'Move it to Windows Server 2025 or Windows Server 2022, which are supported and run supported images with process isolation.',
    );
  });
});
