/**
 * Reads Windows update mentions in a paste (`10.0.20348.5139`, `20348.5139`, `OS Build 17763.8880`,
 * `KB5087545`, KB-style image tags like `1809-KB4480116`) and answers each with its update: release,
 * month, kind, KB link, how many security releases behind the newest it is, and the matching image tag.
 * When a paste gives a host revision and an image revision of one build, they are compared.
 * The catalogue reaches the browser in the compact form of this file (`/updates/catalogue.json`, loaded
 * on first use), so the paste island stays small.
 */
import { monthName, monthOf } from '../updates/calendar.ts';
import type { UpdateCatalogue, UpdateKind, WindowsUpdate } from '../updates/catalogue.ts';
import { compareRevisions, newestTagOnOrBefore } from '../updates/compare.ts';
import { lineName, securityAfter } from '../updates/lines.ts';
import type { RevisionComparison, RevisionRules } from '../updates/compare.ts';
import { buildTagOf, buildTagsStart, hasContainerImages } from '../updates/containers.ts';
import type { ContainerRules } from '../updates/containers.ts';

/** What a mention is and where it came from. */
export interface UpdateMention {
  text: string;
  build?: number;
  revision?: number;
  kb?: string;
  /** Whose revision it is, read from the words on its line; a KB-style tag is always an image. */
  role: 'host' | 'image' | 'unknown';
}

/** The first and last builds we read as Windows 10 and later (15063 … 30000), so `12345.6` prose is not taken. */
const MIN_BUILD = 14393;
const MAX_BUILD = 30000;
const REVISION = /\b(?:10\.0\.)?(\d{5})\.(\d{1,5})\b(?!\.\w)/g;
const KB_NUMBER = /\bKB\s?(\d{6,8})\b/gi;
const KB_TAG =
  /\b(1709|1803|1809|1903|1909|2004|2009|20H2|ltsc2016|ltsc2019|ltsc2022|ltsc2025)[-_]KB(\d{6,8})(?:[-_](?:amd64|arm64))?\b/gi;
const IMAGE_WORDS = /\b(?:image|container|OsVersion|mcr\.microsoft\.com|FROM|docker\s+(?:pull|run)|tag)\b/i;
const HOST_WORDS = /\b(?:host|node|ver|Version|OS Build|Kernel Version|systeminfo|winver|CurrentBuild)\b/i;

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

/** Every update mention in a text, in order, without repeats. */
export function readUpdateMentions(text: string): UpdateMention[] {
  const mentions: UpdateMention[] = [];
  const seen = new Set<string>();
  const add = (mention: UpdateMention, key: string) => {
    if (seen.has(key) || mentions.length >= 20) return;
    seen.add(key);
    mentions.push(mention);
  };
  for (const line of text.slice(0, 200_000).split(/\r?\n/)) {
    const role = IMAGE_WORDS.test(line) ? 'image' : HOST_WORDS.test(line) ? 'host' : 'unknown';
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
    for (const match of line.matchAll(KB_NUMBER)) {
      const kb = `KB${match[1] ?? ''}`;
      if (!tagged.has(kb)) add({ text: match[0], kb, role }, `kb:${kb}`);
    }
    for (const match of line.matchAll(REVISION)) {
      const build = Number(match[1]);
      const revision = Number(match[2]);
      if (build < MIN_BUILD || build > MAX_BUILD) continue;
      add({ text: match[0], build, revision, role }, `rev:${build}.${revision}:${role}`);
    }
  }
  return mentions;
}

/** A one-line label for a paste that is only update mentions, or undefined. */
export function updateLabel(text: string): string | undefined {
  const first = readUpdateMentions(text)[0];
  if (!first) return undefined;
  return first.kb ? `Windows update ${first.kb}` : `Windows build ${first.build}.${first.revision}`;
}

/** Whether a line holds nothing but update mentions (so it is not listed as "not understood"). */
export function isUpdateLine(line: string): boolean {
  const rest = line
    .replace(KB_TAG, '')
    .replace(KB_NUMBER, '')
    .replace(REVISION, '')
    .replace(/OS Builds?|and|[\s,.()]/gi, '');
  return rest === '' && readUpdateMentions(line).length > 0;
}

/** One update in the compact form; the fifth item is the version of an update on one line of a build whose lines split. */
export type CompactUpdate = [number, string, number, string] | [number, string, number, string, string];

/** The catalogue and rules as the browser gets them. */
export interface CompactUpdates {
  asOf: string;
  /** Per build: the release's name in the update history, and `[revision, date, KB digits, kind letter, version?]`. */
  releases: { build: number; version: string; updates: CompactUpdate[] }[];
  containers: ContainerRules;
  revisions: RevisionRules;
  /** When each build had a serviced image (first and last day): no tag is claimed outside these. */
  imageSpans?: { build: number; from: string; until?: string | undefined }[];
}

const KIND_LETTER: Record<UpdateKind, string> = {
  security: 's',
  preview: 'p',
  'out-of-band': 'o',
  hotpatch: 'h',
};
const LETTER_KIND: Record<string, UpdateKind> = {
  s: 'security',
  p: 'preview',
  o: 'out-of-band',
  h: 'hotpatch',
};

/** The compact form of the catalogue (written at build time as a static JSON file). */
export function encodeUpdates(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  revisions: RevisionRules,
  asOf: string,
  imageSpans: CompactUpdates['imageSpans'] = [],
): CompactUpdates {
  return {
    asOf,
    imageSpans,
    releases: [...catalogue].map(([build, updates]) => ({
      build,
      version: updates.at(-1)?.version ?? '',
      // An upper-case letter marks a client-only update of a build whose server line has its own revisions.
      updates: updates.map((u): CompactUpdate => {
        const letter = u.clientOnly === true ? KIND_LETTER[u.kind].toUpperCase() : KIND_LETTER[u.kind];
        return u.line !== undefined
          ? [u.revision, u.date, Number(u.kb.slice(2)), letter, u.version]
          : [u.revision, u.date, Number(u.kb.slice(2)), letter];
      }),
    })),
    containers: {
      ...containers,
      outOfBand: containers.outOfBand.map((release) => ({ ...release, note: '' })),
    },
    revisions,
  };
}

/** The catalogue back from its compact form. */
export function decodeUpdates(compact: CompactUpdates): UpdateCatalogue {
  return new Map(
    compact.releases.map(({ build, version, updates }) => [
      build,
      updates.map(([revision, date, kb, letter, lineVersion]): WindowsUpdate => ({
        build,
        revision,
        date,
        kb: `KB${kb}`,
        kind: LETTER_KIND[letter.toLowerCase()] ?? 'out-of-band',
        ...(letter !== letter.toLowerCase() ? { clientOnly: true, line: 'client' as const } : {}),
        ...(lineVersion !== undefined && letter === letter.toLowerCase() ? { line: 'server' as const } : {}),
        kindFrom: 'label' as const,
        version: lineVersion ?? version,
      })),
    ]),
  );
}

/** The image tag that matches an update, and how sure it is. */
export interface MatchingTag {
  tag: string;
  status: 'published' | 'expected' | 'nearest-older';
  /** Whether a source shows the tag; otherwise it is expected by the monthly rule. */
  published: boolean;
}

/** One update answered. */
export interface UpdateFact {
  update: WindowsUpdate;
  month: string;
  kbUrl: string;
  securityBehind: number;
  newest?: WindowsUpdate | undefined;
  tag?: MatchingTag | undefined;
  /** The line of a build that split (26100 from 2026), in words. */
  lineName?: string | undefined;
}

/** The answer for one mention. */
export interface UpdateAnswerItem {
  mention: UpdateMention;
  facts: UpdateFact[];
  /** Said when the mention is not in the catalogue. */
  unknown?: string;
}

/** Everything the paste gets from its update mentions. */
export interface UpdatesAnswer {
  items: UpdateAnswerItem[];
  comparison?: RevisionComparison | undefined;
  asOf: string;
}

/** Microsoft's support article for a KB. */
export const kbUrl = (kb: string): string => `https://support.microsoft.com/help/${kb.replace(/^KB/i, '')}`;

const isPublished = (containers: ContainerRules, tag: string): boolean =>
  containers.published.some((entry) => entry.tag === tag);

function matchingTag(
  catalogue: UpdateCatalogue,
  compact: CompactUpdates,
  update: WindowsUpdate,
): MatchingTag | undefined {
  const containers = compact.containers;
  const own = buildTagOf(update.build, update.revision);
  // A tag a source shows is confirmed even before the rule's start (10.0.17763.253, January 2019).
  if (isPublished(containers, own)) return { tag: own, status: 'published', published: true };
  const start = buildTagsStart(containers, update.build);
  if (start === undefined || update.date < start) return undefined;
  const spans = (compact.imageSpans ?? []).filter((span) => span.build === update.build);
  const serviced = spans.some(
    (span) => span.from <= update.date && (span.until === undefined || update.date <= span.until),
  );
  if (spans.length > 0 && !serviced) return undefined;
  const ownRelease = containers.outOfBand.find((release) => release.kb === update.kb);
  if (hasContainerImages(containers, update) || ownRelease) {
    const tag = buildTagOf(update.build, update.revision);
    const published = isPublished(containers, tag);
    return { tag, status: published ? 'published' : 'expected', published };
  }
  // By date, not revision: a Windows 11 24H2 update (26100.9xxx) takes the server line's image of its month.
  const nearest = newestTagOnOrBefore(catalogue, containers, update.build, update.date);
  return nearest
    ? { tag: nearest, status: 'nearest-older', published: isPublished(containers, nearest) }
    : undefined;
}

function factOf(catalogue: UpdateCatalogue, compact: CompactUpdates, update: WindowsUpdate): UpdateFact {
  // Counted by date on the update's own line: 26100's two lines number their revisions apart.
  const { behind, newest } = securityAfter(catalogue, update.build, update.line, update.date);
  return {
    update,
    month: monthName(monthOf(update.date)),
    kbUrl: kbUrl(update.kb),
    securityBehind: behind,
    newest,
    tag: matchingTag(catalogue, compact, update),
    lineName: lineName(catalogue, update.build, update.line),
  };
}

/** The container-only release (February 2020's `1809-KB4546852`) a KB names, as an update of its build. */
function containerOnly(containers: ContainerRules, kb: string, build: number | undefined): WindowsUpdate[] {
  return containers.outOfBand.flatMap((release) =>
    release.tags
      .filter((t) => (t.kb === kb || release.kb === kb) && (build === undefined || t.build === build))
      .map((t) => ({
        build: t.build,
        revision: t.revision,
        kb: t.kb,
        date: release.date,
        kind: 'out-of-band' as const,
        kindFrom: 'correction' as const,
        version: '',
      })),
  );
}

/** Why a mention is not in the catalogue: newer than our list, a KB we do not know, or a revision that is no update. */
function unknownText(catalogue: UpdateCatalogue, compact: CompactUpdates, mention: UpdateMention): string {
  const updates = catalogue.get(mention.build ?? 0);
  if (mention.build === undefined || !updates) {
    return mention.kb !== undefined
      ? `${mention.kb} is not a cumulative update of the releases we keep (builds 14393 and later, as of ${compact.asOf}): check the KB number.`
      : `${mention.text} is not in the update history we keep (builds 14393 and later, as of ${compact.asOf}).`;
  }
  const revision = mention.revision ?? 0;
  const below = [...updates].reverse().find((u) => u.revision < revision);
  const newerThanAll =
    below !== undefined && !updates.some((u) => u.revision > revision && u.line === below.line);
  if (newerThanAll) {
    const where = lineName(catalogue, below.build, below.line);
    return `${mention.text} is newer than the newest update we know of build ${mention.build}${where ? ` on ${where}` : ''} (${below.build}.${below.revision}, ${below.kb}, ${below.date}): it is probably a later update, released after our list was taken (${compact.asOf}).`;
  }
  return `${mention.text} is not a cumulative update in the update history of build ${mention.build} (as of ${compact.asOf}); the nearest older one is ${below ? `${below.build}.${below.revision} (${below.kb}, ${below.date})` : 'unknown'}.`;
}

function answerMention(
  catalogue: UpdateCatalogue,
  compact: CompactUpdates,
  mention: UpdateMention,
): UpdateAnswerItem {
  const all = [...catalogue.values()].flat();
  let updates: WindowsUpdate[];
  if (mention.kb !== undefined) {
    const byKb = all.filter(
      (u) => u.kb === mention.kb && (mention.build === undefined || u.build === mention.build),
    );
    updates = byKb.length > 0 ? byKb : containerOnly(compact.containers, mention.kb, mention.build);
  } else {
    const exact = (catalogue.get(mention.build ?? 0) ?? []).find((u) => u.revision === mention.revision);
    updates = exact
      ? [exact]
      : containerOnly(compact.containers, '', undefined).filter(
          (u) => u.build === mention.build && u.revision === mention.revision,
        );
  }
  if (updates.length === 0) return { mention, facts: [], unknown: unknownText(catalogue, compact, mention) };
  return { mention, facts: updates.slice(0, 6).map((u) => factOf(catalogue, compact, u)) };
}

/** Answers every update mention in a text; compares a host and an image revision of one build when both are given. */
export function answerUpdates(
  text: string,
  compact: CompactUpdates,
  catalogue = decodeUpdates(compact),
): UpdatesAnswer {
  const mentions = readUpdateMentions(text);
  const items = mentions.map((mention) => answerMention(catalogue, compact, mention));
  // A revision the list lacks (a newer or a private build) is still compared: the rules need only the numbers.
  const revisionOf = (role: UpdateMention['role']) => {
    const item = items.find(
      (candidate) =>
        candidate.mention.role === role &&
        (candidate.facts.length === 1 || candidate.mention.revision !== undefined),
    );
    const { build, revision } = item?.mention ?? {};
    if (build !== undefined && revision !== undefined) return { build, revision };
    return item?.facts.length === 1 ? item.facts[0]?.update : undefined;
  };
  const host = revisionOf('host');
  const image = revisionOf('image');
  const comparison =
    host && image && host.build === image.build
      ? compareRevisions(catalogue, compact.containers, compact.revisions, host, image)
      : undefined;
  return { items, comparison, asOf: compact.asOf };
}
