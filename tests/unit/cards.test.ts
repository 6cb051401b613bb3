import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/model';
import {
  SITE_CARD_PATH,
  cardCatalog,
  cardForPage,
  cardPathForPage,
  cellCardPath,
} from '../../src/lib/outputs/cards/catalog';
import { cellCard, clip } from '../../src/lib/outputs/cards/content';
import { VERDICT_TEXT } from '../../src/lib/knowledge/verdict-text';
import type { CardContent } from '../../src/lib/outputs/cards/content';
import { CARD_HEIGHT, CARD_TONE, CARD_WIDTH, cardPlan, cardTree } from '../../src/lib/outputs/cards/layout';
import type { CardElement } from '../../src/lib/outputs/cards/layout';
import { withoutUnusedMasks } from '../../src/lib/outputs/cards/draw';
import { encodeIndexedPng } from '../../src/lib/outputs/cards/png';
import {
  CARD_CACHE_MAX_AGE_DAYS,
  cardHash,
  cardPool,
  cardRenderer,
  drawCard,
  inlineDrawing,
  isWholePng,
  lazyDrawing,
} from '../../src/lib/outputs/cards/render';
import type { CardDrawing, CardFont } from '../../src/lib/outputs/cards/render';
import { loadModelInput } from './helpers/content';
import { errorPages } from '../../src/lib/errors/pages';

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
    expect(card.note).toBe('Runs here instead: mcr.microsoft.com/windows/servercore:ltsc2019');
    expect(card.alt).toContain('Use mcr.microsoft.com/windows/servercore:ltsc2019 instead');
    expect(card.accent).toBe('unsupported');
    expect(card.alt).toContain('Process isolation: Does not run');
  });

  test('a newer host running an older image with Hyper-V only shows one ✕ and one ✓', () => {
    const card = cell('ws2022', 'servercore-ltsc2019');
    expect(card.verdicts.map((entry) => entry.verdict)).toEqual(['unsupported', 'supported']);
    expect(card.accent).toBe('supported');
  });

  test('every verdict has a word distinct from the others', () => {
    expect(new Set(Object.values(VERDICT_TEXT).map((text) => text.phrase)).size).toBe(4);
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

  test('never doubles punctuation or an ellipsis the text already has where it cuts', () => {
    expect(clip('tags such as :1709_KB… and more words here', 26)).toBe('tags such as :1709_KB…');
    expect(clip('first part, second part and more', 18)).toBe('first part…');
  });
});

describe('card catalogue', () => {
  test('has a card for every cell, host, image, post and error page, and the site card', () => {
    const expected =
      model.hosts.length * model.images.length +
      model.hosts.length +
      model.images.length +
      2 +
      errorPages().length;
    expect(catalog.size).toBe(expected);
    expect(catalog.has(cellCardPath('ws2022', 'servercore-ltsc2022'))).toBe(true);
    expect(catalog.get('/og/announcements/a-post.png')?.title).toBe('A post');
    expect(catalog.get('/og/errors/image-mismatch.png')?.title).toBe('0xc0370101');
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

/** A decoded palette PNG: its size, its palette's colour count and its pixels as RGBA. */
interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  paletteSize: number;
  rgba: Uint8Array;
}

/** Reads a palette PNG written without filters (what encodeIndexedPng writes), checking every CRC. */
function decodeIndexedPng(png: Buffer): DecodedPng {
  expect(isWholePng(png)).toBe(true);
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = png.readUInt32BE(at + 8 + length);
    expect(crc, `${type} CRC`).toBe(crc32Of(png.subarray(at + 4, at + 8 + length)));
    chunks.set(type, [...(chunks.get(type) ?? []), data]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')?.[0];
  const palette = chunks.get('PLTE')?.[0];
  if (!header || !palette) throw new Error('no IHDR or PLTE');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const rows = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(rows[y * (width + 1)], 'filter byte').toBe(0);
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] ?? 0;
      rgba.set([...palette.subarray(index * 3, index * 3 + 3), 255], (y * width + x) * 4);
    }
  }
  return { width, height, colourType: header[9] ?? -1, paletteSize: palette.length / 3, rgba };
}

function crc32Of(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An opaque test image whose pixel (x, y) has colour `colour(x, y)` as [r, g, b]. */
function image(width: number, height: number, colour: (x: number, y: number) => number[]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
  return rgba;
}

describe('palette PNG encoder', () => {
  test('gives back exactly the pixels it was given, runs and single pixels alike', () => {
    const rgba = image(37, 11, (x, y) => (x < 20 ? [255, 255, 255] : [x * 6, y * 20, 7]));
    const png = encodeIndexedPng(rgba, 37, 11);
    if (!png) throw new Error('refused');
    const decoded = decodeIndexedPng(png);
    expect(decoded).toMatchObject({ width: 37, height: 11, colourType: 3 });
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  test('keeps 256 colours and refuses a 257th or any transparency, so nothing is ever lost', () => {
    expect(
      encodeIndexedPng(
        image(256, 1, (x) => [x, 0, 0]),
        256,
        1,
      ),
    ).not.toBeNull();
    expect(
      encodeIndexedPng(
        image(257, 1, (x) => [x % 256, x >> 8, 0]),
        257,
        1,
      ),
    ).toBeNull();
    const seeThrough = image(4, 4, () => [10, 20, 30]);
    seeThrough[4 * 5 + 3] = 128;
    expect(encodeIndexedPng(seeThrough, 4, 4)).toBeNull();
  });

  test('reads pixels that do not start on a 4-byte boundary', () => {
    const rgba = image(5, 3, (x, y) => [x * 40, y * 80, 200]);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    const png = encodeIndexedPng(shifted, 5, 3);
    if (!png) throw new Error('refused');
    expect(Buffer.from(decodeIndexedPng(png).rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  test('says what is wrong with a size that does not match the pixels', () => {
    expect(() => encodeIndexedPng(new Uint8Array(12), 2, 2)).toThrow(/2×2 RGBA pixels take 16 bytes, got 12/);
    expect(() => encodeIndexedPng(new Uint8Array(0), 0, 0)).toThrow(/positive whole width and height/);
  });
});

const FONT_FOLDER = fileURLToPath(
  new URL('../../node_modules/@fontsource/dejavu-sans/files/', import.meta.url),
);
const fonts: CardFont[] = ([400, 700] as const).map((weight) => ({
  weight,
  data: readFileSync(join(FONT_FOLDER, `dejavu-sans-latin-${String(weight)}-normal.woff`)),
}));

function pixelAt(decoded: DecodedPng, x: number, y: number): string {
  const at = (y * decoded.width + x) * 4;
  const [r = 0, g = 0, b = 0] = decoded.rgba.subarray(at, at + 3);
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

describe('drawn cards', () => {
  const card = cell('ws2022', 'servercore-ltsc2019');
  let drawn: Promise<Buffer> | undefined;
  const png = (): Promise<Buffer> => (drawn ??= drawCard(card, fonts));

  test('are lossless palette PNGs of 1200×630, well under the 100 KB limit', async () => {
    const bytes = await png();
    const decoded = decodeIndexedPng(bytes);
    expect(decoded).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, colourType: 3 });
    expect(bytes.length).toBeLessThan(40 * 1024);
  }, 20_000);

  test('show the accent stripe and each verdict box in its verdict colours', async () => {
    const decoded = decodeIndexedPng(await png());
    // ✕ for process isolation and ✓ for Hyper-V: the stripe takes the best verdict's colour.
    expect(card.verdicts.map((entry) => entry.verdict)).toEqual(['unsupported', 'supported']);
    expect(pixelAt(decoded, 600, 10)).toBe(CARD_TONE.supported.border);
    expect(pixelAt(decoded, 600, 100)).toBe('#ffffff');
    // Boxes: 56 px from the left edge, 532 px wide, 24 px apart; their bottom edge sits above the note.
    const boxEdgeY = 383 + 2;
    expect(pixelAt(decoded, 300, boxEdgeY)).toBe(CARD_TONE.unsupported.border);
    expect(pixelAt(decoded, 70, 500)).toBe(CARD_TONE.unsupported.background);
    expect(pixelAt(decoded, 900, boxEdgeY)).toBe(CARD_TONE.supported.border);
    expect(pixelAt(decoded, 1130, 500)).toBe(CARD_TONE.supported.background);
    // The same 56 px margin on the right as on the left: nothing runs off the card's edge.
    expect(pixelAt(decoded, 1145, 500)).toBe('#ffffff');
    expect(pixelAt(decoded, 1199, 500)).toBe('#ffffff');
    expect(pixelAt(decoded, 1140, 500)).toBe(CARD_TONE.supported.border);
  }, 20_000);

  test('worker threads draw the same bytes as the main thread, and close when asked', async () => {
    const workerFile = fileURLToPath(new URL('../../src/lib/outputs/cards/card-worker.ts', import.meta.url));
    const pool = cardPool(fonts, workerFile, 2);
    try {
      const [first, second] = await Promise.all([pool.draw(cardPlan(card)), pool.draw(cardPlan(siteLike))]);
      expect(Buffer.from(first.png).equals(await png())).toBe(true);
      expect(first.cpuMs).toBeGreaterThan(0);
      expect(isWholePng(second.png)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('SVG clean-up before rasterising', () => {
  test('drops masks nothing refers to and keeps those an element uses', () => {
    const svg =
      '<svg><mask id="satori_om-id"><rect x="0"/></mask><mask id="used"><rect/></mask>' +
      '<path d="M0 0"/><g mask="url(#used)"><path d="M1 1"/></g></svg>';
    expect(withoutUnusedMasks(svg)).toBe(
      '<svg><mask id="used"><rect/></mask><path d="M0 0"/><g mask="url(#used)"><path d="M1 1"/></g></svg>',
    );
  });
});

describe('card pool', () => {
  test('rejects with the reason when its worker cannot load, so the build can draw on the main thread', async () => {
    const pool = cardPool(fonts, join(tmpdir(), 'no-such-card-worker.ts'), 1);
    await expect(pool.draw(cardPlan(cell('ws2022', 'servercore-ltsc2022')))).rejects.toThrow(
      /no-such-card-worker/,
    );
    await pool.close();
  }, 20_000);
});

const siteLike = catalog.get(SITE_CARD_PATH) ?? cell('ws2025', 'nanoserver-ltsc2025');

/** A drawing that returns a tiny valid PNG per card and counts its calls (no Satori, no resvg). */
function countingDrawing(): CardDrawing & { calls: number } {
  const tiny = encodeIndexedPng(
    image(2, 2, () => [1, 2, 3]),
    2,
    2,
  );
  if (!tiny) throw new Error('refused');
  const drawing = {
    calls: 0,
    threads: 1,
    draw: () => {
      drawing.calls += 1;
      return Promise.resolve({ png: tiny, cpuMs: 1 });
    },
    close: () => Promise.resolve(),
  };
  return drawing;
}

describe('card cache', () => {
  const folders: string[] = [];
  const folder = (): string => {
    const made = mkdtempSync(join(tmpdir(), 'og-cards-test-'));
    folders.push(made);
    return made;
  };
  afterAll(() => {
    for (const made of folders) rmSync(made, { recursive: true, force: true });
  });
  const a = cell('ws2022', 'servercore-ltsc2022');
  const b = cell('ws2019', 'servercore-ltsc2022');

  test('draws a card once, then reads it back', async () => {
    const dir = folder();
    const drawing = countingDrawing();
    const first = cardRenderer(fonts, dir, drawing);
    const drawnPng = await first.render(a);
    const second = cardRenderer(fonts, dir, drawing);
    expect((await second.render(a)).equals(drawnPng)).toBe(true);
    expect(drawing.calls).toBe(1);
    expect(second.stats).toMatchObject({ drawn: 0, cached: 1 });
    expect(readdirSync(dir)).toEqual([`${cardHash(a, fonts)}.png`]);
  });

  test('draws again when the cached file is cut short or cannot be read', async () => {
    const dir = folder();
    const drawing = countingDrawing();
    writeFileSync(join(dir, `${cardHash(a, fonts)}.png`), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // A folder where the file should be: reading it fails, drawing must still work.
    mkdirSync(join(dir, `${cardHash(b, fonts)}.png`));
    const renderer = cardRenderer(fonts, dir, drawing);
    expect(isWholePng(await renderer.render(a))).toBe(true);
    expect(isWholePng(await renderer.render(b))).toBe(true);
    expect(drawing.calls).toBe(2);
    // The truncated file was replaced by the whole PNG.
    expect(isWholePng(await cardRenderer(fonts, dir, countingDrawing()).render(a))).toBe(true);
  });

  test('keeps cards used by any build and deletes only those unused for the maximum age', async () => {
    const dir = folder();
    const drawing = countingDrawing();
    const renderer = cardRenderer(fonts, dir, drawing);
    await renderer.render(a);
    await renderer.render(b);
    const old = new Date(Date.now() - (CARD_CACHE_MAX_AGE_DAYS + 1) * 24 * 60 * 60 * 1000);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), old, old);
    writeFileSync(join(dir, 'left-over.png.1234.tmp'), '');
    utimesSync(join(dir, 'left-over.png.1234.tmp'), old, old);
    // Another build uses card a: that refreshes it. Card b is unused by it, yet young cards stay.
    await cardRenderer(fonts, dir, drawing).render(a);
    const other = cardRenderer(fonts, dir, drawing);
    expect(await other.prune()).toBe(2);
    expect(readdirSync(dir)).toEqual([`${cardHash(a, fonts)}.png`]);
    expect(await other.prune()).toBe(0);
  });

  test('re-marks a cached card as used only when its last mark is over a day old', async () => {
    const dir = folder();
    await cardRenderer(fonts, dir, countingDrawing()).render(a);
    const file = join(dir, `${cardHash(a, fonts)}.png`);
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
    utimesSync(file, hoursAgo(2), hoursAgo(2));
    await cardRenderer(fonts, dir, countingDrawing()).render(a);
    expect(Date.now() - statSync(file).mtimeMs).toBeGreaterThan(60 * 60 * 1000);
    utimesSync(file, hoursAgo(30), hoursAgo(30));
    await cardRenderer(fonts, dir, countingDrawing()).render(a);
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60 * 60 * 1000);
  });

  test('with no cache folder, always draws and never writes', async () => {
    const drawing = countingDrawing();
    const renderer = cardRenderer(fonts, null, drawing);
    await renderer.render(a);
    await renderer.render(a);
    expect(drawing.calls).toBe(2);
    expect(await renderer.prune()).toBe(0);
    expect(inlineDrawing(fonts).threads).toBe(1);
  });

  test('a rebuild whose cards are all cached starts no drawing at all', async () => {
    const dir = folder();
    await cardRenderer(fonts, dir, countingDrawing()).render(a);
    let starts = 0;
    const lazy = lazyDrawing(() => {
      starts += 1;
      return Promise.resolve(countingDrawing());
    });
    await cardRenderer(fonts, dir, lazy).render(a);
    await lazy.close();
    expect([starts, lazy.threads]).toEqual([0, 0]);
    await cardRenderer(fonts, dir, lazy).render(b);
    await cardRenderer(fonts, dir, lazy).render(cell('ws2025', 'nanoserver-ltsc2025'));
    expect([starts, lazy.threads]).toEqual([1, 1]);
  });
});
