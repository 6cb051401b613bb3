import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/model';
import {
  badgeColor,
  badgeLabel,
  badgeMarkdown,
  badgeMessage,
  badgePath,
  cellBadgeSvg,
} from '../../src/lib/outputs/badge';
import { loadModelInput } from './helpers/content';

const model = buildModel(loadModelInput());

function badgeOf(hostId: string, imageId: string): string {
  const host = model.hostsById.get(hostId);
  const image = model.imagesById.get(imageId);
  if (!host || !image) throw new Error(`no ${hostId} or ${imageId}`);
  return cellBadgeSvg(host, image, model.cell(hostId, imageId).verdict);
}

describe('cell badges', () => {
  test('say which host and image, and both verdicts by glyph', () => {
    const host = model.hostsById.get('ws2022');
    const image = model.imagesById.get('servercore-ltsc2019');
    if (!host || !image) throw new Error('fixture missing');
    expect(badgeLabel(host, image)).toBe('WS 2022 · servercore:ltsc2019');
    expect(badgeMessage(model.cell('ws2022', 'servercore-ltsc2019').verdict)).toBe('process ✕ · Hyper-V ✓');
    expect(badgePath('ws2022', 'servercore-ltsc2019')).toBe('/badges/ws2022/servercore-ltsc2019.svg');
  });

  test('are valid XML with role="img", a spoken title and aria-label, and no external reference', () => {
    const svg = badgeOf('ws2022', 'servercore-ltsc2019');
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { '@_role': string; '@_aria-label': string; title: string };
    };
    expect(parsed.svg['@_role']).toBe('img');
    expect(parsed.svg.title).toBe(
      'Server Core ltsc2019 on Windows Server 2022: process isolation does not run, Hyper-V isolation supported',
    );
    expect(parsed.svg['@_aria-label']).toBe(parsed.svg.title);
    expect(svg).not.toMatch(/(href|src)=|@import|url\((?!#)/);
  });

  test('every cell has a valid badge, colour from its best verdict', () => {
    for (const host of model.hosts)
      for (const image of model.images) {
        const cell = model.cell(host.id, image.id).verdict;
        const svg = cellBadgeSvg(host, image, cell);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).toContain(`fill="${badgeColor(cell)}"`);
      }
  });

  test('the Markdown links the badge to its cell and escapes brackets in the text', () => {
    expect(badgeMarkdown('a [b]', 'https://x.test/b.svg', 'https://x.test/c/')).toBe(
      '[![a \\[b\\]](https://x.test/b.svg)](https://x.test/c/)',
    );
  });
});
