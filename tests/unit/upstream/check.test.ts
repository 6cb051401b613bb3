import { describe, expect, test } from 'vitest';
import { checkAgainstUpstream } from '../../../src/lib/upstream/check';
import type { CheckInput } from '../../../src/lib/upstream/check';
import type { Host, Image } from '../../../src/lib/knowledge/schema';
import { loadCheckInput } from './load';

const real = loadCheckInput();

/** A deep copy of the real input, changed by `edit`. */
function modified(edit: (input: CheckInput & { hosts: Host[]; images: Image[] }) => void): CheckInput {
  const copy = structuredClone(real) as CheckInput & { hosts: Host[]; images: Image[] };
  edit(copy);
  return copy;
}

function host(input: { hosts: Host[] }, id: string): Host {
  const found = input.hosts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no host ${id}`);
  return found;
}

function image(input: { images: Image[] }, id: string): Image {
  const found = input.images.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no image ${id}`);
  return found;
}

describe('checkAgainstUpstream fails on', () => {
  test('a changed date, naming the host, field, both values and the snapshot date', () => {
    const input = modified((c) => {
      const fact = host(c, 'ws2019').support.extended?.[0];
      if (fact) fact.date = '2029-01-10';
    });
    const { findings } = checkAgainstUpstream(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      subject: 'host ws2019',
      cycle: 'windows-server/2019',
      field: 'eol',
      ours: '2029-01-10',
      upstream: '2029-01-09',
      snapshot: '2026-08-22',
    });
    expect(findings[0]?.message).toContain('host ws2019: eol is 2029-01-10 here but 2029-01-09');
  });

  test('a changed date of a long-term edition, naming the edition', () => {
    const input = modified((c) => {
      const edition = host(c, 'win10-1809').editions[0];
      const fact = edition?.support.extended?.[0];
      if (fact) fact.date = '2030-01-08';
    });
    const { findings } = checkAgainstUpstream(input);
    expect(findings.map((f) => [f.subject, f.edition, f.field, f.upstream])).toEqual([
      ['host win10-1809', 'Windows 10 Enterprise LTSC 2019', 'eol', '2029-01-09'],
    ]);
  });

  test('a changed upstream date, on an image', () => {
    const input = modified((c) => {
      const core = c.endoflife.find((p) => p.product === 'windows-server-core');
      const cycle = core?.cycles.find((candidate) => candidate.name === '2022');
      if (cycle) cycle.eoas = '2026-10-14';
    });
    const { findings } = checkAgainstUpstream(input);
    expect(findings.map((f) => `${f.subject} ${f.field} ${String(f.ours)} ${String(f.upstream)}`)).toEqual([
      'image servercore-ltsc2022 eoas 2026-10-13 2026-10-14',
    ]);
  });

  test('a missing release: an upstream cycle nobody links', () => {
    const input = modified((c) => {
      host(c, 'ws23h2').upstream = [];
    });
    const { findings } = checkAgainstUpstream(input);
    expect(findings.map((f) => [f.field, f.upstream])).toEqual([['cycle', 'windows-server/23h2-ac']]);
    expect(findings.find((f) => f.upstream === 'windows-server/23h2-ac')?.message).toContain('build 25398');
  });

  test('a new upstream release not yet in content/', () => {
    const input = modified((c) => {
      c.endoflife[0]?.cycles.push({
        name: '11-27h1-e',
        releaseDate: '2027-02-09',
        eoas: '2030-03-12',
        eol: '2030-03-12',
        eoes: null,
        latest: '10.0.29000',
        latestBuild: 29000,
      });
    });
    expect(checkAgainstUpstream(input).findings.map((f) => f.upstream)).toEqual(['windows/11-27h1-e']);
  });

  test('a cycle below the container era is not required', () => {
    const input = modified((c) => {
      c.endoflife[0]?.cycles.push({
        name: '10-1511',
        releaseDate: '2015-11-10',
        eoas: null,
        eol: null,
        eoes: null,
        latest: '10.0.10586',
        latestBuild: 10586,
      });
    });
    expect(checkAgainstUpstream(input).findings).toEqual([]);
  });

  test('an ignored cycle is skipped, but an ignore entry for a cycle that does not exist is reported', () => {
    const input = modified((c) => {
      host(c, 'ws23h2').upstream = [];
      c.config.ignoredCycles = [
        { cycle: 'windows-server/23h2-ac', reason: 'test' },
        { cycle: 'windows-server/2099', reason: 'test' },
      ];
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.field, f.cycle])).toEqual([
      ['ignoredCycles', 'windows-server/2099'],
    ]);
  });

  test('a link to a cycle the snapshot lacks', () => {
    const input = modified((c) => {
      host(c, 'ws2022').upstream.push({ cycle: 'windows-server/2022-typo', overrides: [] });
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.field, f.ours])).toEqual([
      ['cycle', 'windows-server/2022-typo'],
    ]);
  });

  test('an override whose recorded upstream value no longer matches the snapshot', () => {
    const input = modified((c) => {
      const nano = c.endoflife.find((p) => p.product === 'windows-nano-server');
      const cycle = nano?.cycles.find((candidate) => candidate.name === '1607');
      if (cycle) cycle.eoas = '2018-09-11';
    });
    const messages = checkAgainstUpstream(input).findings.map((f) => f.message);
    expect(messages).toHaveLength(2); // the host nano2016 and the image nanoserver-sac2016
    expect(messages[0]).toContain(
      'records upstream 2018-09-10, but the snapshot of 2026-08-22 says 2018-09-11',
    );
  });

  test('an override that upstream made unnecessary', () => {
    const input = modified((c) => {
      const nano = c.endoflife.find((p) => p.product === 'windows-nano-server');
      const cycle = nano?.cycles.find((candidate) => candidate.name === '1607');
      if (cycle) cycle.eol = '2018-10-09';
    });
    const messages = checkAgainstUpstream(input).findings.map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('remove the override');
  });

  test('a link naming an edition label no support date carries', () => {
    const input = modified((c) => {
      const link = host(c, 'win11-24h2').upstream[0];
      if (link) link.edition = 'Enterprise & Education';
    });
    expect(checkAgainstUpstream(input).findings.map((f) => f.field)).toContain('edition');
  });

  test('an image build that differs from the cycle it links', () => {
    const input = modified((c) => {
      image(c, 'nanoserver-ltsc2025').build = 26200;
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.field, f.ours, f.upstream])).toEqual(
      [['image nanoserver-ltsc2025', 'build', 26200, 26100]],
    );
  });

  test('a changed stable build list', () => {
    const input = modified((c) => {
      c.stableAbiBuilds = [20348];
    });
    const { findings } = checkAgainstUpstream(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      subject: 'rules',
      field: 'stableAbiBuilds',
      ours: '20348',
      upstream: '20348, 26100',
    });
    expect(findings[0]?.snapshot).toBe('2026-08-20');
  });

  test('a change in hcsshim compatLTSCReleases', () => {
    const input = modified((c) => {
      c.hcsshim.compatLTSCReleases = [20348, 26100, 28000];
    });
    expect(checkAgainstUpstream(input).findings.map((f) => f.field)).toEqual(['stableAbiBuilds']);
  });

  test('a host build that differs from its hcsshim constant', () => {
    const input = modified((c) => {
      c.hcsshim.builds['V21H2Win11'] = 22001;
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.field, f.ours, f.upstream])).toEqual(
      [['host win11-21h2', 'build', 22000, 22001]],
    );
  });

  test('a new hcsshim constant that no host is mapped to', () => {
    const input = modified((c) => {
      c.hcsshim.builds['V26H1Win11'] = 28000;
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.upstream])).toEqual([
      ['host win11-26h1', 'V26H1Win11 = 28000'],
    ]);
    expect(checkAgainstUpstream(input).findings[0]?.message).toContain(
      'move it from hcsshimWithoutConstant to hcsshimConstants',
    );
  });

  test('a Windows 11 constant for a build another release already has (24H2 shares 26100 with 2025)', () => {
    const input = modified((c) => {
      c.hcsshim.builds['V24H2Win11'] = 26100;
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.upstream])).toEqual([
      ['host win11-24h2', 'V24H2Win11 = 26100'],
    ]);
  });

  test('a server constant for a new build still asks for a host to map', () => {
    const input = modified((c) => {
      c.hcsshim.builds['V26H1Server'] = 28100;
    });
    expect(checkAgainstUpstream(input).findings.map((f) => f.upstream)).toEqual(['V26H1Server = 28100']);
  });

  test('a host that is neither mapped to a constant nor listed as having none', () => {
    const input = modified((c) => {
      delete c.config.hcsshimWithoutConstant['win11-25h2'];
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.ours])).toEqual([
      ['host win11-25h2', 26200],
    ]);
  });

  test('a host listed as having the same build as a constant that no longer has it', () => {
    const input = modified((c) => {
      const entry = c.config.hcsshimWithoutConstant['win11-24h2'];
      if (entry) entry.sameBuildAs = 'LTSC2022';
    });
    expect(checkAgainstUpstream(input).findings.map((f) => [f.subject, f.ours, f.upstream])).toEqual([
      ['host win11-24h2', 26100, 'LTSC2022 = 20348'],
    ]);
  });

  test('a host both mapped and listed as having no constant, or listed but unknown', () => {
    const input = modified((c) => {
      c.config.hcsshimConstants['win11-24h2'] = 'LTSC2025';
      c.config.hcsshimWithoutConstant['win12-01'] = { reason: 'no such release' };
    });
    const messages = checkAgainstUpstream(input).findings.map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/both maps host win11-24h2/);
    expect(messages.join('\n')).toMatch(/lists host win12-01 .* no such host/);
  });
});

describe('hcsshim constants of the Windows 11 hosts', () => {
  test('hosts hcsshim has no constant for are listed with a reason, and the real data passes', () => {
    const listed = real.config.hcsshimWithoutConstant;
    expect(Object.keys(listed).sort()).toEqual(['win11-23h2', 'win11-24h2', 'win11-25h2', 'win11-26h1']);
    expect(listed['win11-24h2']?.sameBuildAs).toBe('V25H1Server');
    expect(checkAgainstUpstream(real).findings).toEqual([]);
  });
});
