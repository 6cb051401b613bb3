/**
 * Input hygiene shared by the parsers: every public parser first runs its input through `cleanText`, so
 * binary bytes, odd line endings and huge pastes are dealt with once, in linear time.
 */

/** At most this many characters of a paste are read; the rest is reported, not parsed. */
export const MAX_INPUT_CHARS = 100_000;
/** At most this many lines are read. */
export const MAX_LINES = 5_000;
/** Longer lines are cut before any pattern runs on them. */
export const MAX_LINE_CHARS = 2_000;

/** The cleaned text and what cleaning had to do. */
export interface CleanText {
  readonly text: string;
  /** The input was longer than `MAX_INPUT_CHARS` and was cut. */
  readonly truncated: boolean;
  /** Control or other non-text characters were removed. */
  readonly hadBinary: boolean;
  readonly originalLength: number;
}

// Control characters other than tab and newline, plus BOM and zero-width marks that sneak in from web pages.
// eslint-disable-next-line no-control-regex
const NON_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\u200b-\u200d\ufffd]/g;

/** Normalises line endings and spaces, drops non-text characters and caps the length. */
export function cleanText(input: unknown, maxChars = MAX_INPUT_CHARS): CleanText {
  // Callers are typed, but the box feeds whatever the browser gives: guard anyway.
  const raw = typeof input === 'string' ? input : '';
  const truncated = raw.length > maxChars;
  const cut = truncated ? raw.slice(0, maxChars) : raw;
  const withoutBinary = cut.replace(NON_TEXT, '');
  const text = withoutBinary.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ');
  return { text, truncated, hadBinary: withoutBinary.length !== cut.length, originalLength: raw.length };
}

/** The lines of a cleaned text, each cut to `MAX_LINE_CHARS`, at most `MAX_LINES` of them. */
export function splitLines(text: string): { lines: string[]; truncated: boolean } {
  const all = text.split('\n');
  const truncated = all.length > MAX_LINES;
  const lines = (truncated ? all.slice(0, MAX_LINES) : all).map((line) =>
    line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line,
  );
  return { lines, truncated };
}

/** A short, single-line rendering of user text for messages. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`; for short words. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > 64 || b.length > 64) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Adds a message once, keeping first-seen order. */
export function addOnce(list: string[], message: string): void {
  if (!list.includes(message)) list.push(message);
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
