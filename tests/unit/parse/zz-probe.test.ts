import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cellAnswers, identify } from '../../../src/lib/parse';
import { islandCatalog } from '../../../src/lib/island-catalog';
import { loadModel } from '../helpers/content';

it('probe', () => {
  const catalog = islandCatalog(loadModel());
  const cases = JSON.parse(readFileSync('/tmp/paste-probe/cases.json', 'utf8')) as string[];
  for (const text of cases) {
    const r = identify(text, catalog);
    console.log('=== ' + JSON.stringify(text).slice(0, 140));
    console.log(
      ' kind',
      r.kind,
      '| hosts',
      r.hostCandidates.map((h) => h.id).join(','),
      '| images',
      r.imageCandidates.map((c) => c.image.id).join(','),
    );
    console.log(' problems', JSON.stringify(r.problems).slice(0, 300));
    const a = r.namesCell
      ? cellAnswers(
          catalog,
          r.hostCandidates,
          r.imageCandidates.map((c) => c.image),
        )
      : [];
    for (const x of a) console.log(' CELL', x.path, x.verdicts.process, x.verdicts.hyperv, x.advice);
  }
  console.log(JSON.stringify(catalog.verdicts).length);
});
