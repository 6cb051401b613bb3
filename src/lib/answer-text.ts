/**
 * The answer of one cell as text to paste elsewhere: a Markdown line for issues and pull requests and a
 * plain line for chat. Both carry the same facts (link, both verdicts, tag) in the same words as the
 * pages (VERDICT_TEXT), so a pasted answer never says something the site does not. Pure: the cell page
 * feeds it from the model, the matrix island from its compact data.
 */
import type { Model } from './model';
import type { VerdictValue } from './schema';
import { withBase } from './site';
import { VERDICT_TEXT } from './verdict-text';

/** What a pasted answer says. */
export interface AnswerFacts {
  imageName: string;
  hostName: string;
  process: VerdictValue;
  hyperv: VerdictValue;
  /** The fully qualified tag to use, or null when the image runs in neither mode. */
  tag: string | null;
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
    process: cell.verdict.process.verdict,
    hyperv: cell.verdict.hyperv.verdict,
    tag: cell.recommendedTag,
    url: absoluteUrl(site, base, cell.path),
  };
}

function verdictWords(facts: AnswerFacts, glyphs: boolean): string {
  const word = (value: VerdictValue): string =>
    glyphs ? `${VERDICT_TEXT[value].glyph} ${VERDICT_TEXT[value].label}` : VERDICT_TEXT[value].label;
  return `process isolation ${word(facts.process)}, Hyper-V isolation ${word(facts.hyperv)}`;
}

/** Link text is Markdown: characters that would start emphasis, code or a nested link are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

/** A code span must be opened with more backticks than it contains in a row (CommonMark). */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Parentheses and spaces would end a Markdown link destination early. */
export function markdownUrl(url: string): string {
  return url.replace(
    /[()\s]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** One Markdown line for an issue or a pull request: linked title, both verdicts, the tag. */
export function answerMarkdown(facts: AnswerFacts): string {
  const title = `${escapeMarkdown(facts.imageName)} on ${escapeMarkdown(facts.hostName)}`;
  const tag = facts.tag ? ` Tag: ${codeSpan(facts.tag)}.` : ' Runs in neither mode.';
  return `[${title}](${markdownUrl(facts.url)}): ${verdictWords(facts, true)}.${tag}`;
}

/** One plain-text line for chat: the same facts, no markup, the link last so chat apps unfurl it. */
export function answerPlain(facts: AnswerFacts): string {
  const tag = facts.tag ? ` Tag: ${facts.tag}.` : ' Runs in neither mode.';
  return `${facts.imageName} on ${facts.hostName}: ${verdictWords(facts, false)}.${tag} ${facts.url}`;
}
