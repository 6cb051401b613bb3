/**
 * The social card of an error page: the code (or the error's short title), the message and what the
 * page offers. Drawn like every other card by layout.ts and render.ts.
 */
import { SITE_NAME } from '../../site/site';
import { CARD_LIMITS, clip } from './content';
import type { CardContent } from './content';

/** What an error card needs from its page (src/lib/errors/pages.ts). */
export interface CardError {
  id: string;
  code: string | null;
  message: string;
  heading: string;
  kind: { title: string };
}

/** The card of an error page. */
export function errorCardPath(errorId: string): string {
  return `/og/errors/${errorId}.png`;
}

/** The card of one error page: code or title, the message, and the promise of causes and fixes. */
export function errorCard(error: CardError): CardContent {
  return {
    eyebrow: `${SITE_NAME} · Error`,
    title: clip(error.code ?? error.kind.title, CARD_LIMITS.title),
    subtitle: clip(error.message, CARD_LIMITS.subtitle),
    verdicts: [],
    note: clip(
      error.code === null ? 'What it means, its causes and what to do' : error.kind.title,
      CARD_LIMITS.note,
    ),
    accent: 'neutral',
    alt: `${error.heading}. ${error.kind.title}: what it means, its causes and what to do.`,
  };
}
