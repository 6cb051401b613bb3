/**
 * Builds whose role the words say: a label on the line (`Host OS Version:`, `Container OS Version:` and their
 * translations) or words near the build in a sentence ("my 1803 host", "the image is 10.0.26100.3194",
 * "maximum supported OS version is 10.0.14393.9999", "earlier than version 1809"). A told role beats a guess;
 * a threshold names no machine, so it never becomes the host.
 */
import { shorten } from '../text';
import { roleInLabel, roleInSentence } from './role-words';
import type { Span } from './role-words';
import { mention } from './state';
import type { Host } from '../../knowledge/schema';
import type { HostTextResult, Mention, Role, RoleBuild, State } from './types';

/** A build or release label in running text, where it stands. */
interface Token extends Span {
  written: string;
  /** Builds it stands for: one for a build, every build of the release for a label. */
  builds: number[];
  revision?: number;
  /** The release label (`1803`), when the token is one. */
  label?: string;
  /** A product name (`Windows Server 2019`): it can only be told a threshold (as a host it is a product hint). */
  product?: true;
  /** Where a product name written right before it starts (`Windows 11 version 22H2`): part of a threshold. */
  productStart?: number;
}

/** `10.0.17763.2114`, `10.0.20348-based`, `26100.2894`: a build, with its revision when given. */
const BUILD_TOKEN = /(?<![\w.:/@-])(?:10\.0\.)?(\d{5})(?:\.(\d{1,6}))?(?!\d|\.\d)/g;
/** `1803`, `24H2` standing alone (not `nanoserver:1803`, `ltsc2019` or `10.0.1803`). */
const LABEL_TOKEN = /(?<![\w.:/@-])(\d{2}H[12]|\d{4})(?![\w:/@-]|\.\d)/gi;
/** `Windows Server 2019`, with the build in brackets after it when given (`Windows Server 2019 (10.0.17763)`). */
const PRODUCT_TOKEN =
  /(?<![\w.-])Windows\s+Server\s+(20\d\d)(\s+R2)?(?:\s*\((?:10\.0\.)?\d{5}[\d.]{0,8}\))?/giu;
/** A product name right before a release label: `Windows 11 version 22H2`, `Windows Server, version 2004`. */
const PRODUCT_BEFORE = /Windows(?:\s+(Server|10|11))?(?:,?\s+version)?\s+$/iu;
/** Only a conjunction or a bracket between two tokens: they share a role (`10.0.17763 and 10.0.20348 images`). */
const JOINED = /^\s*(?:,|\(|or|and|oder|und|ou|et|o|y|または|と|、)?\s*$/iu;
/** `Label: value` or `ラベル：value`, the label short enough to be one. */
const LABELLED = /^\s*([^:：]{1,60}?)\s*[:：]\s*(\S.*)$/u;

/** Whether a revision is all nines (`9999`): an upper bound, not an update level. */
function nines(revision: number | undefined): boolean {
  return revision !== undefined && /^9{3,}$/.test(String(revision));
}

/** The builds and release labels of a line that the catalog knows (so a port or a year is not read as one). */
function tokens(line: string, st: State): Token[] {
  const found: Token[] = [];
  for (const match of line.matchAll(BUILD_TOKEN)) {
    const build = Number(match[1]);
    if (!st.index.hostsByBuild.has(build) && !st.index.imagesByBuild.has(build)) continue;
    const token: Token = {
      start: match.index,
      end: match.index + match[0].length,
      written: match[0],
      builds: [build],
    };
    if (match[2] !== undefined) token.revision = Number(match[2]);
    found.push(token);
  }
  for (const match of line.matchAll(LABEL_TOKEN)) {
    const label = (match[1] ?? '').toUpperCase();
    const product = PRODUCT_BEFORE.exec(line.slice(0, match.index));
    const hosts = byFamily(
      st.catalog.hosts.filter((h) => h.version.toUpperCase() === label),
      product?.[1],
    );
    const builds = [...new Set(hosts.map((h) => h.build))];
    if (builds.length === 0) continue;
    const token: Token = {
      start: match.index,
      end: match.index + match[0].length,
      written: match[0],
      builds,
      label,
    };
    if (product !== null) token.productStart = product.index;
    found.push(token);
  }
  found.push(...productTokens(line, st));
  return found.sort((a, b) => a.start - b.start);
}

/** Hosts of the family a product name says (`Windows 11` → Windows 11 only), all when it says none or none fit. */
function byFamily(hosts: readonly Host[], family: string | undefined): Host[] {
  const lower = family?.toLowerCase();
  const keep = (h: Host): boolean =>
    lower === 'server'
      ? h.kind === 'server'
      : lower === '11'
        ? h.group === 'windows-11'
        : lower === '10'
          ? h.group === 'windows-10'
          : true;
  const kept = hosts.filter(keep);
  return kept.length > 0 ? kept : [...hosts];
}

/** `Windows Server 2019` in running text: the build of its plain (not Nano, not edition) hosts. */
function productTokens(line: string, st: State): Token[] {
  const found: Token[] = [];
  for (const match of line.matchAll(PRODUCT_TOKEN)) {
    const year = match[1] ?? '';
    const r2 = match[2] !== undefined;
    const hosts = st.catalog.hosts.filter(
      (h) =>
        h.kind === 'server' &&
        h.edition === undefined &&
        new RegExp(`\\b${year}\\b`).test(h.name) &&
        /\bR2\b/.test(h.name) === r2,
    );
    const builds = [...new Set(hosts.map((h) => h.build))];
    if (builds.length === 0) continue;
    const end = match.index + match[0].length;
    found.push({ start: match.index, end, written: match[0], builds, product: true });
  }
  return found;
}

/** Blanks the tokens read, so the other readers of the line do not read them again without their role. */
function mask(line: string, read: readonly Span[]): string {
  let rest = line;
  for (const span of read)
    rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
  return rest;
}

/** Keeps a told role, in text order, for the result. */
export function tell(st: State, told: RoleBuild): void {
  const known = st.roleBuilds.some(
    (r) => r.role === told.role && r.build === told.build && r.revision === told.revision,
  );
  if (!known) st.roleBuilds.push(told);
}

/** Records one token in its role: a mention for host and image (a ceiling is its platform's host), none for a threshold. */
function record(token: Token, role: Role, by: RoleBuild['by'], st: State): void {
  for (const build of token.builds) {
    const revision = nines(token.revision) ? undefined : token.revision;
    tell(st, { role, build, written: token.written, by, ...(revision === undefined ? {} : { revision }) });
    if (role === 'threshold') continue;
    const m: Mention = {
      build,
      context: role === 'image' ? 'image' : 'host',
      source: role === 'ceiling' ? 'ceiling' : by,
      told: by,
    };
    if (revision !== undefined) m.revision = revision;
    // A ceiling's nines are not a revision: record the build, not the bound.
    if (role === 'ceiling') st.mentions.push(m);
    else mention(st, m);
  }
  if (token.label !== undefined && role !== 'threshold') st.hints.versions.push(token.label);
  st.understood.push(explainRole(token, role, by));
}

/** One sentence saying which role a build was given and why. */
function explainRole(token: Token, role: Role, by: RoleBuild['by']): string {
  const what = token.label === undefined ? `Build ${token.written}` : `Release ${token.written}`;
  const how = by === 'label' ? 'its label' : 'the words around it';
  switch (role) {
    case 'host':
      return `${what} is the host's, as ${how} say.`;
    case 'image':
      return `${what} is the image's (the container's), as ${how} say.`;
    case 'ceiling':
      return `${what} is the highest build the platform accepts: its hosts run build ${token.builds.join('/')}.`;
    default:
      return `${what} is a threshold in the message ("or later", "earlier than" …), not the build of a machine.`;
  }
}

/** `Host OS Version: 10.0.20348.1547 (2022)`, `Container OS Version: …`, `ホスト OS バージョン: …`. */
export function readLabelledBuild(line: string, st: State): { used: boolean; rest: string } {
  const match = LABELLED.exec(line);
  const role = match === null ? undefined : roleInLabel(match[1] ?? '');
  if (match === null || role === undefined) return { used: false, rest: line };
  const valueAt = line.length - (match[2] ?? '').length;
  const [first] = tokens(line.slice(valueAt), st).filter((t) => t.label === undefined);
  if (first === undefined) return { used: false, rest: line };
  record(first, role, 'label', st);
  return { used: true, rest: mask(line, [{ start: valueAt + first.start, end: valueAt + first.end }]) };
}

/** Builds and release labels in a sentence, each with the role the words near it give, if any. */
export function readRoleWords(line: string, st: State): { used: boolean; rest: string } {
  // A kubectl table has role-like words (`agent`, `node`) in its columns: its own reader knows the columns.
  if (st.kubectl || line.length > 400) return { used: false, rest: line };
  const all = tokens(line, st);
  const roles = all.map((token) => {
    const role = roleInSentence(line, { start: token.productStart ?? token.start, end: token.end });
    // A product name told a host stays a product hint for the narrowing; only a threshold silences it.
    return token.product === true && role !== 'threshold' ? undefined : role;
  });
  shareJoinedRoles(line, all, roles);
  const read: Span[] = [];
  all.forEach((token, i) => {
    const role = roles[i];
    if (role === undefined || read.some((span) => span.start < token.end && span.end > token.start)) return;
    record(token, role, 'words', st);
    // A threshold takes the product name written with it, so it does not name a host either.
    read.push(role === 'threshold' ? { start: token.productStart ?? token.start, end: token.end } : token);
  });
  if (read.length > 0) keepUntold(all, read, st);
  return { used: read.length > 0, rest: mask(line, read) };
}

/** Tokens joined only by `and`, `or`, a comma or a bracket share the role one of them was told. */
function shareJoinedRoles(line: string, all: readonly Token[], roles: (Role | undefined)[]): void {
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i + 1 < all.length; i++) {
      const [a, b] = [all[i], all[i + 1]];
      if (a === undefined || b === undefined || !JOINED.test(line.slice(a.end, b.productStart ?? b.start)))
        continue;
      for (const [from, to] of [
        [i, i + 1],
        [i + 1, i],
      ] as const) {
        const role = roles[from];
        const target = all[to];
        if (role === undefined || roles[to] !== undefined || target === undefined) continue;
        if (target.product === true && role !== 'threshold') continue;
        roles[to] = role;
        changed = true;
      }
    }
  }
}

/**
 * A full build whose role no word tells, on a line where others were told, is still a build of this text: it
 * stays a candidate for the host (`built from 10.0.20348.1 and we run 10.0.17763.107`) rather than vanish.
 */
function keepUntold(all: readonly Token[], read: readonly Span[], st: State): void {
  for (const token of all) {
    if (token.label !== undefined || token.product === true || !token.written.includes('.')) continue;
    if (read.some((span) => span.start < token.end && span.end > token.start)) continue;
    for (const build of token.builds) {
      const m: Mention = { build, context: 'unknown', source: 'loose' };
      if (token.revision !== undefined) m.revision = token.revision;
      mention(st, m);
    }
  }
}

/** Host and image revisions kept side by side, and whether they differ (same build only). */
export function setRevisions(result: HostTextResult, st: State): void {
  result.roleBuilds = st.roleBuilds;
  const image = st.mentions.find(
    (m) => m.context === 'image' && m.revision !== undefined && m.build === result.imageBuild,
  );
  if (image?.revision !== undefined) result.imageRevision = image.revision;
  if (
    result.build !== undefined &&
    result.build === result.imageBuild &&
    result.revision !== undefined &&
    result.imageRevision !== undefined
  ) {
    result.revisionsDiffer = result.revision !== result.imageRevision;
  }
}

/** A short line for the answer: both revisions and whether they differ; undefined unless both are known. */
export function describeRevisions(result: HostTextResult): string | undefined {
  const { build, revision, imageBuild, imageRevision } = result;
  if (
    build === undefined ||
    revision === undefined ||
    imageBuild === undefined ||
    imageRevision === undefined
  )
    return undefined;
  const host = `10.0.${build}.${revision}`;
  const image = `10.0.${imageBuild}.${imageRevision}`;
  if (build !== imageBuild) return `Host ${host}, image ${image}: different builds.`;
  return result.revisionsDiffer === true
    ? `Host ${host}, image ${image}: same build, different update levels.`
    : `Host and image are both ${shorten(host, 30)}: same build and update level.`;
}
