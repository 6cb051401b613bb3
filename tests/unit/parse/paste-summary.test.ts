/** The short sentence the paste box announces politely, on the real content. */
import { describe, expect, test } from 'vitest';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { cellAnswers, identify } from '../../../src/lib/readers';
import { pasteSummary } from '../../../src/lib/readers/paste-summary';
import { loadModel } from '../helpers/content';

const catalog = islandCatalog(loadModel());

/** The summary of a paste, through the same steps as the paste box. */
function summary(text: string): string {
  const result = identify(text, catalog);
  const images = result.imageCandidates.map((c) => c.image);
  const answers = result.namesCell ? cellAnswers(catalog, result.hostCandidates, images) : [];
  return pasteSummary(result, answers);
}

describe('paste summary', () => {
  test('a host and an image: the cell and what runs, in one sentence', () => {
    const text = 'Container OS Version: 10.0.17763.2114 (1809)\nHost OS Version: 10.0.20348.1547 (2022)';
    expect(summary(text)).toBe(
      'Recognised Windows Server 2022 host and Server Core ltsc2019 image: runs with Hyper-V isolation only. 2 more combinations below.',
    );
  });

  test('a host alone', () => {
    expect(summary('Microsoft Windows [Version 10.0.20348.2402]')).toBe(
      'Recognised Windows Server 2022 host. Details below.',
    );
  });

  test('a threshold alone recognises no host, and says it read the threshold', () => {
    expect(summary('This image requires Windows version 1809 or later')).toBe(
      'Read 1809 as a threshold, not a host or image: details below.',
    );
  });

  test('nothing for an empty paste', () => {
    expect(summary('   ')).toBe('');
  });

  test('a node list says how many nodes', () => {
    const result = identify('x', catalog);
    expect(pasteSummary(result, [], 3)).toBe('Recognised a node list of 3 nodes.');
  });
});
