/**
 * Our prose marks commands and names with backticks (`docker version`). Every view renders those as code
 * through the structured text of advice-text.ts (RichText.astro on pages, islands/RichText.tsx in the
 * paste box); the split is pure so it is tested, and text is never treated as HTML.
 */
import type { RichText, TextPart } from '../advice/advice-text';

/** Splits text at backticks into plain parts and code spans; an unpaired backtick stays as it is. */
export function codeSpans(text: string): RichText {
  const parts = text.split('`');
  // An even number of parts means an odd number of backticks: the last one has no partner.
  if (parts.length % 2 === 0) return [text];
  return parts
    .map((part, index): TextPart => (index % 2 === 1 ? { code: part } : part))
    .filter((part) => part !== '' && (typeof part === 'string' || part.code !== ''));
}
