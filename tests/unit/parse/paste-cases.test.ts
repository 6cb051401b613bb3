/**
 * The realistic pastes of `paste-cases.ts` against the real content, through the same functions the paste
 * box calls: identify, then the cell answers from the island's verdict table.
 */
import { describe, expect, test } from 'vitest';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { cellAnswers, identify } from '../../../src/lib/readers';
import { describeRevisions } from '../../../src/lib/readers/host-text';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';
import { PASTE_CASES } from './paste-cases';
import { adviceSentences, plainText } from '../../../src/lib/advice/advice-text';

const catalog = islandCatalog(loadModel(), loadPlatforms());
const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('realistic pastes on the real content', () => {
  test.each(PASTE_CASES)('$name', (c) => {
    const result = identify(c.text, catalog);
    const hostIds = result.hostCandidates.map((host) => host.id);
    const imageIds = result.imageCandidates.map((candidate) => candidate.image.id);
    if (c.hosts !== undefined) expect(sorted(hostIds)).toEqual(sorted(c.hosts));
    if (c.images !== undefined) expect(sorted(imageIds)).toEqual(sorted(c.images));
    const answers = result.namesCell
      ? cellAnswers(
          catalog,
          result.hostCandidates,
          result.imageCandidates.map((x) => x.image),
        )
      : [];
    if (c.cell !== undefined) expect(answers[0]?.path).toBe(`/matrix/${c.cell}/`);
    else expect(answers).toEqual([]);
    const everything = [
      ...answers.flatMap((answer) =>
        adviceSentences(answer.advice).map((sentence) => plainText(sentence.text)),
      ),
      ...result.understood,
      describeRevisions(result.host) ?? '',
      ...result.problems,
      ...result.references.flatMap((r) => [r.reason ?? '', ...r.problems]),
    ].join('\n');
    for (const words of c.says ?? []) expect(everything).toContain(words);
    if (c.editions !== undefined) {
      expect(result.host.editions.map((e) => e.edition.id)).toEqual(c.editions);
    }
  });
});
