/**
 * The words for "out of support" live in support-words.ts, and the cell advice, the fleet answer and the
 * lifecycle labels all say the same thing for the same fact (issue 14: no view words it its own way).
 */
import { describe, expect, test } from 'vitest';
import { adviceSentences, plainText } from '../../src/lib/advice/advice-text';
import { fleetAnswer } from '../../src/lib/fleet/fleet';
import type { VerdictLookup } from '../../src/lib/fleet/fleet';
import { supportEnds } from '../../src/lib/advice/support-ends';
import { hostLifecycle } from '../../src/lib/knowledge/lifecycle';
import { parseNodeList } from '../../src/lib/readers/nodes';
import {
  outOfSupportLabel,
  outOfSupportSentence,
  outOfSupportSince,
  retiredOn,
} from '../../src/lib/knowledge/support-words';
import { FLEET_2004_TABLE } from './fleet-cases';
import { loadModel } from './helpers/content';

const model = loadModel();

describe('support words', () => {
  test('the forms', () => {
    expect(outOfSupportSentence('Nano Server 1809', '2029-01-09')).toBe(
      'Nano Server 1809 is out of support since 2029-01-09',
    );
    expect(outOfSupportSince('2029-01-09')).toBe('out of support since 2029-01-09');
    expect(outOfSupportLabel('2029-01-09')).toBe('Out of support since 2029-01-09');
    expect(retiredOn('2029-01-09', 'host')).toBe('host retired 2029-01-09');
  });

  test('the cell advice and the fleet answer name the retired Windows Server, version 2004 in the same words', () => {
    const sentence = outOfSupportSentence('Windows Server, version 2004', '2021-12-14');
    const cell = adviceSentences(model.cell('ws2004', 'servercore-2004').advice).map((s) =>
      plainText(s.text),
    );
    expect(cell.join(' ')).toContain(`The host, ${sentence.replace(' is', ', is')}`);
    const verdicts: VerdictLookup = (hostId, imageId) => {
      const found = model.cell(hostId, imageId).verdict;
      return { process: found.process.verdict, hyperv: found.hyperv.verdict };
    };
    const nodes = parseNodeList(FLEET_2004_TABLE)?.nodes ?? [];
    const fleet = fleetAnswer(nodes, model, verdicts, supportEnds(model.hosts, model.images, model.today));
    expect(fleet.retiredHosts[0]?.sentence).toContain(sentence);
    const host = model.hosts.find((candidate) => candidate.id === 'ws2004');
    expect(host && hostLifecycle(host, model.today).label).toContain(outOfSupportLabel('2021-12-14'));
  });
});
