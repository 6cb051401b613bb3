import type { RichText as Text } from '../lib/advice/advice-text';
import { codeSpans } from '../lib/errors/spans';

/** Structured text as React: code spans become `<code>`, never literal backticks (RichText.astro's twin). */
export function RichText({ text }: { text: Text }) {
  return (
    <>
      {text.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <code key={i} className="wrap-anywhere">
            {part.code}
          </code>
        ),
      )}
    </>
  );
}

/** Our prose with backticked runs (error explanations, fleet notes) rendered as code. */
export function ProseText({ text }: { text: string }) {
  return <RichText text={codeSpans(text)} />;
}
