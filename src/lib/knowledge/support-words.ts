/**
 * The words for "this host or image has left support", in one place (issue 14: verdict words live once).
 * Sentences say "X is out of support since D"; statuses after a tag or in a label say "out of support
 * since D"; a card's tight closing line says "retired D". Every view and answer takes its words from here,
 * so the site never says "left support", "retired" and "out of support" for the same fact in three ways.
 */

/** Sentence form: `Nano Server 1809 is out of support since 2029-01-09` (no final stop, so a clause can follow). */
export function outOfSupportSentence(subject: string, ended: string): string {
  return `${subject} is out of support since ${ended}`;
}

/** Short form, after a tag or as a status: `out of support since 2029-01-09`. */
export function outOfSupportSince(ended: string): string {
  return `out of support since ${ended}`;
}

/** The short form as a label that starts a line: `Out of support since 2029-01-09`. */
export function outOfSupportLabel(ended: string): string {
  const words = outOfSupportSince(ended);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Without a date, after a name: `out of support`. */
export const OUT_OF_SUPPORT = 'out of support';

/** A card's tight form, where every character counts: `retired 2029-01-09` (optionally `host retired …`). */
export function retiredOn(ended: string, whose = ''): string {
  return `${whose === '' ? '' : `${whose} `}retired ${ended}`;
}
