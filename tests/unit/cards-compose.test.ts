/**
 * Cards put together from bands: every distinct band is drawn once and cards are stacked from them,
 * which must give exactly the pixels of the card drawn whole, for every kind of verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { cellCard } from '../../src/lib/outputs/cards/content';
import { composeBands } from '../../src/lib/outputs/cards/compose';
import { cardDrawer } from '../../src/lib/outputs/cards/draw';
import type { CardFont } from '../../src/lib/outputs/cards/draw';
import { CARD_HEIGHT, CARD_WIDTH, cardPlan, planTree } from '../../src/lib/outputs/cards/layout';
import { indexPixels } from '../../src/lib/outputs/cards/png';
import type { IndexedPixels, IndexedRows } from '../../src/lib/outputs/cards/png';
import { buildModel } from '../../src/lib/model/model';
import { loadModelInput } from './helpers/content';

const model = buildModel(loadModelInput());
const FONT_FOLDER = fileURLToPath(
  new URL('../../node_modules/@fontsource/dejavu-sans/files/', import.meta.url),
);
const fonts: CardFont[] = ([400, 700] as const).map((weight) => ({
  weight,
  data: readFileSync(join(FONT_FOLDER, `dejavu-sans-latin-${String(weight)}-normal.woff`)),
}));

/** A band of `width` × `height` whose pixel (x, y) is `colour(x, y)`, indexed. */
function band(width: number, height: number, colour: (x: number, y: number) => number[]): IndexedPixels {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
  const indexed = indexPixels(rgba, width, height);
  if (indexed === null) throw new Error('test band has too many colours');
  return indexed;
}

/** The colour of pixel (x, y) of a composed card, as `r,g,b`. */
function colourAt(image: IndexedRows, x: number, y: number): string {
  const index = image.rows[y * (image.width + 1) + 1 + x] ?? -1;
  return [...image.rgb.subarray(index * 3, index * 3 + 3)].join(',');
}

/** The pixels of a palette PNG without filters (what the card encoder writes), as `r,g,b` per pixel. */
function pixelsOf(png: Uint8Array): { width: number; height: number; pixels: string[] } {
  const bytes = Buffer.from(png);
  let palette = Buffer.alloc(0);
  const data: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels: string[] = [];
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] ?? 0;
      pixels.push([...palette.subarray(index * 3, index * 3 + 3)].join(','));
    }
  return { width, height, pixels };
}

describe('composing a card from bands', () => {
  const red = [200, 0, 0];
  const blue = [0, 0, 200];
  const white = [255, 255, 255];

  test('stacks the head from the top edge and the foot from the bottom, background between', () => {
    const top = band(8, 2, () => red);
    // Colours first met in another order than the card's palette: the band must be renumbered.
    const bottom = band(8, 3, (x) => (x < 4 ? blue : red));
    const card = composeBands([top], [bottom], 8, 10, [255, 255, 255]);
    expect(card).not.toBeNull();
    if (card === null) return;
    expect(colourAt(card, 0, 0)).toBe(red.join(','));
    expect(colourAt(card, 7, 1)).toBe(red.join(','));
    expect(colourAt(card, 3, 2)).toBe(white.join(','));
    expect(colourAt(card, 3, 6)).toBe(white.join(','));
    expect(colourAt(card, 3, 7)).toBe(blue.join(','));
    expect(colourAt(card, 4, 9)).toBe(red.join(','));
    expect(card.rgb.length / 3).toBe(3);
  });

  test('refuses bands that do not fit, have another width, or need more than 256 colours together', () => {
    const plain = band(8, 6, () => red);
    expect(composeBands([plain], [plain], 8, 10, [255, 255, 255])).toBeNull();
    expect(composeBands([band(9, 1, () => red)], [], 8, 10, [255, 255, 255])).toBeNull();
    const greys = band(200, 1, (x) => [x, x, x]);
    const blues = band(200, 1, (x) => [0, 0, x]);
    expect(composeBands([greys], [blues], 200, 4, [255, 255, 255])).toBeNull();
  });
});

describe('cards drawn from bands', () => {
  const draw = cardDrawer(fonts);
  const cells = [
    ['ws2022', 'servercore-ltsc2022'],
    ['ws2019', 'servercore-ltsc2022'],
    ['ws2022', 'servercore-ltsc2019'],
  ] as const;

  test('have exactly the pixels of the card drawn whole', async () => {
    for (const [hostId, imageId] of cells) {
      const host = model.hostsById.get(hostId);
      const image = model.imagesById.get(imageId);
      if (!host || !image) throw new Error(`no ${hostId} or ${imageId}`);
      const plan = cardPlan(cellCard(host, image, model.cell(hostId, imageId)));
      const composed = pixelsOf((await draw(plan)).png);
      // The whole card as one band, 630 px tall, drawn by the same drawer.
      const whole = pixelsOf((await draw({ head: [planTree(plan)], foot: [] })).png);
      expect(composed.width).toBe(CARD_WIDTH);
      expect(composed.height).toBe(CARD_HEIGHT);
      const differing = composed.pixels.filter((pixel, at) => pixel !== whole.pixels[at]).length;
      expect(differing, `${hostId} × ${imageId}`).toBe(0);
    }
  }, 60_000);

  test('are drawn whole when their bands do not fit the card', async () => {
    const host = model.hostsById.get('ws2022');
    const image = model.imagesById.get('servercore-ltsc2022');
    if (!host || !image) throw new Error('no ws2022 or servercore-ltsc2022');
    const plan = cardPlan(cellCard(host, image, model.cell('ws2022', 'servercore-ltsc2022')));
    const tooTall = { ...plan, head: [...plan.head, ...plan.head, ...plan.head, ...plan.head] };
    const { png } = await draw(tooTall);
    const drawn = pixelsOf(png);
    expect([drawn.width, drawn.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  }, 30_000);
});
