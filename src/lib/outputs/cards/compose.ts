/**
 * Puts a card together from bands that were drawn once each: their palette-indexed pixels are stacked
 * into one image, top bands from the top edge and bottom bands from the bottom edge, with the background
 * colour between them, laid out as PNG rows. Each band keeps its exact pixels; only the palette indices
 * are renumbered into the card's palette.
 *
 * Loaded inside the card worker by Node itself, so relative imports carry their `.ts` extension.
 */
import { MAX_PALETTE } from './png.ts';
import type { IndexedPixels, IndexedRows } from './png.ts';

/** The 32-bit word of an opaque RGB colour in this host's byte order, as `indexPixels` reads pixels. */
export function colourWord(rgb: readonly [number, number, number]): number {
  return new Uint32Array(Uint8Array.of(rgb[0], rgb[1], rgb[2], 0xff).buffer)[0] ?? 0;
}

/** `#rrggbb` as RGB bytes. */
export function hexColour(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/**
 * The card of `width` × `height` made of `head` bands stacked down from the top and `foot` bands
 * stacked up from the bottom, `background` between them; null when the bands are not `width` wide,
 * do not fit in the height together, or use more than 256 colours between them.
 */
export function composeBands(
  head: readonly IndexedPixels[],
  foot: readonly IndexedPixels[],
  width: number,
  height: number,
  background: readonly [number, number, number],
): IndexedRows | null {
  const bands = [...head, ...foot];
  const used = bands.reduce((sum, part) => sum + part.height, 0);
  if (used > height || bands.some((part) => part.width !== width)) return null;
  const indexOf = new Map<number, number>([[colourWord(background), 0]]);
  const rgb = new Uint8Array(MAX_PALETTE * 3);
  rgb.set(background, 0);
  // Index 0 is the background and 0 the filter byte of every row, so the space between bands is done.
  const stride = width + 1;
  const rows = new Uint8Array(stride * height);
  const placed: { part: IndexedPixels; top: number }[] = [];
  let top = 0;
  for (const part of head) {
    placed.push({ part, top });
    top += part.height;
  }
  let bottom = height;
  for (const part of [...foot].reverse()) {
    bottom -= part.height;
    placed.push({ part, top: bottom });
  }
  // The largest band goes first: its colours (the background first, as in most bands) keep their
  // numbers, so its pixels are copied as they are instead of renumbered one by one.
  placed.sort((a, b) => b.part.indices.length - a.part.indices.length);
  for (const { part, top: row } of placed) {
    const renumber = new Uint8Array(part.words.length);
    let unchanged = true;
    for (let index = 0; index < part.words.length; index += 1) {
      const word = part.words[index] ?? 0;
      let cardIndex = indexOf.get(word);
      if (cardIndex === undefined) {
        cardIndex = indexOf.size;
        if (cardIndex === MAX_PALETTE) return null;
        indexOf.set(word, cardIndex);
        rgb.set(part.rgb.subarray(index * 3, index * 3 + 3), cardIndex * 3);
      }
      renumber[index] = cardIndex;
      unchanged &&= cardIndex === index;
    }
    const from = part.indices;
    for (let line = 0; line < part.height; line += 1) {
      const source = line * width;
      const target = (row + line) * stride + 1;
      if (unchanged) rows.set(from.subarray(source, source + width), target);
      else for (let x = 0; x < width; x += 1) rows[target + x] = renumber[from[source + x] ?? 0] ?? 0;
    }
  }
  return { width, height, rows, rgb: rgb.slice(0, indexOf.size * 3) };
}
