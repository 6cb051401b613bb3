/**
 * Finds the Windows update mentions in a paste: `10.0.b.r`, `b.r`, `OS Build b.r`, KB numbers and KB
 * links, KB-style image tags, registry and PowerShell fields (`update-fields.ts`) and node image
 * versions (`20348.2227.240104`). Numbers that only look like one (a program's `14.16.27033.0`, a size
 * `20480.00`, a kernel's `20348.1.amd64fre…`) are not taken; what is read but cannot be an update is
 * said in `notes`.
 */
import { readFields } from './update-fields.ts';
import { blockRole, listsInstalledUpdates, roleAt } from './update-roles.ts';
import type { MentionRole } from './update-roles.ts';

/** What a mention is and where it came from. */
export interface UpdateMention {
  text: string;
  build?: number;
  revision?: number;
  kb?: string;
  /** Whose revision it is, read from the words around it; a KB-style tag is always an image. */
  role: MentionRole;
  /** A `b.r` without `10.0.` and without a word saying it is a build: only read for builds the catalogue has. */
  bare?: boolean;
  /** A KB from a list of installed updates (systeminfo, Get-HotFix): the machine has it, nobody asked about it. */
  installed?: boolean;
}

/** The mentions of a paste and what was understood about numbers that are not updates. */
export interface UpdateReading {
  mentions: UpdateMention[];
  notes: string[];
  /** Lines the reader used (a bare `b.r` does not count: only the catalogue can tell it is a build). */
  usedLines: Set<number>;
}

/** The first and last builds read as Windows 10 and later, so `12345.6` prose is not taken. */
const MIN_BUILD = 14393;
const MAX_BUILD = 30000;
/**
 * `10.0.b.r` or `b.r`, not inside a longer dotted version (`14.16.27033.0`, `5.1.17763.5830`) and not
 * followed by more dotted parts (`20348.1.amd64fre`); a revision never starts with 0 (`20480.00`), but
 * `.0` alone is kept: tools that do not read the revision print it.
 */
const REVISION = /(?<![\d.])\b(10\.0\.)?(\d{5})\.(0|[1-9]\d{0,4})\b(?!\.\w)/g;
const BUILD_WORD_BEFORE = /(?:\bbuild|\bversion|\bOS Build)[\s:]*$/i;
/** Node and VM image versions: `AKSWindows-2022-containerd-20348.2227.240104`, `20348.2227.240104`. */
const IMAGE_VERSION = /\b(\d{5})\.([1-9]\d{0,4})\.(\d\d(?:0[1-9]|1[0-2])[0-3]\d)\b/g;
const KB_NUMBER = /\bKB[\s-]?(\d{6,8})\b/gi;
/** `support.microsoft.com/help/5037782`, `…/kb/5034129`, with or without a language part. */
const KB_LINK = /\bsupport\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(?:help|kb)\/(\d{6,8})\b/gi;
const KB_TAG =
  /\b(1709|1803|1809|1903|1909|2004|2009|20H2|ltsc2016|ltsc2019|ltsc2022|ltsc2025)[-_]KB(\d{6,8})(?:[-_](?:amd64|arm64))?\b/gi;

/** The build of each tag word used in KB-style tags. */
export const KB_TAG_BUILDS: Record<string, number> = {
  '1709': 16299,
  '1803': 17134,
  '1809': 17763,
  ltsc2019: 17763,
  '1903': 18362,
  '1909': 18363,
  '2004': 19041,
  '2009': 19042,
  '20h2': 19042,
  ltsc2016: 14393,
  ltsc2022: 20348,
  ltsc2025: 26100,
};

const MAX_MENTIONS = 20;

/** Every update mention in a text, in order, without repeats, and notes on what is not one. */
export function readUpdateText(text: string): UpdateReading {
  const mentions: UpdateMention[] = [];
  const seen = new Set<string>();
  let current = 0;
  const usedLines = new Set<number>();
  const add = (mention: UpdateMention, key: string) => {
    if (mention.bare !== true) usedLines.add(current);
    if (seen.has(key) || mentions.length >= MAX_MENTIONS) return;
    seen.add(key);
    mentions.push(mention);
  };
  const slice = text.slice(0, 200_000);
  const lines = slice.split(/\r?\n/);
  const fields = readFields(lines);
  const fallback = blockRole(slice);
  const installed = listsInstalledUpdates(slice);
  // In a Dockerfile, an `ARG` holds what a `FROM` uses: the image.
  const dockerfile = /^\s*FROM\s+\S/im.test(slice);
  const byLine = new Map<number, { text: string; build: number; revision: number }[]>();
  for (const field of fields.revisions) byLine.set(field.line, [...(byLine.get(field.line) ?? []), field]);
  lines.forEach((line, i) => {
    current = i;
    const lineRole = dockerfile && /^\s*ARG\s/i.test(line) ? 'image' : fallback;
    // The header of a list of installed updates (`Hotfix(s): 3 Hotfix(s) Installed.`, `… HotFixID …`).
    if (installed && /\bHotfix(?:\(s\)|\(es\)|es|ID)?(?!\w)/i.test(line)) usedLines.add(i);
    for (const field of byLine.get(i) ?? []) {
      const role = roleAt(line, 0, line.length, fallback === 'unknown' ? 'host' : fallback);
      add({ ...field, role }, `rev:${field.build}.${field.revision}:${role}`);
    }
    if (fields.skipLines.has(i)) return;
    const tagged = new Set<string>();
    for (const match of line.matchAll(KB_TAG)) {
      const build = KB_TAG_BUILDS[(match[1] ?? '').toLowerCase()];
      const kb = `KB${match[2] ?? ''}`;
      tagged.add(kb);
      add(
        { text: match[0], kb, ...(build === undefined ? {} : { build }), role: 'image' },
        `tag:${kb}:${build ?? ''}`,
      );
    }
    for (const pattern of [KB_NUMBER, KB_LINK]) {
      for (const match of line.matchAll(pattern)) {
        const kb = `KB${match[1] ?? ''}`;
        if (tagged.has(kb)) continue;
        const role = roleAt(line, match.index, match.index + match[0].length, fallback, 'kb');
        add({ text: match[0], kb, role, ...(installed ? { installed: true } : {}) }, `kb:${kb}`);
      }
    }
    for (const match of line.matchAll(IMAGE_VERSION)) {
      const build = Number(match[1]);
      const revision = Number(match[2]);
      if (build < MIN_BUILD || build > MAX_BUILD) continue;
      // A node's or VM's OS image: the machine the containers run on.
      add({ text: match[0], build, revision, role: 'host' }, `rev:${build}.${revision}:host`);
    }
    for (const match of line.matchAll(REVISION)) {
      const build = Number(match[2]);
      const revision = Number(match[3]);
      if (build < MIN_BUILD || build > MAX_BUILD) continue;
      const bare = match[1] === undefined && !BUILD_WORD_BEFORE.test(line.slice(0, match.index));
      // A bare `16384.0` is a number with a decimal point, not a build that hides its revision.
      if (bare && revision === 0) continue;
      const role = roleAt(line, match.index, match.index + match[0].length, lineRole);
      add(
        { text: match[0], build, revision, role, ...(bare ? { bare: true } : {}) },
        `rev:${build}.${revision}:${role}`,
      );
    }
  });
  fields.usedLines.forEach((line) => usedLines.add(line));
  return { mentions, notes: fields.notes, usedLines };
}

/** Every update mention in a text, in order, without repeats. */
export function readUpdateMentions(text: string): UpdateMention[] {
  return readUpdateText(text).mentions;
}

/**
 * A one-line label for a paste that is only update mentions, or undefined. A bare `b.r` counts only for
 * `knownBuilds` (when given): `24576.5` is a number, `17763.5936` a build.
 */
export function updateLabel(text: string, knownBuilds?: ReadonlySet<number>): string | undefined {
  const { mentions: all, notes } = readUpdateText(text);
  const mentions = all.filter(
    (mention) => mention.bare !== true || knownBuilds === undefined || knownBuilds.has(mention.build ?? 0),
  );
  const first = mentions[0];
  if (!first) return notes.length > 0 ? 'Windows version fields' : undefined;
  if (mentions.some((mention) => mention.installed === true)) return 'List of installed updates';
  return first.kb ? `Windows update ${first.kb}` : `Windows build ${first.build}.${first.revision}`;
}

/** Whether a line holds nothing but update mentions (so it is not listed as "not understood"). */
export function isUpdateLine(line: string): boolean {
  const rest = line
    .replace(KB_TAG, '')
    .replace(KB_LINK, '')
    .replace(KB_NUMBER, '')
    .replace(REVISION, '')
    .replace(/https?:\/\/|OS Builds?|and|[\s,.()]/gi, '');
  return rest === '' && readUpdateMentions(line).length > 0;
}
