/**
 * AKS's Windows node-pool data from the Azure/AKS repository, the one machine-readable AKS source we found:
 * the node image notes under `vhd-notes/AKSWindows/<os>/<build>.<revision>.<yymmdd>.txt` (one file per
 * published Windows node image, named by its OS build and release day) and the lifecycle notices of
 * `CHANGELOG.md`. We keep neither file's text: `upstream/aks/windows.json` is our own record of the numbers
 * read from them (image versions and days; per notice its release, subject, dates and Kubernetes versions),
 * like the hcsshim snapshot. Pure; the fetching is in update.ts.
 */
import { UpstreamFormatError } from './endoflife.ts';

export const AKS_REPOSITORY = 'Azure/AKS';
export const AKS_NOTES_PATH = 'vhd-notes/AKSWindows';
export const AKS_CHANGELOG_PATH = 'CHANGELOG.md';
export const AKS_WINDOWS_FILE = 'aks/windows.json';

/** One published Windows node image, e.g. `26100.4946.250823` → build 26100, released 2025-08-23. */
export interface AksNodeImage {
  version: string;
  build: number;
  date: string;
}

/** Which Windows release a lifecycle notice is about (the first one it names). */
export const AKS_SUBJECTS = ['Windows2019', 'Windows2022', 'Windows2025', 'WindowsAnnual'] as const;
export type AksSubject = (typeof AKS_SUBJECTS)[number];

/** One lifecycle notice of the release notes, reduced to its facts. */
export interface AksNotice {
  /** The heading day of the release notes it is in. */
  release: string;
  subject: AksSubject;
  /** Every day it names (YYYY-MM-DD), in its order. */
  dates: string[];
  /** Every Kubernetes minor version it names, e.g. `1.37`. */
  kubernetes: string[];
}

export interface AksWindowsSnapshot {
  repository: string;
  commit: string;
  committedAt: string;
  /** Node-note folder (`2019`, `2022`, `23H2`, `2025`) → its images, oldest first. */
  nodeImages: Record<string, AksNodeImage[]>;
  /** Note file names that do not follow the naming scheme, kept so a reader sees what was skipped. */
  skipped: string[];
  /** Windows lifecycle notices, newest release first. */
  notices: AksNotice[];
}

/** A node note's file name as an image, or null when it does not follow `<build>.<revision>.<yymmdd>.txt`. */
export function parseNodeNoteName(name: string): AksNodeImage | null {
  const match = /^(\d{5})\.(\d+)\.(\d{2})(\d{2})(\d{2})\.txt$/.exec(name);
  if (!match) return null;
  const [, build, revision, yy, mm, dd] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return {
    version: `${build}.${revision}.${yy}${mm}${dd}`,
    build: Number(build),
    date: `20${yy}-${mm}-${dd}`,
  };
}

/** The images of one folder listing, oldest first, and the names that were not image notes. */
export function readNodeNotes(names: readonly string[]): { images: AksNodeImage[]; skipped: string[] } {
  const images: AksNodeImage[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const image = parseNodeNoteName(name);
    if (image) images.push(image);
    else skipped.push(name);
  }
  images.sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version));
  return { images, skipped };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')})`;
const pad = (value: number): string => String(value).padStart(2, '0');

/** Every full date in a text, as YYYY-MM-DD: `June 30, 2028`, `15 March 2027` and `2026-03-01` forms. */
export function datesIn(text: string): string[] {
  const found: { at: number; date: string }[] = [];
  const month = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi')))
    found.push({ at: m.index, date: `${m[3]}-${pad(month(m[1] ?? ''))}-${pad(Number(m[2]))}` });
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi')))
    found.push({ at: m.index, date: `${m[3]}-${pad(month(m[2] ?? ''))}-${pad(Number(m[1]))}` });
  for (const m of text.matchAll(/\b(20\d{2})-(\d{2})-(\d{2})\b/g)) found.push({ at: m.index, date: m[0] });
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.date);
}

const SUBJECT_PATTERNS: [AksSubject, RegExp][] = [
  ['WindowsAnnual', /\bAnnual Channel\b|\bWSAnnual\b/i],
  ['Windows2019', /\bWindows\s?(?:Server\s)?2019\b/i],
  ['Windows2022', /\bWindows\s?(?:Server\s)?2022\b/i],
  ['Windows2025', /\bWindows\s?(?:Server\s)?2025\b/i],
];
const LIFECYCLE = /\bretir|\bdeprecat|\bnot supported\b|\bno longer\b|\bdefault\b/i;

/** The subject a notice names first, or null when it names no Windows release. */
function subjectOf(text: string): AksSubject | null {
  let first: { at: number; subject: AksSubject } | null = null;
  for (const [subject, pattern] of SUBJECT_PATTERNS) {
    const at = text.search(pattern);
    if (at >= 0 && (!first || at < first.at)) first = { at, subject };
  }
  return first?.subject ?? null;
}

/**
 * The Windows lifecycle notices of the AKS release notes: top-level bullets that name a Windows release and
 * a lifecycle word (retire, deprecate, not supported, no longer, default). Link targets are dropped first,
 * so a date in a URL is not read as a fact.
 */
export function parseAksChangelog(markdown: string): AksNotice[] {
  const notices: AksNotice[] = [];
  let release: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+Release(?:\s+Notes)?\s*-?\s*(\d{4}-\d{2}-\d{2})/i.exec(line);
    if (heading?.[1]) {
      release = heading[1];
      continue;
    }
    if (!release || !/^[*-]\s/.test(line)) continue;
    const text = line.replace(/\]\([^)]*\)/g, ']');
    const subject = subjectOf(text);
    if (!subject || !LIFECYCLE.test(text)) continue;
    const kubernetes = [...text.matchAll(/\b(?:Kubernetes|k8s)\s+(?:version\s+)?v?(1\.\d{2})\b/gi)].map(
      (m) => m[1] ?? '',
    );
    notices.push({ release, subject, dates: datesIn(text), kubernetes });
  }
  if (notices.length === 0)
    throw new UpstreamFormatError(
      `${AKS_CHANGELOG_PATH}: expected "## Release Notes - <date>" sections with Windows notices`,
    );
  return notices;
}

/** Validates a stored snapshot; `where` names it in errors. */
export function parseAksWindowsSnapshot(document: unknown, where: string): AksWindowsSnapshot {
  const fail = (field: string, expected: string): never => {
    throw new UpstreamFormatError(`${where}: field "${field}": expected ${expected}`);
  };
  const doc = (
    typeof document === 'object' && document !== null ? document : fail('(root)', 'a JSON object')
  ) as Record<string, unknown>;
  if (typeof doc['commit'] !== 'string') fail('commit', 'a commit id');
  if (typeof doc['committedAt'] !== 'string') fail('committedAt', 'a timestamp');
  const nodeImages = doc['nodeImages'];
  if (typeof nodeImages !== 'object' || nodeImages === null)
    return fail('nodeImages', 'an object of folder → images');
  for (const [folder, images] of Object.entries(nodeImages)) {
    const ok =
      Array.isArray(images) &&
      images.every((image: unknown) => {
        const i = image as Partial<AksNodeImage> | null;
        return (
          typeof i?.version === 'string' &&
          Number.isInteger(i.build) &&
          /^\d{4}-\d{2}-\d{2}$/.test(i.date ?? '')
        );
      });
    if (!ok) fail(`nodeImages.${folder}`, 'a list of { version, build, date }');
  }
  const notices = doc['notices'];
  if (
    !Array.isArray(notices) ||
    notices.some((n: unknown) => {
      const notice = n as Partial<AksNotice> | null;
      return (
        typeof notice?.release !== 'string' ||
        !AKS_SUBJECTS.includes(notice.subject as AksSubject) ||
        !Array.isArray(notice.dates) ||
        !Array.isArray(notice.kubernetes)
      );
    })
  )
    fail('notices', 'a list of { release, subject, dates, kubernetes }');
  return {
    repository: typeof doc['repository'] === 'string' ? doc['repository'] : AKS_REPOSITORY,
    commit: doc['commit'] as string,
    committedAt: doc['committedAt'] as string,
    nodeImages: nodeImages as Record<string, AksNodeImage[]>,
    skipped: Array.isArray(doc['skipped'])
      ? doc['skipped'].filter((s): s is string => typeof s === 'string')
      : [],
    notices: notices as AksNotice[],
  };
}

/** What changed between two AKS snapshots, in lines a person reads after `npm run data:update`. */
export function diffAksWindows(previous: AksWindowsSnapshot | null, next: AksWindowsSnapshot): string[] {
  if (!previous) return [`aks: new snapshot with ${Object.keys(next.nodeImages).length} node-notes folders`];
  const lines: string[] = [];
  for (const [folder, images] of Object.entries(next.nodeImages)) {
    const known = new Set((previous.nodeImages[folder] ?? []).map((image) => image.version));
    if (!previous.nodeImages[folder]) lines.push(`aks: new node-notes folder ${folder}`);
    for (const image of images.filter((entry) => !known.has(entry.version)))
      lines.push(`aks: ${folder} node image ${image.version} (${image.date})`);
  }
  for (const folder of Object.keys(previous.nodeImages).filter((name) => !(name in next.nodeImages)))
    lines.push(`aks: node-notes folder ${folder} removed`);
  const seen = new Set(previous.notices.map((notice) => JSON.stringify(notice)));
  for (const notice of next.notices.filter((entry) => !seen.has(JSON.stringify(entry))))
    lines.push(
      `aks: notice of ${notice.release} about ${notice.subject} (dates ${notice.dates.join(', ') || 'none'}; Kubernetes ${notice.kubernetes.join(', ') || 'none'})`,
    );
  return lines;
}
