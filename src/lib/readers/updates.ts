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
import { readUpdateText } from './update-mentions.ts';
import type { UpdateMention } from './update-mentions.ts';

export {
  isUpdateLine,
  KB_TAG_BUILDS,
  readUpdateMentions,
  readUpdateText,
  updateLabel,
} from './update-mentions.ts';
export type { UpdateMention, UpdateReading } from './update-mentions.ts';

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
  /** What was understood about numbers that are not an update (a UBR without its build, hal.dll's version …). */
  notes: string[];
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
    if (mention.kb !== undefined && mention.installed === true)
      return `${mention.kb} is not a cumulative update we know of (as of ${compact.asOf}): in a list of installed updates that is usually a servicing stack, .NET, Secure Boot or other update, which does not set the revision.`;
    return mention.kb !== undefined
      ? `${mention.kb} is not a cumulative update of the releases we keep (builds 14393 and later, as of ${compact.asOf}): check the KB number.`
      : `${mention.text} is not in the update history we keep (builds 14393 and later, as of ${compact.asOf}).`;
  }
  const revision = mention.revision ?? 0;
  // Tools that do not read the revision print 0 ([Environment]::OSVersion); build strings end in .1 whatever is installed.
  if (revision === 0)
    return `${mention.text} has revision 0: the tool that printed it does not show the installed update. Run ver, or read UBR in the registry, for the revision of build ${mention.build}.`;
  if (revision === 1)
    return `${mention.text} is the first release of build ${mention.build}, before any cumulative update; kernel and BuildLabEx strings end in .1 whatever update is installed, so it does not tell the update.`;
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

const factKey = (role: string, update: WindowsUpdate) => `${role}:${update.build}.${update.revision}`;

/** Drops a KB whose update the text also gives as a revision for the same role (`KB5035857 (OS Build 20348.2340)`). */
function withoutRepeats(items: UpdateAnswerItem[]): UpdateAnswerItem[] {
  const byRevision = new Set(
    items
      .filter((item) => item.mention.kb === undefined)
      .flatMap((item) => item.facts.map((fact) => factKey(item.mention.role, fact.update))),
  );
  return items.filter(
    (item) =>
      item.mention.kb === undefined ||
      item.facts.length === 0 ||
      !item.facts.every((fact) => byRevision.has(factKey(item.mention.role, fact.update))),
  );
}

/** Two revisions of one build whose roles the text does not say: how to have them compared. */
function unsaidRoles(items: readonly UpdateAnswerItem[]): string | undefined {
  const revisions = new Map<number, Set<number>>();
  for (const { mention } of items) {
    if (mention.role !== 'unknown' || mention.build === undefined || (mention.revision ?? 0) <= 1) continue;
    revisions.set(mention.build, new Set([...(revisions.get(mention.build) ?? []), mention.revision ?? 0]));
  }
  const [build, set] = [...revisions].find(([, values]) => values.size >= 2) ?? [];
  if (build === undefined || set === undefined) return undefined;
  const list = [...set].map((revision) => `${build}.${revision}`).join(', ');
  return `The text gives revisions ${list} of build ${build} without saying which is the host's and which the image's: write "host:" and "image:" before them to have them compared.`;
}

/** Answers every update mention in a text; compares a host and an image revision of one build when both are given. */
export function answerUpdates(
  text: string,
  compact: CompactUpdates,
  catalogue = decodeUpdates(compact),
): UpdatesAnswer {
  const { mentions, notes } = readUpdateText(text);
  // A bare `24576.5` is read only for a build we know: with no `10.0.` and no word it is just a number.
  const read = mentions.filter((mention) => mention.bare !== true || catalogue.has(mention.build ?? 0));
  // In a list of installed updates the cumulative one leads; the servicing stack and other KBs follow.
  const items = withoutRepeats(read.map((mention) => answerMention(catalogue, compact, mention))).sort(
    (a, b) =>
      Number(a.mention.installed === true && a.facts.length === 0) -
      Number(b.mention.installed === true && b.facts.length === 0),
  );
  // A revision the list lacks (a newer or a private build) is still compared: the rules need only the
  // numbers; revision 0 or 1 says nothing about the update. Of installed KBs, the newest one counts.
  const revisionOf = (role: UpdateMention['role']) => {
    const candidates = items.filter(
      (candidate) =>
        candidate.mention.role === role &&
        (candidate.facts.length === 1 || (candidate.mention.revision ?? 0) > 1),
    );
    const newestInstalled = candidates
      .filter((candidate) => candidate.mention.installed === true)
      .sort((a, b) => (b.facts[0]?.update.date ?? '').localeCompare(a.facts[0]?.update.date ?? ''))[0];
    const item = candidates.find((candidate) => candidate.mention.installed !== true) ?? newestInstalled;
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
  const unsaid = comparison === undefined ? unsaidRoles(items) : undefined;
  return { items, comparison, asOf: compact.asOf, notes: unsaid === undefined ? notes : [...notes, unsaid] };
}
