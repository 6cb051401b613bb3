import type { CellAdvice } from '../lib/advice/advice';
import { adviceSentences } from '../lib/advice/advice-text';
import { RichText } from './RichText';

/**
 * A cell's advice as the cell page shows it (AdviceList.astro renders the same sentences): what to do,
 * what is retired, the alternative with a link to its answer.
 */
export default function AdviceText({
  advice,
  alternativeHref,
}: {
  advice: CellAdvice;
  alternativeHref: string | null;
}) {
  return (
    <ul className="list-disc space-y-1 pl-6" data-testid="advice">
      {adviceSentences(advice).map((sentence, i) => (
        <li key={`${sentence.kind}-${String(i)}`} data-advice={sentence.kind}>
          <span data-testid="advice-sentence">
            <RichText text={sentence.text} />
          </span>
          {sentence.kind === 'alternative' && alternativeHref !== null && advice.alternative && (
            <>
              {' '}
              <a className="underline" href={alternativeHref}>
                Answer for {advice.alternative.name}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
