/**
 * Our prose marks commands and names with backticks (`docker version`). Pages render those as code;
 * the split is pure so it is tested, and text is never treated as HTML.
 */

/** One run of prose: plain text, or code that was between backticks. */
export interface TextSpan {
  readonly code: boolean;
  readonly text: string;
}

/** Splits text at backticks into plain and code runs; an unpaired backtick stays as it is. */
export function codeSpans(text: string): TextSpan[] {
  const parts = text.split('`');
  // An even number of parts means an odd number of backticks: the last one has no partner.
  if (parts.length % 2 === 0) return [{ code: false, text }];
  return parts
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((span) => span.text !== '');
}
