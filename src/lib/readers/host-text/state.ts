/** The reading state: a fresh one per text, and the helpers every reader family records findings with. */
import type { Architecture, Catalog } from '../catalog';
import { indexCatalog, joinWords } from '../catalog';
import { buildsStartingWith } from '../image-reference';
import { addOnce, shorten } from '../text';
import { EXPLAIN } from './patterns';
import type { Mention, State } from './types';

/** Adds an error once, by code. */
export function addError(st: State, code: string, explanation: string): void {
  if (!st.errors.some((error) => error.code === code)) st.errors.push({ code, explanation });
}

/** `10.0.17763.5458` → build and revision; anything else → undefined (malformed ones are reported). */
export function readFullVersion(text: string, st: State): { build: number; revision?: number } | undefined {
  const parts = text.split('.');
  if (parts.length < 3 || parts[0] !== '10' || parts[1] !== '0') return undefined;
  const buildText = parts[2] ?? '';
  if (buildText.length !== 5) {
    reportShortBuild(buildText, text, st);
    return undefined;
  }
  const revision = parts[3] === undefined ? undefined : Number(parts[3]);
  return revision === undefined || Number.isNaN(revision)
    ? { build: Number(buildText) }
    : { build: Number(buildText), revision };
}

/** A build with the wrong number of digits (`10.0.1776`): say so and offer builds it may be cut from. */
export function reportShortBuild(digits: string, text: string, st: State): void {
  const near = buildsStartingWith(st.index, digits);
  const hint = near.length === 0 ? '' : ` Did you mean ${joinWords(near.map(String))}?`;
  addOnce(
    st.problems,
    `${shorten(text, 40)} is not a complete Windows build: builds have five digits (10.0.17763).${hint}`,
  );
}

/** A revision of all nines (`10.0.14393.9999`) is a ceiling written in a version constraint, not a build. */
export function isCeiling(revision: number | undefined): boolean {
  return revision !== undefined && revision >= 999 && /^9+$/.test(String(revision));
}

/** Records a build found in the text, unless it is a version ceiling (which names no machine). */
export function mention(st: State, m: Mention): void {
  if (isCeiling(m.revision)) {
    addOnce(
      st.understood,
      `10.0.${m.build}.${m.revision ?? ''} is an upper bound (any update of build ${m.build}), as written in ` +
        'os.version constraints and platform strings; it is not the build of a machine.',
    );
    return;
  }
  st.mentions.push(m);
}

/** Keeps release labels such as `22H2` or `1809` for narrowing. */
export function addVersionLabel(label: string, st: State): void {
  if (/^(\d{2}h\d|\d{4})$/i.test(label)) st.hints.versions.push(label.toUpperCase());
}

/** Notes that Docker runs Linux containers here. */
export function markLinuxDaemon(st: State): void {
  st.linuxDaemon = true;
  addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
}

/** Maps the many spellings of a CPU architecture to the schema names. */
export function readArch(value: string, st: State): boolean {
  const lower = value.toLowerCase();
  let arch: Architecture | undefined;
  if (/arm ?64|aarch64/.test(lower)) arch = 'arm64';
  else if (/\barm\b|arm32/.test(lower)) arch = 'arm32';
  else if (/x86_64|x64|amd64|64-bit/.test(lower)) arch = 'amd64';
  if (arch === undefined) return false;
  st.arch ??= arch;
  return true;
}

/** A fresh reading state for one text. */
export function newState(catalog: Catalog): State {
  return {
    index: indexCatalog(catalog),
    catalog,
    mentions: [],
    errors: [],
    products: [],
    hints: {
      server: false,
      client: false,
      generations: new Set(),
      years: [],
      words: new Set(),
      versions: [],
      productSeen: false,
      editions: [],
    },
    aliasHosts: [],
    references: [],
    containerHint: false,
    linuxDaemon: false,
    sawVer: false,
    kubectl: false,
    section: 'none',
    roleBuilds: [],
    understood: [],
    problems: [],
  };
}
