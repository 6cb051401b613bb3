import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model';
import {
  SITE_CARD_PATH,
  cardCatalog,
  cardForPage,
  cardPathForPage,
  cellCardPath,
} from '../../src/lib/cards/catalog';
import { CARD_VERDICT_WORD, cellCard, clip } from '../../src/lib/cards/content';
import type { CardContent } from '../../src/lib/cards/content';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from '../../src/lib/cards/layout';
import type { CardElement } from '../../src/lib/cards/layout';
import { cardHash } from '../../src/lib/cards/render';
import { loadModelInput } from './helpers/content';

const model = buildModel(loadModelInput());
const posts = [{ slug: 'a-post', title: 'A post', date: '2024-05-01', summary: 'What changed.' }];
const catalog = cardCatalog(model, posts);

function textsOf(node: CardElement | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(textsOf);
}

function cell(hostId: string, imageId: string): CardContent {
  const host = model.hostsById.get(hostId);
  const image = model.imagesById.get(imageId);
  if (!host || !image) throw new Error(`no ${hostId} or ${imageId}`);
  return cellCard(host, image, model.cell(hostId, imageId));
}

describe('cell cards', () => {
  test('name the image, the host, both verdicts with glyph and word, and the tag', () => {
    const texts = textsOf(cardTree(cell('ws2022', 'servercore-ltsc2022')));
    expect(texts).toContain('Server Core ltsc2022');
    expect(texts).toContain('on Windows Server 2022');
    expect(texts).toContain('Process isolation');
    expect(texts).toContain('✓ Supported');
    expect(texts).toContain('Hyper-V isolation');
    expect(texts.some((text) => text.startsWith('Use mcr.microsoft.com/windows/servercore:ltsc2022'))).toBe(
      true,
    );
    expect(texts).toContain('Windows Container Compatibility');
  });

  test('say "Does not run" and offer the alternative where an old host cannot run a newer image', () => {
    const card = cell('ws2019', 'servercore-ltsc2022');
    expect(card.verdicts.map((entry) => `${entry.glyph} ${entry.word}`)).toEqual([
      '✕ Does not run',
      '✕ Does not run',
    ]);
    expect(card.note).toMatch(/^Use instead mcr\.microsoft\.com\/windows\/servercore:ltsc2019/);
    expect(card.accent).toBe('unsupported');
    expect(card.alt).toContain('Process isolation: Does not run');
  });

  test('a newer host running an older image with Hyper-V only shows one ✕ and one ✓', () => {
    const card = cell('ws2022', 'servercore-ltsc2019');
    expect(card.verdicts.map((entry) => entry.verdict)).toEqual(['unsupported', 'supported']);
    expect(card.accent).toBe('supported');
  });

  test('every verdict has a word distinct from the others', () => {
    expect(new Set(Object.values(CARD_VERDICT_WORD)).size).toBe(4);
  });

  test('neighbouring cells get different card content, so different images', () => {
    const a = cardHash(cell('ws2022', 'servercore-ltsc2022'), []);
    const b = cardHash(cell('ws2022', 'servercore-ltsc2019'), []);
    expect(a).not.toBe(b);
    expect(cardHash(cell('ws2022', 'servercore-ltsc2022'), [])).toBe(a);
  });
});

describe('card layout', () => {
  test('is 1200×630 and every element with children is a flex box (Satori needs it)', () => {
    const tree = cardTree(cell('ws2025', 'nanoserver-ltsc2025'));
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const visit = (node: CardElement | string): void => {
      if (typeof node === 'string') return;
      expect(node.props.style.display).toBe('flex');
      if (Array.isArray(node.props.children)) node.props.children.forEach(visit);
    };
    visit(tree);
  });
});

describe('clip', () => {
  test('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(clip('Windows  Server\n2022', 40)).toBe('Windows Server 2022');
    const cut = clip('one two three four five six seven eight nine ten', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('one two three four…');
  });
});

describe('card catalogue', () => {
  test('has a card for every cell, host, image and post, and the site card', () => {
    const expected = model.hosts.length * model.images.length + model.hosts.length + model.images.length + 2;
    expect(catalog.size).toBe(expected);
    expect(catalog.has(cellCardPath('ws2022', 'servercore-ltsc2022'))).toBe(true);
    expect(catalog.get('/og/announcements/a-post.png')?.title).toBe('A post');
  });

  test('host and image cards count where things run', () => {
    const host = catalog.get('/og/hosts/ws2022.png');
    expect(host?.title).toBe('Windows Server 2022');
    expect(host?.note).toMatch(/^\d+ of \d+ images run with process isolation/);
  });

  test('maps pages to their own card, and unknown or index pages to the site card', () => {
    expect(cardPathForPage('/matrix/ws2022/servercore-ltsc2022/')).toBe(
      '/og/matrix/ws2022/servercore-ltsc2022.png',
    );
    expect(cardPathForPage('/hosts/ws2022/')).toBe('/og/hosts/ws2022.png');
    expect(cardPathForPage('/announcements/year/2024/')).toBe(SITE_CARD_PATH);
    expect(cardPathForPage('/')).toBe(SITE_CARD_PATH);
    expect(cardForPage(catalog, '/hosts/no-such-host/').path).toBe(SITE_CARD_PATH);
    expect(cardForPage(catalog, '/images/servercore-ltsc2022/').content.title).toBe('Server Core ltsc2022');
  });
});
