/**
 * Turns card content into PNGs: its bands are drawn and stacked (draw.ts) by a pool of worker threads, one per
 * core, so the cores draw while the build's main thread renders pages. Finished PNGs are kept in a cache
 * folder under a hash of everything that decides their pixels, so a rebuild only draws cards whose words
 * changed. Several builds may share that folder at once (the sub-path build of `npm test`, benchmark
 * copies), so nothing here deletes a card another build may be using, and a cache file that cannot be
 * read or is not a whole PNG is simply drawn again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Tinypool } from 'tinypool';
import type { CardContent } from './content';
import { cardDrawer } from './draw';
import type { CardFont, DrawnCard } from './draw';
import { cardPlan } from './layout';
import type { CardPlan } from './layout';

export type { CardFont } from './draw';

/** Bump when the renderer (Satori, resvg, the PNG encoder, their options) changes; layout changes change the plan's hash. */
export const CARD_RENDER_VERSION = 3;

/** Cached cards no build has used for this long are deleted; a build touches every card it uses. */
export const CARD_CACHE_MAX_AGE_DAYS = 30;

/** A cached card is marked used again only when its last mark is older than this (one day). */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

/** What rendering took, for the build log and the benchmark. */
export interface CardStats {
  drawn: number;
  cached: number;
  /** CPU time spent drawing, summed over the threads that drew. */
  cpuMs: number;
}

/** Something that draws card plans as PNGs, and is closed once the build has drawn everything. */
export interface CardDrawing {
  draw(plan: CardPlan): Promise<DrawnCard>;
  close(): Promise<void>;
  /** How many threads draw (0 for a lazy drawing that has not started). */
  readonly threads: number;
}

/** The cache key of a card: its bands (words and styles), the renderer's version and the fonts' sizes. */
export function cardHash(content: CardContent, fonts: readonly CardFont[]): string {
  return planHash(cardPlan(content), fonts);
}

function planHash(plan: CardPlan, fonts: readonly CardFont[]): string {
  const fontKey = fonts.map((font) => `${String(font.weight)}:${String(font.data.byteLength)}`).join(',');
  return createHash('sha256')
    .update(JSON.stringify([CARD_RENDER_VERSION, fontKey, plan]))
    .digest('hex')
    .slice(0, 32);
}

/** Draws one card as PNG bytes on this thread, without any cache. */
export async function drawCard(content: CardContent, fonts: readonly CardFont[]): Promise<Buffer> {
  const { png } = await cardDrawer(fonts)(cardPlan(content));
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** Draws on this thread: for tests, and for a build where worker threads cannot start. */
export function inlineDrawing(fonts: readonly CardFont[]): CardDrawing {
  const draw = cardDrawer(fonts);
  return { draw, close: () => Promise.resolve(), threads: 1 };
}

/**
 * A drawing started by `start` on the first card that needs drawing, so a rebuild whose cards all come
 * from the cache starts no worker at all.
 */
export function lazyDrawing(start: () => Promise<CardDrawing>): CardDrawing {
  let started: Promise<CardDrawing> | undefined;
  let threads = 0;
  const drawing = (): Promise<CardDrawing> =>
    (started ??= start().then((ready) => {
      threads = ready.threads;
      return ready;
    }));
  return {
    draw: async (plan) => (await drawing()).draw(plan),
    close: async () => {
      if (started !== undefined) await (await started).close();
    },
    get threads() {
      return threads;
    },
  };
}

/** How many card workers to start: one per core the process may use. */
export function cardThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A pool of `threads` workers running `workerFile` (card-worker.ts, as a path Node can load). Workers
 * start on the first card; `close` ends them, which the build needs to exit.
 */
export function cardPool(
  fonts: readonly CardFont[],
  workerFile: string,
  threads = cardThreads(),
): CardDrawing {
  const pool = new Tinypool({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    // With atomics a busy worker takes task after task without returning to its event loop, so the
    // finalisers that free resvg's native pixel buffers (3 MB a card) never run: 6 GB after 890 cards.
    useAtomics: false,
    workerData: { fonts: fonts.map((font) => ({ weight: font.weight, data: font.data })) },
  });
  // A worker that cannot start (a missing file, a Node without TypeScript support) is reported as the
  // pool's 'error' event while its tasks wait forever; it fails every card instead, so the caller can
  // fall back to drawing on its own thread rather than hang the build.
  const broken = new Promise<never>((_resolve, reject) => {
    pool.on('error', (error: unknown) => {
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
  broken.catch(() => undefined);
  return {
    draw: (plan) => {
      const task = pool.run(plan) as Promise<DrawnCard>;
      // Once the pool is broken and closed, its pending tasks reject too; the race has settled by then.
      task.catch(() => undefined);
      return Promise.race([task, broken]);
    },
    close: () => pool.destroy(),
    threads,
  };
}

/** Whether bytes look like a whole PNG: the signature first and the IEND chunk last. */
export function isWholePng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const end = Buffer.from(bytes.subarray(bytes.length - 8, bytes.length - 4)).toString('latin1');
  return bytes.length > 20 && signature.every((byte, index) => bytes[index] === byte) && end === 'IEND';
}

/** A renderer bound to fonts, a way of drawing and a cache folder; `stats` counts what it drew and reused. */
export function cardRenderer(fonts: readonly CardFont[], cacheDir: string | null, drawing: CardDrawing) {
  const stats: CardStats = { drawn: 0, cached: 0, cpuMs: 0 };

  async function fromCache(file: string): Promise<Buffer | null> {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'r');
      const [hit, info] = await Promise.all([handle.readFile(), handle.stat()]);
      if (!isWholePng(hit)) return null;
      // Mark it used, so pruning (here or in a parallel build) keeps it; failing that is harmless. A card
      // touched within the last day is young enough for pruning, and skipping it spares a write per card.
      if (Date.now() - info.mtimeMs > TOUCH_AFTER_MS) {
        const now = new Date();
        await handle.utimes(now, now).catch(() => undefined);
      }
      return hit;
    } catch {
      // Not cached yet, or deleted or unreadable right now: draw it.
      return null;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  async function toCache(file: string, png: Buffer): Promise<void> {
    if (cacheDir === null) return;
    try {
      await mkdir(cacheDir, { recursive: true });
      // Write then rename, so a build stopped half-way never leaves a truncated PNG in the cache; the
      // random part keeps two builds (or two equal cards) from writing the same temporary file.
      const partial = `${file}.${randomUUID()}.tmp`;
      await writeFile(partial, png);
      await rename(partial, file);
    } catch {
      // A cache that cannot be written only costs the next build the drawing.
    }
  }

  async function render(content: CardContent): Promise<Buffer> {
    const plan = cardPlan(content);
    const file = cacheDir === null ? null : join(cacheDir, `${planHash(plan, fonts)}.png`);
    const hit = file === null ? null : await fromCache(file);
    if (hit !== null) {
      stats.cached += 1;
      return hit;
    }
    const drawn = await drawing.draw(plan);
    const png = Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength);
    stats.cpuMs += drawn.cpuMs;
    stats.drawn += 1;
    if (file !== null) await toCache(file, png);
    return png;
  }

  /**
   * Deletes cached cards (and leftover temporary files) no build has used for CARD_CACHE_MAX_AGE_DAYS.
   * Age, not "unused by this build", decides: a parallel build may be using cards this one does not.
   */
  async function prune(now = Date.now()): Promise<number> {
    if (cacheDir === null) return 0;
    const oldest = now - CARD_CACHE_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
    const names = await readdir(cacheDir).catch(() => [] as string[]);
    let deleted = 0;
    await Promise.all(
      names
        .filter((name) => name.endsWith('.png') || name.endsWith('.tmp'))
        .map(async (name) => {
          const file = join(cacheDir, name);
          const info = await stat(file).catch(() => null);
          if (info === null || info.mtimeMs >= oldest) return;
          await rm(file, { force: true });
          deleted += 1;
        }),
    );
    return deleted;
  }

  return { render, prune, stats };
}
