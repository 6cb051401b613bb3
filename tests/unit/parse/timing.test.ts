/**
 * How long the paste box takes on its longest realistic input, a 500-node `kubectl get nodes -o wide`:
 * every step it runs per keystroke. Prints the times; no wall-clock assertion (machines differ), only
 * that the answer is complete.
 */
import { expect, test } from 'vitest';
import { fleetAnswer } from '../../../src/lib/fleet/fleet';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { identify, verdictLookup } from '../../../src/lib/readers';
import { explainErrors } from '../../../src/lib/readers/errors';
import { parseNodeList } from '../../../src/lib/readers/nodes';
import { loadModel } from '../helpers/content';
import { kubectlFleet } from './paste-cases';

test('a 500-node kubectl list: identify, errors, node list and fleet answer', () => {
  const catalog = islandCatalog(loadModel());
  const text = kubectlFleet(500);
  identify('warm up', catalog);
  const runs = 5;
  const times: Record<string, number> = { identify: 0, explainErrors: 0, parseNodeList: 0, fleetAnswer: 0 };
  let nodes = 0;
  let families = 0;
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    identify(text, catalog);
    times.identify = (times.identify ?? 0) + performance.now() - started;
    started = performance.now();
    explainErrors(text);
    times.explainErrors = (times.explainErrors ?? 0) + performance.now() - started;
    started = performance.now();
    const list = parseNodeList(text);
    times.parseNodeList = (times.parseNodeList ?? 0) + performance.now() - started;
    started = performance.now();
    const answer = fleetAnswer(list?.nodes ?? [], catalog, verdictLookup(catalog), catalog.supportEnds);
    times.fleetAnswer = (times.fleetAnswer ?? 0) + performance.now() - started;
    nodes = list?.nodes.length ?? 0;
    families = answer.families.length;
  }
  const report = Object.entries(times)
    .map(([step, total]) => `${step} ${(total / runs).toFixed(1)} ms`)
    .join(', ');
  console.log(`500-node kubectl list (${text.length} characters), mean of ${runs}: ${report}`);
  expect(nodes).toBe(500);
  expect(families).toBeGreaterThan(0);
});
