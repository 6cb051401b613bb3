/**
 * The advice in the islands' compact tables: one letter per cell for the alternative's reason, and the end
 * dates of retired hosts and images. The islands decode them and call `assembleAdvice`, so the verdict panel
 * and the paste box say what the cell page says without shipping the lifecycle code or the model.
 */
import type { AdviceReason } from './advice';

/** One letter per reason; `-` is "no alternative". */
export const REASON_CODE: Readonly<Record<AdviceReason, string>> = {
  runs: 'r',
  'process-isolation': 'p',
  support: 's',
  'newer-build': 'n',
};

/** The letter written where a cell has no alternative. */
export const NO_REASON = '-';

const CODE_TO_REASON: Readonly<Record<string, AdviceReason>> = Object.fromEntries(
  Object.entries(REASON_CODE).map(([reason, letter]) => [letter, reason as AdviceReason]),
);

/** The reason of a letter, or null for `-` and anything unknown. */
export function reasonOf(letter: string | undefined): AdviceReason | null {
  return letter === undefined ? null : (CODE_TO_REASON[letter] ?? null);
}

/** The limits limited cells name, compactly: each distinct title once, and per cell key the title's index. */
export interface CompactLimits {
  titles: string[];
  cells: Record<string, number>;
}

/** Collects `[cell key, limit title]` pairs (null titles skipped) into the compact form. */
export function compactLimits(entries: Iterable<readonly [string, string | null]>): CompactLimits {
  const titles: string[] = [];
  const cells: Record<string, number> = {};
  for (const [key, title] of entries) {
    if (title === null) continue;
    if (!titles.includes(title)) titles.push(title);
    cells[key] = titles.indexOf(title);
  }
  return { titles, cells };
}

/** The limit title of one cell key, or null (also for missing or bad data). */
export function limitAt(limits: CompactLimits | undefined, key: string): string | null {
  const index = limits?.cells[key];
  return index === undefined ? null : (limits?.titles[index] ?? null);
}
