/**
 * Count words for fleet answers: "the one Windows node", "both Windows nodes", "all 3 Windows nodes".
 * Every sentence of a fleet answer that counts nodes or hosts takes its words from here, so no answer says
 * "all 1 Windows node". Pure.
 */
import { joinWords } from '../readers/catalog';

/** `1 node`, `3 nodes`: a count with its noun. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${String(count)} ${count === 1 ? noun : plural}`;
}

/** Every one of `count` nodes: `the one Windows node`, `both Windows nodes`, `all 3 Windows nodes`. */
export function everyNode(count: number, noun = 'Windows node'): string {
  if (count === 1) return `the one ${noun}`;
  if (count === 2) return `both ${noun}s`;
  return `all ${String(count)} ${noun}s`;
}

/** The nodes of a host, as the subject of a sentence: `the node that runs it`, `both nodes that run it`. */
export function nodesRunningIt(count: number): string {
  if (count === 1) return 'the node that runs it';
  if (count === 2) return 'both nodes that run it';
  return `the ${String(count)} nodes that run it`;
}

/** The nodes as an object: `that node`, `both nodes`, `those 3 nodes`. */
export function thoseNodes(count: number): string {
  if (count === 1) return 'that node';
  if (count === 2) return 'both nodes';
  return `those ${String(count)} nodes`;
}

/** A verb for a subject of `count` things: `gets` for one, `get` for more. */
export function verbFor(count: number, singular: string, plural: string): string {
  return count === 1 ? singular : plural;
}

/** Up to ten names, then a count: `a, b and 3 more`. */
export function listNames(names: readonly string[]): string {
  return names.length <= 10
    ? joinWords(names)
    : `${names.slice(0, 10).join(', ')} and ${String(names.length - 10)} more`;
}

/** Alternatives: `a`, `a or b`, `a, b or c`. */
export function eitherOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}
