/** ARG substitution in Dockerfile text: `$NAME`, `${NAME}` and the `${NAME:-word}` family of operators. */
import { unique } from './text';

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,100}/;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]{0,100})(?:(:?[-+?])([\s\S]*))?$/;

/** Variable values in scope: a name maps to its value, or to undefined when declared without one. */
export type Scope = Map<string, string | undefined>;

interface Substituted {
  value: string;
  unresolved: string[];
}

/** Applies one `${NAME<op>word}` expansion, with Docker's meaning for each operator. */
function expand(
  name: string,
  op: string | undefined,
  word: string,
  scope: Scope,
  escape: string,
  depth: number,
): Substituted {
  const value = scope.get(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const inner = (): Substituted => substitute(word, scope, escape, depth + 1);
  switch (op) {
    case ':-':
      return nonEmpty ? { value, unresolved: [] } : inner();
    case '-':
      return set ? { value, unresolved: [] } : inner();
    case ':+':
      return nonEmpty ? inner() : { value: '', unresolved: [] };
    case '+':
      return set ? inner() : { value: '', unresolved: [] };
    case ':?':
    case '?':
      return (op === ':?' ? nonEmpty : set)
        ? { value: value ?? '', unresolved: [] }
        : { value: '', unresolved: [name] };
    default:
      return set ? { value, unresolved: [] } : { value: '', unresolved: [name] };
  }
}

/** Replaces `$NAME`, `${NAME}` and `${NAME:-default}` (and `-`, `:+`, `+`, `:?`) in text. */
export function substitute(text: string, scope: Scope, escape: string, depth = 0): Substituted {
  if (depth > 4) return { value: text, unresolved: [] };
  let value = '';
  const unresolved: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === escape && text[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (char !== '$') {
      value += char;
      i += 1;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      const braced = close < 0 ? null : BRACED.exec(text.slice(i + 2, close));
      if (braced === null) {
        value += char;
        i += 1;
        continue;
      }
      const result = expand(braced[1] ?? '', braced[2], braced[3] ?? '', scope, escape, depth);
      value += result.value;
      unresolved.push(...result.unresolved);
      i = close + 1;
      continue;
    }
    const name = VAR_NAME.exec(text.slice(i + 1, i + 102))?.[0];
    if (name === undefined) {
      value += char;
      i += 1;
      continue;
    }
    const result = expand(name, undefined, '', scope, escape, depth);
    value += result.value;
    unresolved.push(...result.unresolved);
    i += 1 + name.length;
  }
  return { value, unresolved: unique(unresolved) };
}
