/**
 * The compact verdict table of the paste box: it must give back exactly the model's verdicts and
 * alternatives, and the cell answers must say what to do for each kind of verdict.
 */
import { describe, expect, test } from 'vitest';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import {
  ALTERNATIVE_DIGITS,
  alternativeImage,
  cellAnswer,
  cellAnswers,
  encodeVerdicts,
  lookupVerdicts,
} from '../../../src/lib/readers/verdicts';
import type { CellFacts, PasteCatalog } from '../../../src/lib/readers/verdicts';
import type { Host, Image } from '../../../src/lib/knowledge/schema';
import { loadModel } from '../helpers/content';
import type { CellAdvice } from '../../../src/lib/advice/advice';
import { adviceSentences, plainText } from '../../../src/lib/advice/advice-text';
import { catalog as fixture } from './fixture-catalog';

const model = loadModel();
const real = islandCatalog(model);

function host(id: string, from: PasteCatalog): Host {
  const found = from.hosts.find((h) => h.id === id);
  if (found === undefined) throw new Error(`no host ${id}`);
  return found;
}
function image(id: string, from: PasteCatalog): Image {
  const found = from.images.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no image ${id}`);
  return found;
}

describe('the verdict table', () => {
  test('gives back every cell of the real model, both modes and the alternative', () => {
    for (const h of model.hosts)
      for (const i of model.images) {
        const cell = model.cell(h.id, i.id);
        expect(lookupVerdicts(real, h.id, i.id)).toEqual({
          process: cell.verdict.process.verdict,
          hyperv: cell.verdict.hyperv.verdict,
        });
        const alternative = alternativeImage(real, h.id, i.id);
        expect(alternative?.image.id).toBe(cell.advice.alternative?.id);
        expect(alternative?.reason).toBe(cell.advice.alternative?.reason);
      }
  });

  test('is four characters per cell', () => {
    for (const row of Object.values(real.verdicts.rows)) expect(row).toHaveLength(4 * model.images.length);
    console.log(`verdict table: ${JSON.stringify(real.verdicts).length} characters of JSON`);
  });

  test('an unknown host or image reads as unknown, never throws', () => {
    expect(lookupVerdicts(real, 'nope', 'servercore-ltsc2022')).toEqual({
      process: 'unknown',
      hyperv: 'unknown',
    });
    expect(lookupVerdicts(real, 'ws2019', 'nope')).toEqual({ process: 'unknown', hyperv: 'unknown' });
    expect(alternativeImage(real, 'ws2019', 'nope')).toBeUndefined();
  });

  test('more images than digits: the extra alternatives are dropped, not mis-encoded', () => {
    expect(ALTERNATIVE_DIGITS).toHaveLength(62);
    const table = encodeVerdicts(fixture, (): CellFacts => ({
      process: 'supported',
      hyperv: 'supported',
      alternativeImageId: 'not-in-catalog',
      alternativeReason: 'support',
    }));
    expect(Object.values(table.rows).every((row) => /^(ss--)+$/.test(row))).toBe(true);
  });
});

describe('cell answers', () => {
  const table = (facts: CellFacts): PasteCatalog => ({
    ...fixture,
    verdicts: encodeVerdicts(fixture, () => facts),
    lifecycleLabels: {},
    supportEnds: { today: '2026-11-23', hosts: {}, images: {} },
  });
  const said = (advice: CellAdvice): string =>
    adviceSentences(advice)
      .map((sentence) => plainText(sentence.text))
      .join(' ');

  test('process isolation runs: the tag to use, and Hyper-V too when it runs', () => {
    const answer = cellAnswer(
      table({ process: 'supported', hyperv: 'supported', alternativeImageId: null, alternativeReason: null }),
      host('ws2022', real),
      image('servercore-ltsc2022', real),
    );
    expect(said(answer.advice)).toBe(
      'Runs with process isolation: use mcr.microsoft.com/windows/servercore:ltsc2022. Hyper-V isolation runs too.',
    );
    expect(answer.path).toBe('/matrix/ws2022/servercore-ltsc2022/');
  });

  test('Hyper-V only: the run flag, and the alternative for process isolation', () => {
    const answer = cellAnswer(
      table({
        process: 'unsupported',
        hyperv: 'supported',
        alternativeImageId: 'servercore-ltsc2022',
        alternativeReason: 'process-isolation',
      }),
      host('ws2025', real),
      image('servercore-ltsc2019', real),
    );
    expect(said(answer.advice)).toContain(
      'use mcr.microsoft.com/windows/servercore:ltsc2019 with --isolation=hyperv',
    );
    expect(answer.advice.alternative?.id).toBe('servercore-ltsc2022');
    expect(said(answer.advice)).toContain('For process isolation, use');
  });

  test('does not run: the alternative with its isolation mode (real model: 2022 image on a 2019 host)', () => {
    const answer = cellAnswer(real, host('ws2019', real), image('servercore-ltsc2022', real));
    expect(answer.verdicts).toEqual({ process: 'unsupported', hyperv: 'unsupported' });
    expect(said(answer.advice)).toBe(
      'Does not run here in either isolation mode, so no tag of this image is recommended. Use mcr.microsoft.com/windows/servercore:ltsc2019 instead: it runs on this host with process isolation; this image runs here in neither mode.',
    );
  });

  test('unknown verdicts recommend no tag and say the sources disagree', () => {
    const answer = cellAnswer(
      table({ process: 'unknown', hyperv: 'unsupported', alternativeImageId: null, alternativeReason: null }),
      host('ws2022', real),
      image('servercore-ltsc2022', real),
    );
    expect(answer.advice.use).toBeNull();
    expect(said(answer.advice)).toContain('Sources disagree');
  });

  test('a retired host and image are named with their end dates from the table', () => {
    const catalog = {
      ...table({
        process: 'supported',
        hyperv: 'supported',
        alternativeImageId: null,
        alternativeReason: null,
      }),
      supportEnds: {
        today: '2031-11-01',
        hosts: { ws2022: '2031-10-14' },
        images: { 'servercore-ltsc2022': '2031-10-14' },
      },
    };
    const text = said(cellAnswer(catalog, host('ws2022', real), image('servercore-ltsc2022', real)).advice);
    expect(text).toContain('The host, Windows Server 2022, is out of support since 2031-10-14');
    expect(text).toContain('Server Core ltsc2022 is out of support since 2031-10-14');
  });

  test('several hosts and images: hosts first, capped', () => {
    const hosts = [host('ws2019', real), host('ws1809', real)];
    const images = [image('servercore-ltsc2022', real), image('nanoserver-ltsc2022', real)];
    const answers = cellAnswers(real, hosts, images, 3);
    expect(answers.map((a) => `${a.host.id}/${a.image.id}`)).toEqual([
      'ws2019/servercore-ltsc2022',
      'ws2019/nanoserver-ltsc2022',
      'ws1809/servercore-ltsc2022',
    ]);
  });
});

describe('lifecycle sentences for the paste box', () => {
  test('every long-term edition has its own support sentence, from its own dates', () => {
    const labels = islandCatalog(model).lifecycleLabels;
    expect(labels['win10-1809#enterprise-ltsc-2019']).toMatch(/2029-01-09/);
    expect(labels['win10-1809']).toMatch(/LTSC 2019/);
    for (const host of model.hosts) {
      for (const edition of host.editions)
        expect(labels[`${host.id}#${edition.id}`], edition.id).toBeDefined();
    }
  });
});
