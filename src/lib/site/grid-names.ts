/**
 * What a matrix grid cell shows and what its link is called. The accessible name starts with the
 * visible text (WCAG 2.5.3, label in name), so a voice-control user can say what they see, and then
 * gives the whole answer for screen readers.
 */
import type { CellVerdict } from '../knowledge/engine';
import { VERDICT_TEXT, cellSentence } from '../knowledge/verdict-text';

/** The compact text a grid cell shows: P and H with each verdict's glyph, e.g. `P✓ H✕`. */
export function gridCellText(cell: CellVerdict): string {
  return `P${VERDICT_TEXT[cell.process.verdict].glyph} H${VERDICT_TEXT[cell.hyperv.verdict].glyph}`;
}

/** The grid cell link's accessible name: the visible text first, then the whole answer. */
export function gridCellName(imageName: string, hostName: string, cell: CellVerdict): string {
  return `${gridCellText(cell)}: ${cellSentence(imageName, hostName, cell)}`;
}
