/**
 * The build's social cards: the catalogue (from the model and the announcements), the fonts (from the
 * @fontsource/dejavu-sans package, no network) and the PNGs. Every card is drawn once, on the first
 * request for any of them, a few at a time so both cores work; the routes under src/pages/og/ then
 * only look their PNG up.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardCatalog, cardForPage } from '../lib/cards/catalog';
import type { CardContent } from '../lib/cards/content';
import { cardRenderer } from '../lib/cards/render';
import type { CardFont, CardStats } from '../lib/cards/render';
import { getAnnouncements } from './announcements';
import { getModel } from './model';

let catalog: Promise<Map<string, CardContent>> | undefined;

/** Every card of the site, path → content. */
export function getCardCatalog(): Promise<Map<string, CardContent>> {
  catalog ??= (async () => {
    const [model, announcements] = await Promise.all([getModel(), getAnnouncements()]);
    return cardCatalog(model, announcements.posts);
  })();
  return catalog;
}

/** DejaVu Sans, regular and bold: it has the verdict glyphs (✓ ◐ ✕) that most UI fonts lack. */
function loadFonts(): CardFont[] {
  // The package's exports only name CSS files; its folder is found from the main CSS file.
  const folder = join(
    dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/dejavu-sans')),
    'files',
  );
  return ([400, 700] as const).map((weight) => ({
    weight,
    data: readFileSync(join(folder, `dejavu-sans-latin-${String(weight)}-normal.woff`)),
  }));
}

/** CARD_CACHE=off draws every card afresh (for timing); otherwise PNGs are reused by content hash. */
function cacheDir(): string | null {
  return process.env.CARD_CACHE === 'off' ? null : join(process.cwd(), 'node_modules', '.cache', 'og-cards');
}

/** How many cards are drawn at once: Satori runs on the main thread while resvg rasterises on others. */
const PARALLEL_CARDS = 4;

let drawn: Promise<Map<string, Buffer>> | undefined;

async function drawAll(): Promise<Map<string, Buffer>> {
  const cards = [...(await getCardCatalog())];
  const { render, prune, stats } = cardRenderer(loadFonts(), cacheDir());
  const started = performance.now();
  const pngs = new Map<string, Buffer>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cards.length) {
      const entry = cards[next];
      next += 1;
      if (entry) pngs.set(entry[0], await render(entry[1]));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_CARDS }, worker));
  await prune();
  report(stats, performance.now() - started);
  return pngs;
}

/** One line in the build log, which scripts/bench.mjs reads back for its report. */
function report(stats: CardStats, totalMs: number): void {
  console.info(
    `[cards] ${String(stats.drawn + stats.cached)} cards: ${String(stats.drawn)} drawn, ${String(stats.cached)} from cache, ${String(Math.round(totalMs))} ms`,
  );
}

/** The PNG of one card, by its site-relative path; throws naming the path when there is no such card. */
export async function cardPng(path: string): Promise<Buffer> {
  drawn ??= drawAll();
  const png = (await drawn).get(path);
  if (!png) throw new Error(`No social card "${path}" in the catalogue`);
  return png;
}

/** A PNG response for a card route. */
export async function cardResponse(path: string): Promise<Response> {
  const png = await cardPng(path);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

/** The card a page shows (its path, site-relative, and its alternative text), from the page's own path. */
export async function socialCardFor(sitePath: string): Promise<{ path: string; alt: string }> {
  const card = cardForPage(await getCardCatalog(), sitePath);
  return { path: card.path, alt: card.content.alt };
}
