/**
 * Draws one card: Satori lays each band of the card out and writes an SVG with the text as paths, resvg
 * rasterises it, and the bands' pixels are stacked into a palette PNG (compose.ts). Cards share most of
 * their bands (837 cell cards have about 100 distinct ones), and each drawer draws a band only once, so
 * a cell card mostly costs the stacking and the PNG encoding. Used by the card workers (card-worker.ts)
 * and, when workers cannot start, on the main thread.
 *
 * Loaded inside the card worker by Node itself (type stripping, no bundler), so relative imports carry
 * their `.ts` extension, and so must the value imports of the modules they load (layout.ts, png.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { composeBands, hexColour } from './compose.ts';
import { CARD_BACKGROUND, CARD_FONT, CARD_HEIGHT, CARD_WIDTH, planTree } from './layout.ts';
import type { CardElement, CardPlan } from './layout.ts';
import { encodeIndexedPng, indexPixels, writeIndexedRows } from './png.ts';
import type { IndexedPixels } from './png.ts';

/** A font file for the card, as bytes. */
export interface CardFont {
  data: Uint8Array;
  weight: 400 | 700;
}

/** One drawn card and the CPU time this thread spent on it (the build log reports the sum). */
export interface DrawnCard {
  png: Uint8Array;
  cpuMs: number;
}

/**
 * The SVG without the masks nothing refers to. Satori writes an overflow mask for every element, used
 * only with `overflow: hidden`; resvg still parses each one, which is a fifth of its time on a card.
 */
export function withoutUnusedMasks(svg: string): string {
  return svg.replace(/<mask id="([^"]+)"[^>]*>[\s\S]*?<\/mask>/g, (mask, id: string) =>
    svg.includes(`url(#${id})`) ? mask : '',
  );
}

/** This thread's CPU time in ms: wall time would count the waits while the other cores are busy. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** Distinct bands a drawer keeps; a build needs about 150, so this only bounds a long-running dev server. */
const MAX_KEPT_BANDS = 2000;

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];

/** Satori's SVG of an element tree, as resvg's pixels. */
async function rasterise(tree: CardElement, fonts: SatoriFonts, height?: number) {
  // Satori's types ask for a React node; the tree has exactly that shape (type + props), without React.
  const node = tree as unknown as Parameters<typeof satori>[0];
  // Without a height Satori makes the SVG as tall as the band's content.
  const size = height === undefined ? { width: CARD_WIDTH } : { width: CARD_WIDTH, height };
  const svg = await satori(node, { ...size, fonts });
  return new Resvg(withoutUnusedMasks(svg), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render();
}

/** A function that draws card plans with these fonts; Satori parses the fonts once, on the first card. */
export function cardDrawer(fonts: readonly CardFont[]): (plan: CardPlan) => Promise<DrawnCard> {
  if (fonts.length === 0) throw new Error('A card needs at least one font to draw its text');
  // One fonts array for every band: Satori keeps parsed fonts and shaped words per font data.
  const satoriFonts: SatoriFonts = fonts.map((font) => ({
    name: CARD_FONT,
    data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
    weight: font.weight,
    style: 'normal' as const,
  }));
  const bands = new Map<string, Promise<IndexedPixels | null>>();
  const background = hexColour(CARD_BACKGROUND);

  function drawBand(tree: CardElement): Promise<IndexedPixels | null> {
    const key = JSON.stringify(tree);
    let band = bands.get(key);
    if (band === undefined) {
      if (bands.size >= MAX_KEPT_BANDS) bands.clear();
      band = rasterise(tree, satoriFonts).then((image) =>
        indexPixels(image.pixels, image.width, image.height),
      );
      bands.set(key, band);
    }
    return band;
  }

  /** The whole card in one Satori run: for a card whose bands do not fit or have too many colours. */
  async function drawWhole(plan: CardPlan): Promise<Uint8Array> {
    const image = await rasterise(planTree(plan), satoriFonts, CARD_HEIGHT);
    // A card has ~200 colours, so it fits a palette; should a design ever exceed 256, resvg writes truecolour.
    return encodeIndexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  }

  return async (plan) => {
    const started = threadCpuMs();
    const [head, foot] = await Promise.all([
      Promise.all(plan.head.map(drawBand)),
      Promise.all(plan.foot.map(drawBand)),
    ]);
    const whole =
      head.every((band): band is IndexedPixels => band !== null) &&
      foot.every((band): band is IndexedPixels => band !== null)
        ? composeBands(head, foot, CARD_WIDTH, CARD_HEIGHT, background)
        : null;
    const png = whole === null ? await drawWhole(plan) : writeIndexedRows(whole);
    return { png, cpuMs: threadCpuMs() - started };
  };
}
