/**
 * The advice of representative cells of the real model, and the rules of `alternativeReason` on made-up
 * candidates: strictly better on the reason it states, worse on none, in the documented precedence.
 */
import { describe, expect, test } from 'vitest';
import { alternativeReason, pickAlternative } from '../../src/lib/advice/advice';
import type { AdviceCandidate, CellAdvice } from '../../src/lib/advice/advice';
import { adviceSentences, cardAdvice, markdownText, plainText } from '../../src/lib/advice/advice-text';
import { loadModel } from './helpers/content';

const model = loadModel();
const advice = (hostId: string, imageId: string): CellAdvice => model.cell(hostId, imageId).advice;
const said = (a: CellAdvice): string =>
  adviceSentences(a)
    .map((sentence) => plainText(sentence.text))
    .join(' ');

describe('cellAdvice on the real model', () => {
  test('the image the issue names: Nano Server 1809 on Windows 10 22H2 gets no false "for process isolation"', () => {
    const a = advice('win10-22h2', 'nanoserver-1809');
    expect(a.use).toMatchObject({
      reference: 'mcr.microsoft.com/windows/nanoserver:1809',
      isolation: 'hyperv',
    });
    expect(a.alternative).toBeNull();
    expect(said(a)).toContain('The host, Windows 10, version 22H2, is out of support since 2025-10-14');
    expect(said(a)).not.toMatch(/for process isolation|instead/i);
  });

  test('no "another family" alternative that is better on nothing (Server Core ltsc2019 on 20H2)', () => {
    expect(advice('ws20h2', 'servercore-ltsc2019').alternative).toBeNull();
  });

  test('a newer image on an older host: nothing runs, the host’s own release runs instead', () => {
    const a = advice('ws2019', 'servercore-ltsc2022');
    expect(a.use).toBeNull();
    expect(a.alternative).toMatchObject({ id: 'servercore-ltsc2019', reason: 'runs', isolation: 'process' });
  });

  test('Hyper-V only, and another image runs with process isolation: the reason is process isolation', () => {
    const a = advice('ws2022', 'windows-1809');
    expect(a.use?.isolation).toBe('hyperv');
    expect(a.alternative).toMatchObject({ reason: 'process-isolation', isolation: 'process' });
    expect(said(a)).toContain('For process isolation, use mcr.microsoft.com/windows/server:ltsc2022 instead');
  });

  test('a Windows image is pointed to its successor, the Server image, not to Server Core', () => {
    expect(advice('ws2025', 'windows-20h2').alternative).toMatchObject({
      id: 'server-ltsc2025',
      reference: 'mcr.microsoft.com/windows/server:ltsc2025',
    });
    // Every cell of a Windows image whose alternative is another family names the Server image when one qualifies.
    for (const host of model.hosts)
      for (const image of model.images.filter((candidate) => candidate.family === 'windows')) {
        const alternative = advice(host.id, image.id).alternative;
        if (alternative === null || alternative.id.startsWith('windows-')) continue;
        const serverQualifies = model.images
          .filter((candidate) => candidate.family === 'server')
          .some((server) => {
            const other = advice(host.id, server.id);
            return (
              other.use !== null &&
              (alternative.reason !== 'process-isolation' ||
                other.process === 'supported' ||
                other.process === 'limited') &&
              (alternative.ended !== null || other.image.ended === null)
            );
          });
        if (serverQualifies) expect(alternative.id, `${host.id} × ${image.id}`).toMatch(/^server-/);
      }
  });

  test('a retired image with a supported one on the host: "For a supported image", and the retirement dated', () => {
    const a = advice('ws2016', 'nanoserver-sac2016');
    expect(a.image.ended).not.toBeNull();
    expect(a.alternative?.reason).toBe('support');
    expect(a.alternative?.ended).toBeNull();
    expect(said(a)).toContain(`Nano Server sac2016 is out of support since ${a.image.ended ?? ''}`);
    expect(said(a)).toContain(
      'For a supported image, use mcr.microsoft.com/windows/servercore:ltsc2016 instead',
    );
    expect(said(a)).not.toContain('Still supported');
  });

  test('process isolation runs and nothing is better: only what to do', () => {
    const a = advice('ws2019', 'servercore-ltsc2019');
    expect(a.alternative).toBeNull();
    expect(adviceSentences(a)).toEqual([
      {
        kind: 'use',
        text: [
          'Runs with process isolation: use ',
          { code: 'mcr.microsoft.com/windows/servercore:ltsc2019' },
          '. Hyper-V isolation runs too.',
        ],
      },
    ]);
  });

  test('a newer build of the same family that runs as well: offered as a newer build', () => {
    const a = advice('ws2025', 'servercore-ltsc2022');
    expect(a.use?.isolation).toBe('process');
    expect(a.alternative).toMatchObject({ id: 'servercore-ltsc2025', reason: 'newer-build' });
    expect(said(a)).toContain('A newer release of the same family runs here too');
  });

  test('a limited verdict names its limit, the same title the verdict shows', () => {
    const a = advice('win11-24h2', 'servercore-ltsc2025');
    const cell = model.cell('win11-24h2', 'servercore-ltsc2025').verdict.process;
    expect(cell.verdict).toBe('limited');
    const title = cell.notes.find((note) => note.kind === 'limit')?.title ?? 'missing';
    expect(a.limit).toBe(title);
    expect(said(a)).toContain(`Runs with process isolation, limited by “${title}”: use`);
    expect(said(a)).not.toContain('within the limits its verdict names');
  });

  test('disputed process isolation: Hyper-V is recommended and the dispute said', () => {
    const a = advice('win11-25h2', 'server-ltsc2022');
    expect(a.process).toBe('unknown');
    expect(a.use?.isolation).toBe('hyperv');
    expect(said(a)).toContain('Whether process isolation runs here is unknown');
    expect(said(a)).not.toContain('disputed');
  });

  test('Markdown has code spans, plain text none, and a card line names what is retired', () => {
    const a = advice('ws2016', 'nanoserver-sac2016');
    const [use] = adviceSentences(a);
    expect(markdownText(use?.text ?? [])).toContain('`mcr.microsoft.com/windows/nanoserver:sac2016`');
    expect(plainText(use?.text ?? [])).not.toContain('`');
    expect(plainText(cardAdvice(a))).toBe(`Use nanoserver:sac2016 · image retired ${a.image.ended ?? ''}`);
  });
});

describe('alternativeReason', () => {
  const base: AdviceCandidate = {
    id: 'a',
    name: 'A',
    ended: null,
    family: 'servercore',
    build: 100,
    reference: 'r/a:1',
    process: 'unsupported',
    hyperv: 'supported',
  };
  const other = (overrides: Partial<AdviceCandidate>): AdviceCandidate => ({
    ...base,
    id: 'b',
    name: 'B',
    reference: 'r/b:1',
    ...overrides,
  });

  test('runs beats process isolation beats support beats a newer build', () => {
    const none = { ...base, hyperv: 'unsupported' as const, ended: '2020-01-01' };
    expect(alternativeReason(none, other({ process: 'supported', build: 200 }))).toBe('runs');
    expect(alternativeReason({ ...base, ended: '2020-01-01' }, other({ process: 'supported' }))).toBe(
      'process-isolation',
    );
    expect(alternativeReason({ ...base, ended: '2020-01-01' }, other({ build: 200 }))).toBe('support');
    expect(alternativeReason(base, other({ build: 200 }))).toBe('newer-build');
  });

  test('never an image worse on any axis, nor one better on none', () => {
    expect(alternativeReason(base, other({ process: 'supported', ended: '2020-01-01' }))).toBeNull();
    expect(
      alternativeReason({ ...base, process: 'supported' }, other({ process: 'unsupported', build: 200 })),
    ).toBeNull();
    expect(alternativeReason(base, other({ family: 'nanoserver', build: 200 }))).toBeNull();
    expect(alternativeReason(base, other({}))).toBeNull();
    expect(alternativeReason(base, base)).toBeNull();
  });

  test('a disputed process verdict counts as not running with process isolation', () => {
    expect(alternativeReason({ ...base, process: 'unknown' }, other({ process: 'limited' }))).toBe(
      'process-isolation',
    );
  });

  test('picks the strongest reason first, then the same family', () => {
    const picked = pickAlternative({ ...base, ended: '2020-01-01' }, [
      other({ id: 'support', family: 'servercore' }),
      other({ id: 'process', family: 'nanoserver', process: 'supported' }),
      other({ id: 'process-same', process: 'supported' }),
    ]);
    expect(picked?.candidate.id).toBe('process-same');
    expect(picked?.reason).toBe('process-isolation');
  });

  test('after the same family, the declared successor: a Windows image gets Server before Server Core', () => {
    const windows = { ...base, family: 'windows', ended: '2020-01-01' };
    const candidates = [
      other({ id: 'core', family: 'servercore', build: 300 }),
      other({ id: 'server', family: 'server', build: 200 }),
    ];
    expect(pickAlternative(windows, candidates)?.candidate.id).toBe('server');
    expect(pickAlternative({ ...windows, family: 'nanoserver' }, candidates)?.candidate.id).toBe('core');
  });
});
