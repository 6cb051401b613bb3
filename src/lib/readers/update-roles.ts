/**
 * Whose revision a mention is: the host's or the image's. Decided per mention, not per line, because
 * people write both on one line ("the host is 10.0.20348.2322 and the image 10.0.20348.2340"): a
 * revision inside an image reference is the image's; otherwise the nearest role word on the line
 * decides, strong words (host, image, node …) before weak ones (`Version`, a product name);
 * lines with no word take the role of the block they are in (a kubectl node table, a hotfix list).
 */

/** Whose revision a mention is. */
export type MentionRole = 'host' | 'image' | 'unknown';

interface RoleWord {
  start: number;
  end: number;
  role: 'host' | 'image';
  strong: boolean;
}

// One regex, leftmost match first, so `os.version` (image) is taken before its `version` (host).
const ROLE_WORDS = new RegExp(
  [
    String.raw`(?<image>\b(?:images?|containers?|OsVersion|os\.version|RepoTags|mcr\.microsoft\.com|docker\s+(?:pull|run)|tag|base|servercore|nanoserver)\b)`,
    String.raw`(?<host>\b(?:hosts?|nodes?|OS Build|Operating System|Kernel Version|KERNEL-VERSION|systeminfo|winver|CurrentBuild(?:Number)?|UBR|HotFixID|OsHotFixes|machine|server operating system)\b|\bHotfix(?:\(s\)|\(es\)|es)?(?!\w))`,
    String.raw`(?<weak>\b(?:ver|Version)\b|\bWindows (?:Server|10|11)\b)`,
  ].join('|'),
  'gi',
);

/** A token that is an image reference: `repo:tag`, `mcr.microsoft.com/…`, `windows/servercore:…`. */
const REFERENCE_TOKEN = /^[\w.-]+(?:\/[\w.-]+)*:[\w.-]+$|\//;

function roleWords(line: string): RoleWord[] {
  const words: RoleWord[] = [];
  for (const match of line.matchAll(ROLE_WORDS)) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups ?? {};
    if (groups.image !== undefined) words.push({ start, end, role: 'image', strong: true });
    else if (groups.host !== undefined) words.push({ start, end, role: 'host', strong: true });
    else words.push({ start, end, role: 'host', strong: false });
  }
  return words;
}

/** The whitespace-separated token around a position, without quotes and brackets. */
function tokenAt(line: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && !/[\s"'(),[\]]/.test(line[from - 1] ?? ' ')) from -= 1;
  while (to < line.length && !/[\s"'(),[\]]/.test(line[to] ?? ' ')) to += 1;
  return line.slice(from, to);
}

/**
 * The role of a mention at `[start, end)` of `line`; `fallback` is the role of the block it is in. A
 * revision inside an image reference is the image's; a KB never is (`support.microsoft.com/help/…`).
 */
export function roleAt(
  line: string,
  start: number,
  end: number,
  fallback: MentionRole,
  kind: 'revision' | 'kb' = 'revision',
): MentionRole {
  const token = tokenAt(line, start, end);
  // The revision is the tag of an image reference (`servercore:10.0.20348.2340`, `…/nanoserver:…-amd64`), not a web link.
  const inReference =
    kind === 'revision' &&
    token !== line.slice(start, end) &&
    !token.includes('://') &&
    REFERENCE_TOKEN.test(token) &&
    /[:/]/.test(token);
  if (inReference) return 'image';
  const words = roleWords(line);
  const distance = (word: RoleWord) =>
    word.end <= start ? start - word.end : word.start >= end ? word.start - end : 0;
  for (const strong of [true, false]) {
    const nearest = words
      .filter((word) => word.strong === strong)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (nearest) return nearest.role;
  }
  return fallback;
}

/** The role lines without role words take from the paste they are in: kubectl node tables and hotfix lists are the host's. */
export function blockRole(text: string): MentionRole {
  if (/\bOS-IMAGE\s+KERNEL-VERSION\b/.test(text)) return 'host';
  if (/\b(?:Hotfix(?:\(s\)|\(es\)|es)|HotFixID|OsHotFixes)(?!\w)/i.test(text)) return 'host';
  return 'unknown';
}

/** Whether a paste lists installed updates (systeminfo, Get-HotFix, Get-ComputerInfo): its KBs are installed, not asked about. */
export const listsInstalledUpdates = (text: string): boolean =>
  /\b(?:Hotfix(?:\(s\)|\(es\)|es)|HotFixID|OsHotFixes|InstalledOn)(?!\w)/i.test(text);
