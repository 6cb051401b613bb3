/**
 * Builds and names in running text: `ver`, winver, release labels, editions, product names, builds cut short
 * or hidden, loose `10.0.x.y` tokens and a paste that is only a build or a name.
 */
import type { CatalogIndex } from '../catalog';
import { describeHosts, joinWords, normaliseAlias } from '../catalog';
import { addOnce, shorten, unique } from '../text';
import { phraseKey } from '../vocabulary';
import { RE } from './patterns';
import { addVersionLabel, mention, readFullVersion, reportShortBuild } from './state';
import type { MentionContext, State } from './types';

/** `Microsoft Windows [Version 10.0.17763.5458]`: the running kernel, host or container. */
export function readVer(line: string, st: State): boolean {
  const match = RE.ver.exec(line);
  if (match === null) return false;
  const parsed = readFullVersion(
    `${match[1] ?? ''}.${match[2] ?? ''}.${match[3] ?? ''}${match[4] === undefined ? '' : `.${match[4]}`}`,
    st,
  );
  st.sawVer = true;
  if (parsed !== undefined) mention(st, { ...parsed, context: 'unknown', source: 'ver' });
  return true;
}

/** `Version 22H2 (OS Build 19045.3803)` from winver, or docker info's `Operating System` line. */
export function readOsBuild(line: string, st: State): boolean {
  const match = RE.osBuild.exec(line);
  if (match === null) return false;
  const [, label, buildText = '', revisionText] = match;
  if (label !== undefined) addVersionLabel(label, st);
  if (buildText.length !== 5) {
    reportShortBuild(buildText, `OS Build ${buildText}`, st);
    return true;
  }
  const build = Number(buildText);
  mention(
    st,
    revisionText === undefined
      ? { build, context: 'host', source: 'os-build' }
      : { build, revision: Number(revisionText), context: 'host', source: 'os-build' },
  );
  return true;
}

/** Release labels anywhere in a line: `24H2`, `version 1809` (not image tags such as `:20H2`). */
export function readVersionWords(line: string, st: State): boolean {
  let found = false;
  for (const match of line.matchAll(RE.halfYearLabel)) {
    addVersionLabel(match[1] ?? '', st);
    found = true;
  }
  for (const match of line.matchAll(RE.versionWord)) {
    addVersionLabel(match[1] ?? '', st);
    found = true;
  }
  return found;
}

/** Edition names and aliases in a line (`Windows 10 Enterprise LTSC 2019`, `IoT Enterprise LTSC 2021`). */
export function readEditions(line: string, st: State): boolean {
  if (st.index.editionKeys.length === 0 || line.length > 400) return false;
  // Image references (`servercore:ltsc2019`, `mcr…/…`) are not prose: drop them before looking for names.
  let key = ` ${phraseKey(line.replace(/\S*[/:@]\S*/g, ' '))} `;
  let found = false;
  for (const entry of st.index.editionKeys) {
    const at = key.indexOf(` ${entry.key} `);
    if (at < 0) continue;
    // Blank what matched so a shorter alias of another edition inside it (`ltsc 2019`) does not match too.
    key = `${key.slice(0, at)} | ${key.slice(at + entry.key.length + 2)}`;
    found = true;
    const known = st.hints.editions.some(
      (e) => e.host.id === entry.host.id && e.edition.id === entry.edition.id,
    );
    if (!known) st.hints.editions.push({ host: entry.host, edition: entry.edition });
  }
  return found;
}

/** A build cut short (`10.0.203…48`) or hidden (`10.0.xxxxx`): resolved when only one known build fits. */
export function readPartialBuild(line: string, st: State, hasProduct: boolean): boolean {
  const hidden = RE.placeholder.exec(line);
  if (hidden !== null) {
    st.partial ??= { written: hidden[0], kind: 'hidden', candidates: [] };
    addOnce(
      st.problems,
      `The build number was hidden (${shorten(hidden[0], 30)}). Run ver or winver and paste the number it shows: ` +
        'without it no host or image can be told.',
    );
    return true;
  }
  const cut = RE.shortened.exec(line);
  if (cut === null) return false;
  const [written, prefix = '', suffix = ''] = cut;
  const candidates = shortenedCandidates(prefix, suffix, st.index);
  st.partial ??= { written, kind: 'shortened', candidates };
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) {
    mention(st, { build: only, context: hasProduct ? 'host' : 'unknown', source: 'shortened' });
    st.understood.push(
      prefix.length === 5
        ? `${written}: build ${only}; the revision was cut off.`
        : `${written} was shortened; of the builds this site knows only ${only} fits.`,
    );
  } else if (candidates.length === 0) {
    addOnce(
      st.problems,
      `${written} was shortened, and no build this site knows fits it. Paste the whole number.`,
    );
  } else {
    addOnce(
      st.problems,
      `${written} was shortened; it could be build ${joinWords(candidates.map(String))}. Paste the whole number (run ver).`,
    );
  }
  return true;
}

/** Known builds that start with `prefix` and, when the digits can still be part of the build, end with `suffix`. */
export function shortenedCandidates(prefix: string, suffix: string, index: CatalogIndex): number[] {
  if (prefix.length === 5) return index.hostsByBuild.has(Number(prefix)) ? [Number(prefix)] : [];
  const all = unique([...index.hostBuilds, ...index.imageBuilds]).sort((a, b) => a - b);
  // With room left in the five digits the tail is the end of the build; otherwise it is the revision.
  const tailInBuild = suffix !== '' && prefix.length + suffix.length <= 5;
  return all.filter((build) => {
    const text = String(build);
    return text.startsWith(prefix) && (!tailInBuild || text.endsWith(suffix));
  });
}

/** PowerShell `[Environment]::OSVersion.Version` table rows. */
export function readOsVersionTable(line: string, st: State): boolean {
  if (RE.osVersionHeader.test(line) || /^\s*-----\s+-----/.test(line)) return true;
  const match = RE.osVersionTable.exec(line);
  if (match === null) return false;
  mention(st, { build: Number(match[1]), revision: Number(match[2]), context: 'unknown', source: 'ver' });
  st.sawVer = true;
  return true;
}

/** Product names anywhere in a line: `Microsoft Windows Server 2022 Datacenter`, `Windows 11 Pro`. */
export function readProduct(line: string, st: State): boolean {
  const match = RE.product.exec(line);
  if (match === null) return false;
  const [, family = '', restRaw = ''] = match;
  const rest = restRaw.split(/[(,;|]|\s{2,}|\bVersion\b/i)[0]?.trim() ?? '';
  const name = `Windows ${family}${rest === '' ? '' : ` ${rest}`}`.trim();
  if (!st.products.includes(name)) st.products.push(name);
  st.hints.productSeen = true;
  const words = rest.toLowerCase().split(/\s+/);
  for (const word of words) st.hints.words.add(word);
  if (family.toLowerCase() === 'server') {
    st.hints.server = true;
    const year = /^(\d{4})\b/.exec(rest)?.[1];
    if (year !== undefined) st.hints.years.push(year);
  } else {
    st.hints.client = true;
    st.hints.generations.add(family === '11' ? 'windows-11' : 'windows-10');
  }
  if (words.some((w) => ['datacenter', 'standard', 'essentials'].includes(w))) st.hints.server = true;
  return true;
}

/** `10.0.17763.5458` tokens anywhere (a kubectl KERNEL-VERSION column …), if nothing else read the line. */
export function readLooseBuilds(line: string, st: State, hasProduct: boolean): boolean {
  let found = false;
  for (const token of line.split(/[\s,;()[\]"'=<>]+/)) {
    if (!token.startsWith('10.0.')) continue;
    const full = RE.fullVersion.exec(token);
    if (full === null) continue;
    const parsed = readFullVersion(token, st);
    found = true;
    if (parsed === undefined) continue;
    const context: MentionContext = hasProduct || st.kubectl ? 'host' : 'unknown';
    mention(st, { ...parsed, context, source: st.kubectl ? 'kubernetes' : 'loose' });
  }
  if (!found && st.kubectl && line.split(/\s{2,}/).some((cell) => RE.linuxKernel.test(cell.trim()))) {
    addOnce(st.understood, 'Skipped Linux nodes in the kubectl output.');
    return true;
  }
  return found;
}

/** The whole input is a bare build (`17763`, `26100.4061`, `10.0.17763.5458`) or a known alias. */
export function readWholeInput(text: string, st: State): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 60 || trimmed.includes('\n')) return false;
  const bare = RE.bareBuild.exec(trimmed);
  if (bare !== null) {
    const build = Number(bare[1]);
    mention(
      st,
      bare[2] === undefined
        ? { build, context: 'unknown', source: 'bare' }
        : { build, revision: Number(bare[2]), context: 'unknown', source: 'bare' },
    );
    return true;
  }
  // A product name (`Windows Server 2019 Standard`) is read as one, by the product rules.
  const aliasHosts = RE.product.test(trimmed)
    ? undefined
    : st.index.hostsByAlias.get(normaliseAlias(trimmed));
  if (aliasHosts !== undefined) {
    st.aliasHosts = [...aliasHosts];
    readEditions(trimmed, st);
    for (const host of aliasHosts)
      mention(st, { build: host.build, context: 'host', source: 'alias', hosts: [host] });
    st.understood.push(`"${shorten(trimmed, 40)}" is a name for ${describeHosts(aliasHosts)}.`);
    return true;
  }
  const short = RE.shortNumber.exec(trimmed);
  if (short !== null) {
    reportShortBuild(short[1] ?? '', trimmed, st);
    return true;
  }
  return false;
}
