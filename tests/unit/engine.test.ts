import { describe, expect, test } from 'vitest';
import {
  lowestProcessBuild,
  runs,
  runtimeAcceptsProcess,
  selectorMatches,
} from '../../src/lib/knowledge/engine';
import { loadModel } from './helpers/content';
import type { VerdictValue } from '../../src/lib/knowledge/schema';

const model = loadModel();

/** ✅ in Microsoft's tables means "runs": supported, or limited with a stated condition. */
type Official = '✅' | '❌';

function expectOfficial(hostId: string, imageId: string, hv: Official, proc: Official): void {
  const { verdict } = model.cell(hostId, imageId);
  const label = `${hostId} × ${imageId}`;
  const agrees = (value: VerdictValue, official: Official): boolean => runs(value) === (official === '✅');
  const hasDisagreement = (mode: 'process' | 'hyperv'): boolean =>
    verdict[mode].notes.some((note) => note.kind === 'disagreement');
  // Where we deviate from the official table, the cell must say so rather than silently differ.
  expect(agrees(verdict.hyperv.verdict, hv) || hasDisagreement('hyperv'), `${label} Hyper-V`).toBe(true);
  expect(agrees(verdict.process.verdict, proc) || hasDisagreement('process'), `${label} process`).toBe(true);
}

const RELEASE_IMAGES: Record<string, string[]> = {
  ws2025: ['servercore-ltsc2025', 'nanoserver-ltsc2025', 'server-ltsc2025'],
  ws2022: ['servercore-ltsc2022', 'nanoserver-ltsc2022', 'server-ltsc2022'],
  ws2019: ['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809'],
  ws2016: ['servercore-ltsc2016', 'nanoserver-sac2016'],
};

// The current official Windows Server table (version-compatibility page): host → image release → [HV, process].
const SERVER_TABLE: Record<string, Record<string, [Official, Official]>> = {
  ws2025: { ws2025: ['✅', '✅'], ws2022: ['✅', '✅'], ws2019: ['✅', '❌'], ws2016: ['✅', '❌'] },
  ws2022: { ws2022: ['✅', '✅'], ws2019: ['✅', '❌'], ws2016: ['✅', '❌'] },
  ws2019: { ws2022: ['❌', '❌'], ws2019: ['✅', '✅'], ws2016: ['✅', '❌'] },
  ws2016: { ws2022: ['❌', '❌'], ws2019: ['❌', '❌'], ws2016: ['✅', '✅'] },
};

describe('official Windows Server table', () => {
  for (const [host, row] of Object.entries(SERVER_TABLE)) {
    for (const [release, [hv, proc]] of Object.entries(row)) {
      for (const image of RELEASE_IMAGES[release] ?? []) {
        test(`${host} × ${image}: Hyper-V ${hv}, process ${proc}`, () =>
          expectOfficial(host, image, hv, proc));
      }
    }
  }

  test('2025 images are unusable on older server hosts (not listed officially; newer image than host)', () => {
    for (const host of ['ws2022', 'ws2019', 'ws2016']) {
      for (const image of RELEASE_IMAGES.ws2025 ?? []) expectOfficial(host, image, '❌', '❌');
    }
  });
});

describe('official client tables', () => {
  const win11 = model.hosts.filter((host) => host.group === 'windows-11');
  const win10Current = model.hosts.filter((host) => host.group === 'windows-10' && host.build >= 17763);

  test('Windows 11 runs 2022, 2019 and 2016 images with Hyper-V; process only for 2022 images', () => {
    for (const host of win11) {
      for (const image of RELEASE_IMAGES.ws2022 ?? []) expectOfficial(host.id, image, '✅', '✅');
      for (const image of [...(RELEASE_IMAGES.ws2019 ?? []), ...(RELEASE_IMAGES.ws2016 ?? [])]) {
        expectOfficial(host.id, image, '✅', '❌');
      }
    }
  });

  test('2025 images need Windows 11 24H2 or later (footnote 1), in both modes', () => {
    for (const host of win11) {
      const from24h2 = host.build >= 26100;
      for (const image of RELEASE_IMAGES.ws2025 ?? []) {
        expectOfficial(host.id, image, from24h2 ? '✅' : '❌', from24h2 ? '✅' : '❌');
      }
    }
  });

  test('Windows 10 (1809 and later) runs 2019 and 2016 images with Hyper-V only, and no 2022 image at all', () => {
    expect(win10Current.length).toBe(8); // 1809, 1903, 1909, 2004, 20H2, 21H1, 21H2, 22H2
    for (const host of win10Current) {
      for (const image of RELEASE_IMAGES.ws2022 ?? []) expectOfficial(host.id, image, '❌', '❌');
      for (const image of [...(RELEASE_IMAGES.ws2019 ?? []), ...(RELEASE_IMAGES.ws2016 ?? [])]) {
        expectOfficial(host.id, image, '✅', '❌');
      }
    }
  });

  test('process isolation on client hosts is never plainly "supported": it is for development and testing', () => {
    for (const host of model.hosts.filter((h) => h.kind === 'client')) {
      for (const image of model.images) {
        expect(model.cell(host.id, image.id).verdict.process.verdict, `${host.id} × ${image.id}`).not.toBe(
          'supported',
        );
      }
    }
  });

  test('Windows 10 before 1809 has no process isolation at all', () => {
    for (const host of model.hosts.filter((h) => h.group === 'windows-10' && h.build < 17763)) {
      for (const image of model.images) {
        expect(model.cell(host.id, image.id).verdict.process.verdict).toBe('unsupported');
      }
    }
  });
});

describe('SAC releases follow the two build rules', () => {
  const sacHosts = model.hosts.filter((host) => host.group === 'server-sac' && host.id !== 'ws23h2');
  const sacImages = model.images.filter((image) => image.build > 14393 && image.build < 20348);

  test('process only on the same release, Hyper-V on the same release or a newer host', () => {
    for (const host of sacHosts) {
      for (const image of sacImages) {
        const { verdict } = model.cell(host.id, image.id);
        const label = `${host.id} × ${image.id}`;
        expect(runs(verdict.process.verdict), `${label} process`).toBe(host.build === image.build);
        expect(runs(verdict.hyperv.verdict), `${label} Hyper-V`).toBe(host.build >= image.build);
      }
    }
  });
});

describe('documented exceptions', () => {
  test('Windows Server 23H2 runs only ltsc2022 images, in either mode', () => {
    for (const image of model.images) {
      const { verdict } = model.cell('ws23h2', image.id);
      const expected = image.build === 20348;
      expect(runs(verdict.process.verdict), image.id).toBe(expected);
      expect(runs(verdict.hyperv.verdict), image.id).toBe(expected);
    }
  });

  test('Windows Server 2016: process isolation works but revisions must match', () => {
    const { verdict } = model.cell('ws2016', 'servercore-ltsc2016');
    expect(verdict.process.verdict).toBe('limited');
    expect(verdict.process.notes.map((note) => note.text).join(' ')).toMatch(/revision/i);
  });

  test('a Nano Server 2016 host runs Nano Server with process isolation and Server Core only with Hyper-V', () => {
    expect(model.cell('nano2016', 'nanoserver-sac2016').verdict.process.verdict).not.toBe('unsupported');
    expect(model.cell('nano2016', 'servercore-ltsc2016').verdict.process.verdict).toBe('unsupported');
    expect(model.cell('nano2016', 'servercore-ltsc2016').verdict.hyperv.verdict).toBe('supported');
    expect(model.cell('nano2016', 'servercore-ltsc2019').verdict.hyperv.verdict).toBe('unsupported');
  });

  test('Windows 11 25H2 with ltsc2022: runtime and table disagree, so the verdict is unknown and says why', () => {
    const { process } = model.cell('win11-25h2', 'servercore-ltsc2022').verdict;
    expect(process.verdict).toBe('unknown');
    expect(process.notes.some((note) => note.kind === 'disagreement')).toBe(true);
    expect(process.sources).toEqual(expect.arrayContaining(['VC', 'HCS']));
  });

  test('Windows 10 21H1 mentions the withdrawn win10-21h1-preview tags but stays unsupported', () => {
    const { hyperv } = model.cell('win10-21h1', 'servercore-ltsc2022').verdict;
    expect(hyperv.verdict).toBe('unsupported');
    expect(hyperv.notes.map((note) => note.text).join(' ')).toContain('win10-21h1-preview');
  });

  test('arm64 devices are pointed to the -arm64 tags on Windows 11 24H2', () => {
    const { process } = model.cell('win11-24h2', 'nanoserver-ltsc2025').verdict;
    expect(process.notes.map((note) => note.text).join(' ')).toContain('ltsc2025-arm64');
  });

  test('the SAC 1809 edition answers exactly like Windows Server 2019 (same build)', () => {
    for (const image of model.images) {
      const sac = model.cell('ws1809', image.id).verdict;
      const ltsc = model.cell('ws2019', image.id).verdict;
      expect([sac.process.verdict, sac.hyperv.verdict], image.id).toEqual([
        ltsc.process.verdict,
        ltsc.hyperv.verdict,
      ]);
    }
  });
});

describe('every cell', () => {
  test('has a verdict, a reason and sources in both modes; limited and unknown carry a note', () => {
    let count = 0;
    for (const host of model.hosts) {
      for (const image of model.images) {
        const { verdict } = model.cell(host.id, image.id);
        for (const mode of [verdict.process, verdict.hyperv]) {
          expect(mode.reason.length).toBeGreaterThan(20);
          expect(mode.sources.length).toBeGreaterThan(0);
          if (mode.verdict === 'limited' || mode.verdict === 'unknown')
            expect(mode.notes.length).toBeGreaterThan(0);
        }
        count += 1;
      }
    }
    expect(count).toBe(model.hosts.length * model.images.length);
  });

  test('a newer image never runs on an older host, in any mode', () => {
    for (const host of model.hosts) {
      for (const image of model.images.filter((i) => i.build > host.build)) {
        const { verdict } = model.cell(host.id, image.id);
        expect(
          runs(verdict.process.verdict) || runs(verdict.hyperv.verdict),
          `${host.id} × ${image.id}`,
        ).toBe(false);
      }
    }
  });
});

describe('runtime rule (hcsshim)', () => {
  const stable = [20348, 26100];
  test.each([
    [17763, 17763, true],
    [17763, 14393, false],
    [20348, 20348, true],
    [20348, 17763, false],
    [22621, 20348, true],
    [26100, 20348, true],
    [26100, 26100, true],
    [26200, 26100, true],
    [26200, 20348, false],
    [25398, 20348, true],
    [20348, 26100, false],
  ])('host %i accepts image %i with process isolation: %s', (host, image, expected) => {
    expect(runtimeAcceptsProcess(host, image, { ...model.rules, stableAbiBuilds: stable })).toBe(expected);
  });

  test('the lowest accepted build is the host build below the first stable release', () => {
    expect(lowestProcessBuild(19045, stable)).toBe(19045);
    expect(lowestProcessBuild(26100, stable)).toBe(20348);
    expect(lowestProcessBuild(26200, stable)).toBe(26100);
  });
});

describe('selectorMatches', () => {
  const host = model.hostsById.get('ws2019');
  const image = model.imagesById.get('servercore-ltsc2019');
  test('requires every given condition', () => {
    if (!host || !image) throw new Error('fixture missing');
    expect(selectorMatches({ hosts: ['ws2019'], sameBuild: true }, host, image)).toBe(true);
    expect(selectorMatches({ hosts: ['ws2019'], sameBuild: false }, host, image)).toBe(false);
    expect(selectorMatches({ hostKind: 'client' }, host, image)).toBe(false);
    expect(selectorMatches({ imageBuildMax: 17762 }, host, image)).toBe(false);
  });
});

describe('the engine keeps its own word, in every cell', () => {
  const exceptionsById = new Map(model.exceptions.map((exception) => [exception.id, exception]));
  const cells = model.hosts.flatMap((host) => model.images.map((image) => model.cell(host.id, image.id)));

  test('every verdict is set by a named rule or by an exception that sets exactly that verdict', () => {
    for (const cell of cells) {
      for (const mode of ['process', 'hyperv'] as const) {
        const answer = cell.verdict[mode];
        const label = `${cell.hostId} × ${cell.imageId} ${mode}`;
        if (answer.decidedBy.startsWith('rule:')) continue;
        const exception = exceptionsById.get(answer.decidedBy);
        expect(exception, label).toBeDefined();
        expect(exception?.[mode]?.verdict, label).toBe(answer.verdict);
        if (answer.verdict !== 'limited') expect(answer.reason, label).toBe(exception?.[mode]?.reason);
      }
    }
  });

  test('a pair that does not run never carries a limit', () => {
    for (const cell of cells) {
      for (const mode of ['process', 'hyperv'] as const) {
        const answer = cell.verdict[mode];
        if (runs(answer.verdict)) continue;
        expect(
          answer.notes.filter((note) => note.kind === 'limit'),
          `${cell.hostId} × ${cell.imageId} ${mode}`,
        ).toEqual([]);
      }
    }
  });

  test('Server Core ltsc2016 on a Nano Server 2016 host: does not run with process isolation, and says only that', () => {
    const { process } = model.cell('nano2016', 'servercore-ltsc2016').verdict;
    expect(process.verdict).toBe('unsupported');
    expect(process.decidedBy).toBe('nano-host-runs-nano-only');
    expect(process.notes).toEqual([]);
  });
});
