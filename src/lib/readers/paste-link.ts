/**
 * Links that open the paste box with a text already in it: `/#paste=<text>`. The text travels in the
 * fragment, so it never reaches a server or its logs, and the paste box only ever puts it into its
 * text field (React sets the field's value; nothing is parsed as HTML).
 */

/** The fragment key the paste box reads. */
export const PASTE_FRAGMENT_KEY = 'paste';
/** Texts in links are cut to this many characters: enough for any error message, short enough for a URL. */
export const MAX_LINKED_PASTE_CHARS = 4_000;

/** The site-relative link that opens the paste box (on the home page) with `text` in it. */
export function pasteLink(text: string): string {
  return `/#${PASTE_FRAGMENT_KEY}=${encodeURIComponent(text.slice(0, MAX_LINKED_PASTE_CHARS))}`;
}

/** The text a location fragment (`#paste=…`) carries, or null when it carries none or is malformed. */
export function pasteFromFragment(hash: unknown): string | null {
  if (typeof hash !== 'string') return null;
  const prefix = `#${PASTE_FRAGMENT_KEY}=`;
  if (!hash.startsWith(prefix)) return null;
  try {
    const text = decodeURIComponent(hash.slice(prefix.length)).slice(0, MAX_LINKED_PASTE_CHARS);
    return text.trim() === '' ? null : text;
  } catch {
    // A malformed escape (`%E0%A4%A`) is not an error worth showing: the box simply opens empty.
    return null;
  }
}
