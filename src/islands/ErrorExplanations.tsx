import type { ErrorExplanation } from '../lib/readers/errors';
import { errorPagePath } from '../lib/errors/kinds';
import { withBase } from '../lib/site/site';
import { ProseText } from './RichText';

/**
 * Explained error messages as the paste box shows them: what it means, what to do, and the error's own
 * page. Backticked commands render as code, as on the error pages.
 */
export default function ErrorExplanations({ errors, base }: { errors: ErrorExplanation[]; base: string }) {
  return (
    <div data-testid="paste-errors">
      {errors.slice(0, 5).map((error) => (
        <div key={error.id} className="mt-2">
          <p className="font-semibold">
            <ProseText text={error.title} />
          </p>
          <p>
            <code className="break-all">{error.matched}</code>
          </p>
          <p data-testid="paste-error-meaning">
            <ProseText text={error.meaning} />
          </p>
          {error.whatToDo.length > 0 && (
            <ul className="mt-1 list-disc pl-6">
              {error.whatToDo.map((step) => (
                <li key={step}>
                  <ProseText text={step} />
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1">
            <a
              className="underline"
              data-testid="paste-error-link"
              href={withBase(base, errorPagePath(error.page))}
            >
              Causes and how to tell them apart: the page of this error
            </a>
          </p>
        </div>
      ))}
    </div>
  );
}
