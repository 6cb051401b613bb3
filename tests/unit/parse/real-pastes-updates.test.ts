/**
 * The realistic pastes of `real-pastes-updates.ts` through the functions the paste box uses: the update
 * answer (on the catalogue as the browser gets it, image spans included) and `identify` for the rest.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../../src/lib/updates/catalogue';
import { answerUpdates, encodeUpdates } from '../../../src/lib/readers/updates';
import { identify } from '../../../src/lib/readers';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { imageServicing } from '../../../src/lib/updates/pages';
import { loadBuildNumbers, loadUpdatesFile } from '../updates/load';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';
import { REAL_PASTES } from './real-pastes-updates';

const file = loadUpdatesFile();
const model = loadModel();
const catalogue = buildCatalogue(loadBuildNumbers().rows, file.catalogue);
const spans = model.images.map((image) => {
  const { build, available, end } = imageServicing(image);
  return { build, from: available, until: end };
});
// Through JSON, as /updates/catalogue.json reaches the island.
const compact = JSON.parse(
  JSON.stringify(encodeUpdates(catalogue, file.containers, file.revisions, '2026-08-12', spans)),
) as ReturnType<typeof encodeUpdates>;
const catalog = islandCatalog(model, loadPlatforms());

describe('real pasted output: the update answer', () => {
  test.each(REAL_PASTES)('$name', (paste) => {
    const answer = answerUpdates(paste.text, compact);
    if (paste.none === true) {
      expect(answer.items.map((item) => item.mention.text)).toEqual([]);
      expect(answer.notes).toEqual([]);
      return;
    }
    const facts = answer.items.flatMap((item) =>
      item.facts.map((fact) => ({ fact, role: item.mention.role })),
    );
    const named = facts.map(({ fact }) => `${fact.update.build}.${fact.update.revision}`);
    for (const wanted of paste.facts ?? []) {
      const found = facts.find(
        ({ fact }) => `${fact.update.build}.${fact.update.revision}` === wanted.update,
      );
      expect(found, `${wanted.update} among ${named.join(', ') || 'nothing'}`).toBeDefined();
      if (!found) continue;
      const { fact, role } = found;
      if (wanted.kb !== undefined) expect(fact.update.kb).toBe(wanted.kb);
      if (wanted.kind !== undefined) expect(fact.update.kind).toBe(wanted.kind);
      if (wanted.month !== undefined) expect(fact.month).toBe(wanted.month);
      if (wanted.behind !== undefined) expect(fact.securityBehind > 0 ? 'some' : 'none').toBe(wanted.behind);
      if (wanted.tag !== undefined) expect(fact.tag?.tag ?? null).toBe(wanted.tag);
      if (wanted.role !== undefined) expect(role).toBe(wanted.role);
    }
    // One update is answered once per role, however many ways the text names it.
    const keys = facts.map(({ fact, role }) => `${role}:${fact.update.build}.${fact.update.revision}`);
    expect(keys.length).toBe(new Set(keys).size);
    if (paste.only === true || paste.facts?.length === 0)
      expect([...new Set(named)].sort()).toEqual((paste.facts ?? []).map((f) => f.update).sort());
    const said = [...answer.items.map((item) => item.unknown ?? ''), ...answer.notes].join('\n');
    for (const words of paste.says ?? []) expect(said).toContain(words);
    if (paste.comparison === 'none') expect(answer.comparison).toBeUndefined();
    else if (paste.comparison !== undefined) {
      expect(answer.comparison?.verdict).toBe(paste.comparison.verdict);
      if (paste.comparison.hostNeeds !== undefined)
        expect(answer.comparison?.hostNeeds?.kb).toBe(paste.comparison.hostNeeds);
      if (paste.comparison.pin !== undefined)
        expect(answer.comparison?.pinTag ?? null).toBe(paste.comparison.pin);
    }
  });
});

describe('real pasted output: the rest of the paste box never crashes and never says "Nothing recognised" for an update', () => {
  test.each(REAL_PASTES.filter((paste) => paste.none !== true))('$name', (paste) => {
    const result = identify(paste.text, catalog);
    expect(result.label).not.toBe('Could not analyse');
    expect(result.label).not.toBe('Nothing recognised');
    // A line the update answer used is not also listed as not understood, nor the paste as holding no build.
    const answer = answerUpdates(paste.text, compact);
    for (const item of answer.items.filter((i) => i.mention.bare !== true))
      expect(result.notUnderstood.filter((line) => line.includes(item.mention.text))).toEqual([]);
    if (answer.items.length > 0 || answer.notes.length > 0)
      expect(result.problems.filter((p) => p.startsWith('Found no Windows build'))).toEqual([]);
  });
});
