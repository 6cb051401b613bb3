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
