/**
 * Reads the frontmatter of a post that Astro's own parser refuses or misreads.
 *
 * Real publisher archives contain a few posts whose frontmatter is not valid YAML: a quoted title with
 * quotes inside it, tabs used for indentation, a byte-order mark in the middle of the file, classic-Mac
 * line ends. Where the author's intent is unambiguous we repair the text line by line (keeping every line
 * where it was, so line numbers stay true) and parse the result with the `yaml` package; every repair is
 * returned with its line so the build can warn about it. What still does not parse is returned as
 * unreadable with the parser's message and line, for the loader to skip and list.
 */
import { LineCounter, parseDocument } from 'yaml';

/** One change made to a post's text so that it could be read; `line` is 1-based in the file. */
export interface FrontmatterRepair {
  line: number;
  what: string;
}

/** Why a post's frontmatter could not be read, with the line the parser stopped at (1-based, in the file). */
export interface FrontmatterProblem {
  line: number | null;
  message: string;
}

/** The outcome of a tolerant reading. */
export type FrontmatterReading =
  | {
      status: 'clean' | 'repaired';
      data: Record<string, unknown>;
      /** The Markdown after the frontmatter, trimmed as Astro trims it. */
      body: string;
      /** The frontmatter text as written (for Astro's error hints). */
      rawFrontmatter: string;
      repairs: FrontmatterRepair[];
    }
  | { status: 'unreadable'; problem: FrontmatterProblem; repairs: FrontmatterRepair[] };

const BOM = '\uFEFF';
const FENCE = /^---[ \t]*$/;

/**
 * Whether Astro's parser would read this source wrongly without throwing: a byte-order mark anywhere but
 * the very start (it becomes part of a key, or hides the frontmatter) or carriage returns used alone as
 * line ends (Astro then finds no frontmatter at all).
 */
export function hasSilentFrontmatterDamage(source: string): boolean {
  return source.indexOf(BOM, 1) !== -1 || /\r(?!\n)/.test(source);
}

/** Splits on every line end a reader's editor would show: CRLF, LF and a lone CR. */
function splitLines(source: string): string[] {
  return source.split(/\r\n|\n|\r/);
}

/** Quotes text as a single-quoted YAML scalar: no escapes exist there except a doubled quote. */
function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A `key: value` line: indent, an optional list dash, a plain key, and the value as written. */
const KEY_VALUE = /^(?<lead>[ ]*(?:-[ ]+)?)(?<key>[A-Za-z0-9_$@][^:#'"]*?):[ \t]+(?<value>\S.*?)[ \t]*$/;

/** A block scalar header (`|`, `>-`, `|2`, with an optional comment): the lines under it are text. */
const BLOCK_SCALAR = /^[|>][-+0-9]*(?:[ \t]+#.*)?$/;

/** Whether a single line parses as exactly the one `key: scalar` pair it seems to be. */
function isSoundScalarLine(key: string, value: string): boolean {
  const doc = parseDocument(`${key}: ${value}\n`);
  if (doc.errors.length > 0) return false;
  const data: unknown = doc.toJS();
  return typeof data === 'object' && data !== null && Object.keys(data).length === 1;
}

/**
 * The text a broken scalar value was meant to be, or null when the value is something else (a list, a
 * block scalar, an anchor) that we cannot safely guess. The whole rest of the line is the value: its
 * outer quotes are dropped when they pair up at both ends, or when the opening one is never closed.
 */
function intendedText(value: string): string | null {
  if (/^[[{|>&*!%@`]/.test(value)) return null;
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return value;
  if (value.length >= 2 && value.endsWith(quote)) return value.slice(1, -1);
  if (!value.slice(1).includes(quote)) return value.slice(1);
  return value;
}

/** How far a line is indented (spaces only: tabs are repaired before this is asked). */
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** Repairs one frontmatter line in place; returns what was done (nothing when the line was sound). */
function repairLine(lines: string[], index: number): string[] {
  const done: string[] = [];
  const original = lines[index] ?? '';
  let line = original;
  const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (leading.includes('\t')) {
    line = leading.replaceAll('\t', '  ') + line.slice(leading.length);
    done.push('a tab used for indentation was replaced by two spaces');
  }
  const match = KEY_VALUE.exec(line);
  const { lead = '', key = '', value = '' } = match?.groups ?? {};
  if (match && !isSoundScalarLine(key, value)) {
    const next = lines[index + 1];
    // An unclosed quote followed by a more indented line may be a valid multi-line scalar: not ours to guess.
    const continues =
      next !== undefined && next.trim() !== '' && indentOf(next.replaceAll('\t', '  ')) > indentOf(line);
    const text = continues ? null : intendedText(value);
    if (text !== null) {
      line = `${lead}${key}: ${singleQuoted(text)}`;
      done.push(
        /^["']/.test(value)
          ? `the quotes of "${key}" did not pair up; the whole value was quoted as one text`
          : `"${key}" holds a colon followed by a space; the whole value was quoted as one text`,
      );
    }
  }
  lines[index] = line;
  return done;
}

/** The first parser error of a document, as a problem with its line in the file. */
function firstError(
  errors: readonly { message: string; pos: [number, number] }[],
  counter: LineCounter,
  lineOffset: number,
): FrontmatterProblem | null {
  const error = errors[0];
  if (!error) return null;
  return { line: counter.linePos(error.pos[0]).line + lineOffset, message: error.message };
}

/** Reads a post's frontmatter, repairing what has one clear meaning and reporting what has not. */
export function readTolerantFrontmatter(source: string): FrontmatterReading {
  const repairs: FrontmatterRepair[] = [];
  const lines = splitLines(source.startsWith(BOM) ? source.slice(1) : source);
  if (/\r(?!\n)/.test(source))
    repairs.push({ line: 1, what: 'carriage returns alone were read as line ends (classic Mac text)' });
  lines.forEach((line, index) => {
    if (!line.includes(BOM)) return;
    lines[index] = line.replaceAll(BOM, '');
    repairs.push({ line: index + 1, what: 'a stray byte-order mark (U+FEFF) was removed' });
  });

  // Like Astro, blank lines may come before the opening fence.
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open === -1 || !FENCE.test(lines[open] ?? '')) {
    return {
      status: repairs.length > 0 ? 'repaired' : 'clean',
      data: {},
      body: lines.join('\n').trim(),
      rawFrontmatter: '',
      repairs,
    };
  }
  const close = lines.findIndex((line, index) => index > open && FENCE.test(line));
  if (close === -1) {
    return {
      status: 'unreadable',
      problem: { line: open + 1, message: 'the frontmatter is never closed: no "---" line follows this one' },
      repairs,
    };
  }

  const rawFrontmatter = lines.slice(open + 1, close).join('\n');
  const yamlLines = lines.slice(open + 1, close);
  // Lines of a block scalar (`key: |`) are text, not YAML: they are never "repaired".
  let blockIndent: number | null = null;
  for (let index = 0; index < yamlLines.length; index += 1) {
    const line = yamlLines[index] ?? '';
    if (blockIndent !== null && (line.trim() === '' || indentOf(line) > blockIndent)) continue;
    blockIndent = null;
    for (const what of repairLine(yamlLines, index)) repairs.push({ line: open + 2 + index, what });
    const repaired = yamlLines[index] ?? '';
    if (BLOCK_SCALAR.test(KEY_VALUE.exec(repaired)?.groups?.['value'] ?? ''))
      blockIndent = indentOf(repaired);
  }
  const counter = new LineCounter();
  const doc = parseDocument(`${yamlLines.join('\n')}\n`, { lineCounter: counter, prettyErrors: false });
  const problem = firstError(doc.errors, counter, open + 1);
  if (problem) return { status: 'unreadable', problem, repairs };
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return {
      status: 'unreadable',
      problem: { line: open + 2, message: 'the frontmatter is not a set of "key: value" lines' },
      repairs,
    };
  }
  return {
    status: repairs.length > 0 ? 'repaired' : 'clean',
    data: (data ?? {}) as Record<string, unknown>,
    body: lines
      .slice(close + 1)
      .join('\n')
      .trim(),
    rawFrontmatter,
    repairs,
  };
}

/** One line for the build output: `<file>:<line>: <what>`. */
export function formatFrontmatterNote(file: string, line: number | null, what: string): string {
  return `${file}${line === null ? '' : `:${line}`}: ${what}`;
}
