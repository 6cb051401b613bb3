/**
 * No literal Markdown in the paste box: every string it can show from the error catalog and from fleet
 * answers is rendered by the islands themselves (React on the server, as Astro does) and the visible text
 * must hold no backtick, while backticked commands arrive as `<code>`.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import ErrorExplanations from '../../src/islands/ErrorExplanations';
import Fleet from '../../src/islands/FleetAnswer';
import { ERROR_KINDS } from '../../src/lib/errors/catalog';
import {
  ARM64_BASE_IMAGES_STEP,
  FILE_NOT_FOUND,
  FILE_NOT_FOUND_IN_HCS,
  LATEST_TAG_REMOVED,
} from '../../src/lib/errors/catalog-engine';
import { explain } from '../../src/lib/errors/kinds';
import type { ErrorExplanation } from '../../src/lib/errors/kinds';
import { fleetAnswer } from '../../src/lib/fleet/fleet';
import type { VerdictLookup } from '../../src/lib/fleet/fleet';
import { supportEnds } from '../../src/lib/advice/support-ends';
import type { FleetNode } from '../../src/lib/readers/nodes';
import { loadModel } from './helpers/content';

/** The text a reader sees in rendered markup: tags dropped, entities decoded, code contents removed. */
function visibleOutsideCode(html: string): string {
  return html
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x60;|&#96;/g, '`')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ');
}

/** Every explanation the paste box can show: each kind as it stands and the variants the matcher makes. */
function allExplanations(): ErrorExplanation[] {
  const asShown = (kind: Parameters<typeof explain>[0], changes: Parameters<typeof explain>[1] = {}) => ({
    ...explain(kind, changes),
    matched: 'the pasted line',
  });
  return [
    ...ERROR_KINDS.map((kind) => asShown(kind)),
    asShown(ERROR_KINDS[0] ?? FILE_NOT_FOUND, {
      whatToDo: [ARM64_BASE_IMAGES_STEP, LATEST_TAG_REMOVED.step],
    }),
    asShown(FILE_NOT_FOUND, {
      meaning: `${FILE_NOT_FOUND.meaning}${FILE_NOT_FOUND_IN_HCS}${LATEST_TAG_REMOVED.meaning('x:latest')}`,
    }),
  ];
}

describe('paste box error explanations', () => {
  const explanations = allExplanations();

  test.each(explanations.map((explanation) => [explanation.id, explanation] as const))(
    '%s renders without a literal backtick',
    (_id, explanation) => {
      const html = renderToStaticMarkup(
        createElement(ErrorExplanations, { errors: [explanation], base: '/' }),
      );
      expect(visibleOutsideCode(html)).not.toMatch(/[`]|\*\*/);
      const backticked = [explanation.title, explanation.meaning, ...explanation.whatToDo].filter((text) =>
        text.includes('`'),
      ).length;
      // The matched line is one <code>; every backticked sentence adds at least one more.
      expect(html.match(/<code/g)?.length ?? 0).toBeGreaterThanOrEqual(1 + backticked);
    },
  );

  test('the catalog does use backticks, so the walk above checks something', () => {
    const backticked = explanations.filter((e) => [e.meaning, ...e.whatToDo].some((t) => t.includes('`')));
    expect(backticked.length).toBeGreaterThan(5);
  });
});

describe('fleet answers', () => {
  const model = loadModel();
  const catalog = { hosts: model.hosts, images: model.images };
  const verdicts: VerdictLookup = (hostId, imageId) => {
    const cell = model.cell(hostId, imageId).verdict;
    return { process: cell.process.verdict, hyperv: cell.hyperv.verdict };
  };
  const ends = supportEnds(model.hosts, model.images, model.today);
  const windowsNode = (name: string, build: number, revision: number | null): FleetNode => ({
    name,
    os: 'windows',
    build,
    revision,
    detail: 'Windows Server',
  });
  const builds = [...new Set(model.hosts.map((host) => host.build))];
  // Every host alone with two revisions (mixed-update note), each pair of neighbours, a node of unknown
  // OS next to them, and a fleet of unknown nodes only (the note that suggests kubectl commands).
  const fleets: FleetNode[][] = [
    ...builds.map((build) => [windowsNode('a', build, 100), windowsNode('b', build, 200)]),
    ...builds
      .slice(1)
      .map((build, i) => [
        windowsNode('a', builds[i] ?? build, null),
        windowsNode('b', build, null),
        { name: 'c', os: 'unknown' as const, build: null, revision: null, detail: '' },
      ]),
    [{ name: 'c', os: 'unknown', build: null, revision: null, detail: '' }],
  ];

  test('every fleet answer renders without a literal backtick or asterisks', () => {
    const rendered = fleets.map((nodes) =>
      renderToStaticMarkup(
        createElement(Fleet, {
          list: { format: 'kubectl', nodes },
          answer: fleetAnswer(nodes, catalog, verdicts, ends),
        }),
      ),
    );
    for (const html of rendered) expect(visibleOutsideCode(html)).not.toMatch(/[`]|\*\*/);
    // The kubectl suggestion is backticked in the source: it must come out as code.
    expect(rendered.at(-1)).toMatch(/<code[^>]*>kubectl get nodes -o wide<\/code>/);
  });
});
