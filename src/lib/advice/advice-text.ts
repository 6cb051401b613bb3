/**
 * The words of a cell's advice, made once from `CellAdvice` for every view. Sentences are structured text
 * (plain parts and code spans), so HTML views render code as `<code>`, the Markdown answer as code spans
 * and the plain answer and cards as plain text; no view shows literal backticks or words of its own.
 * Pure and free of schema code: the islands import it.
 */
import type { AdviceAlternative, CellAdvice } from './advice';
import { runs } from '../knowledge/engine';
import { outOfSupportSentence, retiredOn } from '../knowledge/support-words';
import { VERDICT_TEXT, isolationWords } from '../knowledge/verdict-text';

/** The word for an unknown verdict, the same as the grid's and the headline's. */
const UNKNOWN = VERDICT_TEXT.unknown.label;

/** A piece of a sentence: plain text, or a code span (a tag, a flag). */
export type TextPart = string | { code: string };
/** A sentence as parts. */
export type RichText = readonly TextPart[];

/** What a sentence is about, so views can place and test it. */
export type AdviceKind = 'use' | 'retired' | 'alternative';

/** One sentence of the advice. */
export interface AdviceSentence {
  kind: AdviceKind;
  text: RichText;
}

/** A sentence as plain text: code spans lose their markup. */
export function plainText(text: RichText): string {
  return text.map((part) => (typeof part === 'string' ? part : part.code)).join('');
}

/** Markdown text with the characters that would start emphasis, code or a link escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

/** A code span fenced with more backticks than it contains in a row (CommonMark). */
export function markdownCode(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A sentence as Markdown: text escaped, code as code spans. */
export function markdownText(text: RichText): string {
  return text
    .map((part) => (typeof part === 'string' ? escapeMarkdown(part) : markdownCode(part.code)))
    .join('');
}

/** What to do with this image on this host, as one sentence. */
export function useSentence(advice: CellAdvice): RichText {
  const { use, process, hyperv } = advice;
  if (use === null) {
    return process === 'unknown' || hyperv === 'unknown'
      ? ['Sources disagree or say nothing on whether this image runs here, so no tag of it is recommended.']
      : ['Does not run here in either isolation mode, so no tag of this image is recommended.'];
  }
  // The limit is named (its title, as the verdict shows it), so the sentence says what to watch for.
  const limits =
    use.verdict !== 'limited'
      ? ''
      : advice.limit === null
        ? ', with limits'
        : `, limited by “${advice.limit}”`;
  if (use.isolation === 'process') {
    const both = runs(hyperv) ? ' Hyper-V isolation runs too.' : '';
    return [`Runs with process isolation${limits}: use `, { code: use.reference }, `.${both}`];
  }
  const flag = { code: '--isolation=hyperv' };
  if (process === 'unknown')
    return [
      `Runs with Hyper-V isolation${limits}: use `,
      { code: use.reference },
      ' with ',
      flag,
      `. Whether process isolation runs here is ${UNKNOWN}.`,
    ];
  return [`Runs only with Hyper-V isolation${limits}: use `, { code: use.reference }, ' with ', flag, '.'];
}

/** The retirement sentences: the host, then the image, each with its end date; none while both are supported. */
export function retiredSentences(advice: CellAdvice): RichText[] {
  const sentences: RichText[] = [];
  if (advice.host.ended !== null)
    sentences.push([
      `${outOfSupportSentence(`The host, ${advice.host.name},`, advice.host.ended)}: plan a move to a supported release.`,
    ]);
  if (advice.image.ended !== null)
    sentences.push([
      `${outOfSupportSentence(advice.image.name, advice.image.ended)}: its last build is final, so plan a move to a supported image.`,
    ]);
  return sentences;
}

/** The alternative as one sentence, worded by its reason; null when there is none. */
export function alternativeSentence(advice: CellAdvice): RichText | null {
  const alternative: AdviceAlternative | null = advice.alternative;
  if (alternative === null) return null;
  const code = { code: alternative.reference };
  const mode = isolationWords(alternative.isolation);
  const retired =
    alternative.ended === null ? '' : ` ${outOfSupportSentence(alternative.name, alternative.ended)}.`;
  switch (alternative.reason) {
    case 'runs': {
      const unknown = advice.process === 'unknown' || advice.hyperv === 'unknown';
      const mine = unknown
        ? `whether this image runs here is ${UNKNOWN}`
        : 'this image runs here in neither mode';
      return ['Use ', code, ` instead: it runs on this host with ${mode}; ${mine}.${retired}`];
    }
    case 'process-isolation': {
      const mine = advice.process === 'unknown' ? `for this image that is ${UNKNOWN}` : 'this image does not';
      return [
        'For process isolation, use ',
        code,
        ` instead: it runs with process isolation on this host; ${mine}.${retired}`,
      ];
    }
    case 'support':
      // Said after "<image> is out of support", so it names what it is about: a supported image.
      return ['For a supported image, use ', code, ` instead; it runs on this host with ${mode}.`];
    case 'newer-build':
      return ['A newer release of the same family runs here too: ', code, ` with ${mode}.${retired}`];
  }
}

/** Every sentence of a cell's advice, in reading order: what to do, what is retired, the alternative. */
export function adviceSentences(advice: CellAdvice): AdviceSentence[] {
  const alternative = alternativeSentence(advice);
  return [
    { kind: 'use', text: useSentence(advice) },
    ...retiredSentences(advice).map((text) => ({ kind: 'retired' as const, text })),
    ...(alternative === null ? [] : [{ kind: 'alternative' as const, text: alternative }]),
  ];
}

/** The reference without its registry and path (`servercore:ltsc2019`), for a card's short line. */
function shortReference(reference: string): string {
  return reference.split('/').at(-1) ?? reference;
}

/**
 * A card's closing line (about 90 characters): the tag to use with what is retired and since when, or the
 * alternative, or that nothing runs. Shorter than the sentences; the card's alternative text carries those.
 */
export function cardAdvice(advice: CellAdvice): RichText {
  const hostRetired = advice.host.ended === null ? '' : ` · ${retiredOn(advice.host.ended, 'host')}`;
  const retired = `${advice.image.ended === null ? '' : ` · ${retiredOn(advice.image.ended, 'image')}`}${hostRetired}`;
  if (advice.use !== null) {
    const reference = retired === '' ? advice.use.reference : shortReference(advice.use.reference);
    return ['Use ', { code: reference }, retired];
  }
  const alternative = advice.alternative;
  if (alternative === null) return ['No tag of this image runs on this host'];
  const altRetired = `${alternative.ended === null ? '' : ` · ${retiredOn(alternative.ended)}`}${hostRetired}`;
  const reference = altRetired === '' ? alternative.reference : shortReference(alternative.reference);
  return ['Runs here instead: ', { code: reference }, altRetired];
}
