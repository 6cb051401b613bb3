/**
 * `/api/v1/errors.json`: every error page as data, from the same error pages the site renders, so a
 * script (a CI step that explains its own failures, a chat bot) says what the pages say.
 */
import { errorPagePath } from './kinds';
import { errorPages } from './pages';

/** One cause as the API gives it. */
export interface ApiErrorCause {
  cause: string;
  howToTell: string;
  whatToDo: string[];
}

/** One error kind as the API gives it. */
export interface ApiError {
  id: string;
  title: string;
  code: string | null;
  message: string;
  codes: string[];
  examples: { where: string; text: string }[];
  meaning: string;
  causes: ApiErrorCause[];
  whatToDo: string[];
  sources: string[];
  announcements: string[];
  url: string;
}

/** The whole document. */
export interface ApiErrors {
  schemaVersion: 1;
  generated: string;
  errors: ApiError[];
}

/** The errors document; `withBase` turns site paths into the deployment's paths. */
export function apiErrors(generated: string, withBase: (path: string) => string = (path) => path): ApiErrors {
  return {
    schemaVersion: 1,
    generated,
    errors: errorPages().map((page) => ({
      id: page.id,
      title: page.kind.title,
      code: page.code,
      message: page.message,
      codes: [...page.codes],
      examples: page.seenAs.map((seen) => ({ where: seen.where, text: seen.text })),
      meaning: page.kind.meaning,
      causes: page.causes.map((cause) => ({
        cause: cause.cause,
        howToTell: cause.howToTell,
        whatToDo: [...cause.fix],
      })),
      whatToDo: [...page.kind.whatToDo],
      sources: [...page.sources],
      announcements: [...page.announcements],
      url: withBase(errorPagePath(page.id)),
    })),
  };
}
