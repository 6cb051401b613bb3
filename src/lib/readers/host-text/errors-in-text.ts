/** Error messages inside host text: hex codes, pull and run errors, and the builds they name. */
import { parseImageReference } from '../image-reference';
import { EXPLAIN, HEX_CODES, RE } from './patterns';
import { tell } from './roles';
import { addError, mention, readArch, readFullVersion } from './state';
import type { State } from './types';

/** Hex error codes such as 0xc0370101. */
export function readHexCodes(line: string, st: State): boolean {
  const codes = line.match(RE.hexCode);
  if (codes === null) return false;
  let found = false;
  for (const raw of codes) {
    const code = raw.toLowerCase();
    const explanation = HEX_CODES[code];
    if (explanation !== undefined) addError(st, code, explanation);
    else if (/^0x[c8]037/.test(code)) addError(st, code, EXPLAIN.unknownHcs);
    else continue;
    found = true;
  }
  return found;
}

/** The mismatch sentence, with or without its code. */
export function readMismatchSentence(line: string, st: State): boolean {
  const lower = line.toLowerCase();
  const hit =
    lower.includes('does not match the host operating system') ||
    lower.includes('does not match the operating system of the host');
  if (hit) addError(st, '0xc0370101', EXPLAIN.mismatch);
  return hit;
}

/** `no matching manifest for windows/amd64 10.0.19045 in the manifest list entries` (host build). */
export function readNoManifest(line: string, st: State): boolean {
  if (RE.noManifestUnknown.test(line)) {
    addError(st, 'no-matching-manifest', EXPLAIN.noManifestUnknown);
    return true;
  }
  const match = RE.noManifest.exec(line);
  if (match === null) return false;
  const [, os = '', arch = '', version] = match;
  if (os.toLowerCase() === 'linux') {
    st.linuxDaemon = true;
    addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
    return true;
  }
  addError(st, 'no-matching-manifest', EXPLAIN.noManifest);
  readArch(arch, st);
  const parsed = version === undefined ? undefined : readFullVersion(version, st);
  if (parsed !== undefined) {
    mention(st, { ...parsed, context: 'host', source: 'error' });
    st.understood.push(`The pull error names the host build: ${parsed.build}.`);
  }
  return true;
}

/** `a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host`. */
export function readIncompatible(line: string, st: State): boolean {
  const match = RE.incompatible.exec(line);
  if (match === null) return false;
  addError(st, 'image-newer-than-host', EXPLAIN.newerImage);
  const image = readFullVersion(match[1] ?? '', st);
  const host = readFullVersion(match[2] ?? '', st);
  // The message's shape says which build is whose: `X-based image … Y host`.
  if (image !== undefined) {
    mention(st, { ...image, context: 'image', source: 'error', told: 'message' });
    tell(st, { ...image, role: 'image', written: match[1] ?? '', by: 'message' });
  }
  if (host !== undefined) {
    mention(st, { ...host, context: 'host', source: 'error', told: 'message' });
    tell(st, { ...host, role: 'host', written: match[2] ?? '', by: 'message' });
  }
  if (image !== undefined && host !== undefined) {
    st.understood.push(
      `The error names the image build (${image.build}) and the host build (${host.build}).`,
    );
  }
  return true;
}

/** `manifest for mcr.microsoft.com/windows/servercore:latest not found`. */
export function readManifestNotFound(line: string, st: State): boolean {
  const match = RE.manifestNotFound.exec(line);
  if (match === null) return false;
  const reference = (match[1] ?? '').replace(/[:,;'"]+$/, '');
  const parsed = parseImageReference(reference, st.catalog);
  st.references.push(parsed);
  addError(st, 'manifest-not-found', parsed.reason ?? EXPLAIN.manifestNotFound);
  return true;
}

/** `image operating system "windows" cannot be used on this platform`. */
export function readWrongOs(line: string, st: State): boolean {
  const match = RE.wrongOs.exec(line);
  if (match === null) return false;
  if ((match[1] ?? '').toLowerCase() === 'windows') {
    st.linuxDaemon = true;
    addError(st, 'linux-daemon', EXPLAIN.linuxDaemon);
  } else addError(st, 'linux-image', EXPLAIN.linuxImage);
  return true;
}
