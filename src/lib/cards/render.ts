/**
 * Turns card content into a PNG: Satori lays the tree out and writes an SVG with the text as paths,
 * resvg rasterises it. Fonts are passed in (no network, no system fonts), and finished PNGs are kept in
 * a cache folder under a hash of everything that decides their pixels, so a rebuild only draws cards
 * whose words changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { CardContent } from './content';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardTree } from './layout';

/** Bump when the renderer (Satori, resvg, their options) changes; layout changes change the tree's hash. */
export const CARD_RENDER_VERSION = 1;

/** A font file for the card, as bytes. */
export interface CardFont {
  data: Buffer;
  weight: 400 | 700;
}

/** What rendering took, for the build log and the benchmark. */
export interface CardStats {
  drawn: number;
  cached: number;
  drawMs: number;
}

/** The cache key of a card: its element tree (words and styles), the renderer's version and the fonts' sizes. */
export function cardHash(content: CardContent, fonts: readonly CardFont[]): string {
  const fontKey = fonts.map((font) => `${String(font.weight)}:${String(font.data.byteLength)}`).join(',');
  return createHash('sha256')
    .update(JSON.stringify([CARD_RENDER_VERSION, fontKey, cardTree(content)]))
    .digest('hex')
    .slice(0, 32);
}

/** Draws one card as PNG bytes, without any cache. */
export async function drawCard(content: CardContent, fonts: readonly CardFont[]): Promise<Buffer> {
  // Satori's types ask for a React node; the tree has exactly that shape (type + props), without React.
  const tree = cardTree(content) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.map((font) => ({ name: CARD_FONT, data: font.data, weight: font.weight, style: 'normal' })),
  });
  // renderAsync runs on libuv's thread pool, so two cards rasterise at once on two cores.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}

/** A renderer bound to fonts and a cache folder; `stats` counts what it drew and what it reused. */
export function cardRenderer(fonts: readonly CardFont[], cacheDir: string | null) {
  const stats: CardStats = { drawn: 0, cached: 0, drawMs: 0 };
  const used = new Set<string>();
  async function render(content: CardContent): Promise<Buffer> {
    const name = `${cardHash(content, fonts)}.png`;
    used.add(name);
    const file = cacheDir === null ? null : join(cacheDir, name);
    if (file !== null) {
      try {
        const hit = await readFile(file);
        stats.cached += 1;
        return hit;
      } catch {
        // Not cached yet: draw it below.
      }
    }
    const started = performance.now();
    const png = await drawCard(content, fonts);
    stats.drawMs += performance.now() - started;
    stats.drawn += 1;
    if (file !== null && cacheDir !== null) {
      await mkdir(cacheDir, { recursive: true });
      // Write then rename, so a build stopped half-way never leaves a truncated PNG in the cache.
      const partial = `${file}.${String(process.pid)}.tmp`;
      await writeFile(partial, png);
      await rename(partial, file);
    }
    return png;
  }
  /** Deletes cached cards this build did not use, so the cache does not grow with every edit. */
  async function prune(): Promise<void> {
    if (cacheDir === null) return;
    const names = await readdir(cacheDir).catch(() => []);
    await Promise.all(
      names
        .filter((name) => name.endsWith('.png') && !used.has(name))
        .map((name) => rm(join(cacheDir, name), { force: true })),
    );
  }
  return { render, prune, stats };
}
