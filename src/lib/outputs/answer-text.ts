/**
 * The answer of one cell as text to paste elsewhere: a Markdown line for issues and pull requests and a
 * plain line for chat. Both carry the same facts (link, both verdicts, then the advice: what to do, what is
 * retired, a better image) in the same words as the pages (VERDICT_TEXT, advice-text.ts), so a pasted
 * answer never says something the site does not. Pure: the cell page
 * feeds it from the model, the matrix island from its compact data.
 */
import type { Model } from '../model/model';
import type { VerdictValue } from '../knowledge/schema';
import { withBase } from '../site/site';
import { VERDICT_TEXT } from '../knowledge/verdict-text';
import type { CellAdvice } from '../advice/advice';
import { adviceSentences, markdownText, plainText } from '../advice/advice-text';

/** What a pasted answer says. */
export interface AnswerFacts {
  imageName: string;
  hostName: string;
  /** Both verdicts, what to do, what is retired and a better image: the cell's advice (advice.ts). */
  advice: CellAdvice;
  /** Absolute URL of the cell page. */
  url: string;
}

/** The absolute URL of a site path: the site's origin, the deployment's base path, then the path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The facts of one cell of the model, with its page's absolute URL. */
export function answerFacts(
  model: Model,
  hostId: string,
  imageId: string,
  site: string,
  base: string,
): AnswerFacts {
  const cell = model.cell(hostId, imageId);
  const host = model.hostsById.get(hostId);
  const image = model.imagesById.get(imageId);
  if (!host || !image) throw new Error(`Unknown cell ${hostId} × ${imageId}`);
  return {
    imageName: image.name,
    hostName: host.name,
    advice: cell.advice,
    url: absoluteUrl(site, base, cell.path),
  };
}

function verdictWords(facts: AnswerFacts, glyphs: boolean): string {
  const word = (value: VerdictValue): string =>
    glyphs ? `${VERDICT_TEXT[value].glyph} ${VERDICT_TEXT[value].label}` : VERDICT_TEXT[value].label;
  return `process isolation ${word(facts.advice.process)}, Hyper-V isolation ${word(facts.advice.hyperv)}`;
}

/** Parentheses and spaces would end a Markdown link destination early. */
export function markdownUrl(url: string): string {
  return url.replace(
    /[()\s]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** One Markdown line for an issue or a pull request: linked title, both verdicts, the advice with code spans. */
export function answerMarkdown(facts: AnswerFacts): string {
  const title = `${markdownText([facts.imageName])} on ${markdownText([facts.hostName])}`;
  const advice = adviceSentences(facts.advice).map((sentence) => markdownText(sentence.text));
  return `[${title}](${markdownUrl(facts.url)}): ${verdictWords(facts, true)}. ${advice.join(' ')}`;
}

/** One plain-text line for chat: the same facts, no markup, the link last so chat apps unfurl it. */
export function answerPlain(facts: AnswerFacts): string {
  const advice = adviceSentences(facts.advice).map((sentence) => plainText(sentence.text));
  return `${facts.imageName} on ${facts.hostName}: ${verdictWords(facts, false)}. ${advice.join(' ')} ${facts.url}`;
}
