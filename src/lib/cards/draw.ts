/**
 * Draws one card: Satori lays the element tree out and writes an SVG with the text as paths, resvg
 * rasterises it, and the pixels become a palette PNG. Used by the card workers (card-worker.ts) and,
 * when workers cannot start, on the main thread.
 *
 * Loaded inside the card worker by Node itself (type stripping, no bundler), so relative imports carry
 * their `.ts` extension, and so must the value imports of the modules they load (layout.ts, png.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH } from './layout.ts';
import type { CardElement } from './layout.ts';
import { encodeIndexedPng } from './png.ts';

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

/** A function that draws element trees with these fonts; Satori parses the fonts once, on the first card. */
export function cardDrawer(fonts: readonly CardFont[]): (tree: CardElement) => Promise<DrawnCard> {
  if (fonts.length === 0) throw new Error('A card needs at least one font to draw its text');
  // One options object for every card: Satori keeps parsed fonts and shaped words per font data.
  const options = {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.map((font) => ({
      name: CARD_FONT,
      data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength),
      weight: font.weight,
      style: 'normal' as const,
    })),
  };
  return async (tree) => {
    const started = threadCpuMs();
    // Satori's types ask for a React node; the tree has exactly that shape (type + props), without React.
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], options);
    const image = new Resvg(withoutUnusedMasks(svg), {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    }).render();
    // A card has ~200 colours, so it fits a palette; should a design ever exceed 256, resvg writes truecolour.
    const png = encodeIndexedPng(image.pixels, image.width, image.height) ?? image.asPng();
    return { png, cpuMs: threadCpuMs() - started };
  };
}
