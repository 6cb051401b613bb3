/**
 * Turns Dockerfile text into instructions the way the builder does: parser directives, line continuations
 * with the escape character, comments, heredocs, and words that look like a mistyped instruction.
 */
import { editDistance, shorten } from './text';

const INSTRUCTIONS = new Set([
  'FROM',
  'ARG',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);
/** Platform variables BuildKit sets itself. */
const DIRECTIVE = /^\s*#\s*([a-zA-Z]{1,20})\s*=\s*(\S{0,200})\s*$/;
const HEREDOC = /<<-?\s?["']?([A-Za-z_][A-Za-z0-9_]{0,30})["']?/;

/** One instruction after joining continuation lines. */
export interface Instruction {
  keyword: string;
  args: string;
  /** Zero-based first line. */
  line: number;
}

export interface Reader {
  lines: string[];
  escape: string;
  used: number[];
  problems: string[];
  understood: string[];
  /** Lines starting with a word one or two letters away from an instruction (`FORM`), 0-based. */
  typos: { line: number; word: string; instruction: string }[];
}

/** Parser directives at the very top (`# escape=\``, `# syntax=…`); they end at the first other line. */
function readDirectives(reader: Reader): number {
  let i = 0;
  for (; i < reader.lines.length; i += 1) {
    const match = DIRECTIVE.exec(reader.lines[i] ?? '');
    if (match === null) break;
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (name === 'escape') {
      if (value === '`' || value === '\\') reader.escape = value;
      else reader.problems.push(`The escape directive accepts \\ or \` only, not ${shorten(value, 10)}.`);
    }
    reader.used.push(i);
  }
  if (reader.escape === '`') reader.understood.push('Uses ` as the escape and line-continuation character.');
  return i;
}

/** Remembers a line whose first word looks like a misspelt instruction (`FORM`, `FRON`). */
function noteTypo(reader: Reader, line: number, word: string): void {
  if (reader.typos.length >= 10 || word.length < 3 || word.length > 12 || !/^[A-Z]+$/.test(word)) return;
  for (const instruction of INSTRUCTIONS) {
    if (Math.abs(instruction.length - word.length) > 1) continue;
    const distance = editDistance(word, instruction, 2);
    // Short words: one slip, or two swapped letters (FORM); longer words may have two slips.
    const swapped = distance === 2 && [...word].sort().join('') === [...instruction].sort().join('');
    if (distance <= 1 || swapped || (instruction.length > 4 && distance <= 2)) {
      reader.typos.push({ line, word, instruction });
      return;
    }
  }
}

/** Whether a line (without trailing spaces) ends in the escape character, i.e. continues on the next line. */
function continues(line: string, escape: string): boolean {
  return line.trimEnd().endsWith(escape);
}

/** Skips a heredoc body (`RUN <<EOF … EOF`); returns the index of its terminator line. */
function skipHeredoc(reader: Reader, from: number, terminator: string): number {
  for (let j = from; j < reader.lines.length; j += 1) {
    reader.used.push(j);
    if ((reader.lines[j] ?? '').trim() === terminator) return j;
  }
  reader.problems.push(`The here-document ${terminator} never ends.`);
  return reader.lines.length - 1;
}

/** Joins continuation lines, drops comments and blank lines, and splits keyword from arguments. */
export function readInstructions(reader: Reader): Instruction[] {
  const result: Instruction[] = [];
  let text: string | undefined;
  let start = 0;
  let lineIndex = readDirectives(reader);
  for (; lineIndex < reader.lines.length; lineIndex += 1) {
    const line = reader.lines[lineIndex] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      reader.used.push(lineIndex);
      continue;
    }
    if (text === undefined) {
      const keyword = (/^\S+/.exec(trimmed)?.[0] ?? '').toUpperCase();
      if (!INSTRUCTIONS.has(keyword)) {
        noteTypo(reader, lineIndex, keyword);
        continue;
      }
      text = '';
      start = lineIndex;
    }
    reader.used.push(lineIndex);
    if (continues(line, reader.escape)) {
      text += `${line.trimEnd().slice(0, -1)} `;
      continue;
    }
    text += line;
    const instruction = splitInstruction(text, start);
    result.push(instruction);
    const heredoc = HEREDOC.exec(instruction.args);
    if (heredoc !== null && instruction.keyword !== 'FROM')
      lineIndex = skipHeredoc(reader, lineIndex + 1, heredoc[1] ?? '');
    text = undefined;
  }
  if (text !== undefined) {
    reader.problems.push('The last instruction ends with a line continuation and nothing after it.');
    result.push(splitInstruction(text, start));
  }
  return result;
}

/** Splits a joined instruction into its upper-cased keyword and its arguments. */
function splitInstruction(text: string, line: number): Instruction {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const keyword = (space < 0 ? trimmed : trimmed.slice(0, space)).toUpperCase();
  return { keyword, args: space < 0 ? '' : trimmed.slice(space + 1).trim(), line };
}

/** Splits ARG/FROM arguments on spaces, keeping quoted parts together and removing the quotes. */
export function words(args: string): string[] {
  const result: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const char of args) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) result.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) result.push(current);
  return result;
}
