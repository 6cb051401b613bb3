/**
 * The build's social cards: the catalogue (from the model and the announcements), the fonts (from the
 * @fontsource/dejavu-sans package, no network) and the PNGs. Every card is drawn once per build, by
 * worker threads (one per core) that start with the first page and draw while Astro renders the
 * others; the routes under src/pages/og/ then only look their PNG up.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardCatalog, cardForPage } from '../lib/outputs/cards/catalog';
import { siteCard } from '../lib/outputs/cards/content';
import type { CardContent } from '../lib/outputs/cards/content';
import { cardPlan } from '../lib/outputs/cards/layout';
import { cardPool, cardRenderer, inlineDrawing, lazyDrawing } from '../lib/outputs/cards/render';
import type { CardDrawing, CardFont, CardStats } from '../lib/outputs/cards/render';
import { getAnnouncements } from './announcements';
import { getModel } from './model';
import { getPlatforms } from './platforms';

let catalog: Promise<Map<string, CardContent>> | undefined;

/** Every card of the site, path → content. */
export function getCardCatalog(): Promise<Map<string, CardContent>> {
  catalog ??= (async () => {
    const [model, announcements, platforms] = await Promise.all([
      getModel(),
      getAnnouncements(),
      getPlatforms(),
    ]);
    return cardCatalog(model, announcements.posts, platforms);
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

/**
 * The worker script as a file on disk. Vite bundles src/ into chunks elsewhere, where a path relative
 * to this module would point nowhere, so it is found from the project root, like the fonts.
 */
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'outputs', 'cards', 'card-worker.ts');

/** Draws with one worker per core; when workers cannot start (e.g. an old Node), on this thread. */
async function startDrawing(fonts: readonly CardFont[]): Promise<CardDrawing> {
  const pool = cardPool(fonts, WORKER_FILE);
  try {
    // One throwaway card starts a worker and proves it can load, before the build relies on it.
    await pool.draw(cardPlan(siteCard()));
    return pool;
  } catch (error) {
    await pool.close().catch(() => undefined);
    console.warn(
      `[cards] worker threads failed (${error instanceof Error ? error.message : String(error)}); drawing on the main thread`,
    );
    return inlineDrawing(fonts);
  }
}

let drawn: Promise<Map<string, Buffer>> | undefined;

async function drawAll(): Promise<Map<string, Buffer>> {
  const cards = [...(await getCardCatalog())];
  const fonts = loadFonts();
  const started = performance.now();
  const drawing = lazyDrawing(() => startDrawing(fonts));
  try {
    const { render, prune, stats } = cardRenderer(fonts, cacheDir(), drawing);
    // Every card is handed out at once: the pool queues them and each worker takes the next when free.
    const pngs = await Promise.all(
      cards.map(async ([path, content]) => [path, await render(content)] as const),
    );
    await prune();
    report(stats, drawing.threads, performance.now() - started);
    return new Map(pngs);
  } finally {
    await drawing.close();
  }
}

/**
 * Starts drawing every card, once per build, and returns the promise of all PNGs. In a build the first
 * page that asks for its card's path starts it, so the workers draw while the main thread renders pages.
 */
function drawAllOnce(): Promise<Map<string, Buffer>> {
  if (drawn === undefined) {
    drawn = drawAll();
    // Failure is reported where a card route awaits the PNGs; until then it must not count as unhandled.
    drawn.catch(() => undefined);
  }
  return drawn;
}

/** One line in the build log, which scripts/bench.mjs reads back for its report. */
function report(stats: CardStats, threads: number, totalMs: number): void {
  const perCard = stats.drawn > 0 ? `, ${(stats.cpuMs / stats.drawn).toFixed(1)} ms CPU per drawn card` : '';
  console.info(
    `[cards] ${String(stats.drawn + stats.cached)} cards: ${String(stats.drawn)} drawn, ${String(stats.cached)} from cache, ${String(Math.round(totalMs))} ms (${String(threads)} threads${perCard})`,
  );
}

/** The PNG of one card, by its site-relative path; throws naming the path when there is no such card. */
export async function cardPng(path: string): Promise<Buffer> {
  const png = (await drawAllOnce()).get(path);
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
  // In a build every card is needed, so drawing starts with the first page; `astro dev` draws only
  // when a card is first asked for.
  if (import.meta.env.PROD) void drawAllOnce();
  const card = cardForPage(await getCardCatalog(), sitePath);
  return { path: card.path, alt: card.content.alt };
}
