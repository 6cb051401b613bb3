/**
 * Reads whatever people paste about their machine — a build number, `ver`, `winver`, `systeminfo`,
 * `Get-ComputerInfo`, `docker version` / `docker info`, Kubernetes labels and `kubectl get nodes -o wide`
 * rows, CI runner labels, error messages — and works out the host build and the catalog hosts it can be.
 *
 * Everything is line-based and every pattern is anchored or bounded, so a 100 KB paste stays linear. Each
 * reader family lives in its own file; this one runs them over every line and hands the facts to `result.ts`.
 */
import type { Catalog } from '../catalog';
import { cleanText, splitLines } from '../text';
import {
  readHexCodes,
  readIncompatible,
  readManifestNotFound,
  readMismatchSentence,
  readNoManifest,
  readWrongOs,
} from './errors-in-text';
import { readKeyValue } from './key-value';
import { finish } from './result';
import { readLabelledBuild, readRoleWords } from './roles';
import { readKubernetes } from './runners';
import { newState } from './state';
import type { HostTextResult, State } from './types';
import {
  readEditions,
  readLooseBuilds,
  readOsBuild,
  readOsVersionTable,
  readPartialBuild,
  readProduct,
  readVer,
  readVersionWords,
  readWholeInput,
} from './versions';

export type {
  ErrorExplanation,
  HostTextResult,
  Isolation,
  PartialBuild,
  Role,
  RoleBuild,
  TextContext,
} from './types';
export { describeRevisions } from './roles';

/** Runs every line reader over one line; returns whether any used it. */
function readLine(line: string, st: State): boolean {
  if (line.trim() === '') return false;
  const before = st.mentions.length;
  let used = false;
  // Error messages first: their builds have a known meaning (host or image).
  used = readHexCodes(line, st) || used;
  used = readMismatchSentence(line, st) || used;
  used = readNoManifest(line, st) || used;
  used = readIncompatible(line, st) || used;
  used = readManifestNotFound(line, st) || used;
  used = readWrongOs(line, st) || used;
  used = readVer(line, st) || used;
  used = readKubernetes(line, st) || used;
  used = readOsVersionTable(line, st) || used;
  // Builds whose role the words tell (a label, a sentence) are read with it and blanked for the readers after.
  let rest = line;
  if (st.mentions.length === before) {
    const labelled = readLabelledBuild(line, st);
    const told = labelled.used ? labelled : readRoleWords(line, st);
    rest = told.rest;
    used = told.used || used;
  }
  const hadBuild = st.mentions.length > before;
  if (!hadBuild) used = readKeyValue(rest, st) || used;
  if (st.mentions.length === before) used = readOsBuild(rest, st) || used;
  // `rest`: a product name that was part of a threshold (`Windows Server 2022 or later`) names no host.
  const hasProduct = readProduct(rest, st);
  used = hasProduct || used;
  used = readVersionWords(rest, st) || used;
  used = readEditions(rest, st) || used;
  if (st.mentions.length === before) used = readPartialBuild(rest, st, hasProduct) || used;
  if (st.mentions.length === before) used = readLooseBuilds(rest, st, hasProduct) || used;
  return used;
}

/** Reads pasted host text (command output, labels, errors) and finds its build and hosts; never throws. */
export function parseHostText(input: string, catalog: Catalog): HostTextResult {
  const clean = cleanText(input);
  const st = newState(catalog);
  const used: number[] = [];
  if (clean.truncated) st.problems.push(`Only the first ${clean.text.length} characters were read.`);
  if (clean.hadBinary) st.problems.push('Removed characters that are not text (binary or control bytes).');
  try {
    const { lines, truncated } = splitLines(clean.text);
    if (truncated) st.problems.push(`Only the first ${lines.length} lines were read.`);
    if (readWholeInput(clean.text, st)) used.push(0);
    else
      lines.forEach((line, i) => {
        if (readLine(line, st)) used.push(i);
      });
  } catch {
    // Defensive: never let a reader bug break the page.
    st.problems.push('Part of the text could not be analysed.');
  }
  return finish(st, used, clean.text.trim() === '');
}
