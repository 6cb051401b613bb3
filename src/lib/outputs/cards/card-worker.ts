/**
 * The card worker: one per core, each with its own Satori and resvg, started by Tinypool from
 * render.ts's `cardPool`. Node loads this file as it is (no bundler): Vite bundles src/ for the build,
 * and a worker needs a file of its own on disk, so the pool points at this source file.
 */
import { Tinypool } from 'tinypool';
import { cardDrawer } from './draw.ts';
import type { CardFont, DrawnCard } from './draw.ts';
import type { CardPlan } from './layout.ts';

const fonts = (Tinypool.workerData as { fonts?: CardFont[] } | undefined)?.fonts ?? [];
const draw = cardDrawer(fonts);

/** Draws one card, from its plan of bands, as a PNG. */
export default function drawInWorker(plan: CardPlan): Promise<DrawnCard> {
  return draw(plan);
}
