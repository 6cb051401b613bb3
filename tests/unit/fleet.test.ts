import { describe, expect, test } from 'vitest';
import { fleetAnswer } from '../../src/lib/fleet';
import type { FamilyAnswer, FleetAnswer, PerBuildAnswer, VerdictLookup } from '../../src/lib/fleet';
import type { Catalog } from '../../src/lib/parse/catalog';
import type { FleetNode } from '../../src/lib/parse/nodes';
import { parseNodeList } from '../../src/lib/parse/nodes';
import { loadModel } from './helpers/content';

// The real content and its verdicts: the answers below are what users will see.
const model = loadModel();
const catalog: Catalog = { hosts: model.hosts, images: model.images };
const verdicts: VerdictLookup = (hostId, imageId) => {
  const cell = model.cell(hostId, imageId).verdict;
  return { process: cell.process.verdict, hyperv: cell.hyperv.verdict };
};

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
  );

  test('a 2022 + 2025 fleet runs servercore:ltsc2022 everywhere with process isolation', () => {
    const servercore = family(answer, 'servercore');
    expect(servercore.kind).toBe('one-tag');
    if (servercore.kind !== 'one-tag') return;
    expect(servercore.image.reference).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(servercore.summary).toContain('all 2 Windows nodes');
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
    const [node] = fleetAnswer([windows('n1', 17763), windows('n2', 17763)], catalog, verdicts).windowsNodes;
    expect(node?.hostId).toBe('ws2019');
    expect(node?.note).toContain('shared');
  });

  test('a Windows 11 node of build 26100 maps to the client release', () => {
    const answer = fleetAnswer([windows('dev-1', 26100, 'Windows 11 Enterprise')], catalog, verdicts);
    expect(answer.windowsNodes[0]?.hostId).toBe('win11-24h2');
  });

  test('Windows Server 2016 maps to ws2016, not Nano Server', () => {
    const answer = fleetAnswer(
      [windows('old-1', 14393, 'Windows Server 2016 Datacenter')],
      catalog,
      verdicts,
    );
    expect(answer.windowsNodes[0]?.hostId).toBe('ws2016');
  });

  test('unknown builds and missing builds are stated and left out', () => {
    const answer = fleetAnswer(
      [windows('ok', 20348), windows('odd', 20350), windows('blank', null)],
      catalog,
      verdicts,
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
    );
    expect(answer.notes.join(' ')).toContain('17763.6054, 17763.6293');
  });

  test('no Windows node with a known build: no family answers, and a note saying why', () => {
    const answer = fleetAnswer([linux('l1'), windows('w', null)], catalog, verdicts);
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
    const answer = fleetAnswer([unknown('a'), unknown('b')], catalog, verdicts);
    expect(answer.notes.join(' ')).toContain('kubectl get nodes -o wide');
  });

  test('unknown-OS nodes are named and left out', () => {
    const answer = fleetAnswer(
      [{ name: 'mystery', os: 'unknown', build: null, revision: null, detail: '' }, windows('w', 20348)],
      catalog,
      verdicts,
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
    const answer = fleetAnswer(list?.nodes ?? [], catalog, verdicts);
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
