/**
 * Host and image revisions compared: which update each is, whether process isolation runs the pair,
 * and what to do. Rules (with sources) from `content/updates.yaml` (`revisions:`).
 */
import { monthOf } from './calendar.ts';
import type { UpdateCatalogue, UpdateLine, WindowsUpdate } from './catalogue.ts';
import { appliesTo, lineName, lineOfRevision, securityAfter, updatesOfLine } from './lines.ts';
import { buildTagOf, hasContainerImages } from './containers.ts';
import type { ContainerRules } from './containers.ts';

/** What the revision means per host generation. */
export interface RevisionRules {
  /** Below this build (Windows Server 2016, 1709, 1803) the container's revision must equal the host's. */
  mustMatchBelowBuild: number;
  mustMatchSources: string[];
  /** The February 2020 baseline: the first revision after it, per build, for hosts and for images. */
  baseline: {
    month: string;
    kb: string;
    hosts: Record<string, number>;
    images: Record<string, number>;
    sources: string[];
  };
  /** Reports of an image newer than its host failing with this error until the host is updated. */
  newerImage: { error: string; sources: string[] };
}

/** A build.revision as read from a text. */
export interface Revision {
  build: number;
  revision: number;
}

/** A revision placed in the catalogue. */
export interface PlacedRevision extends Revision {
  /** The update with exactly this revision, when known (for a container-only release, its host-side twin may be absent). */
  update?: WindowsUpdate | undefined;
  /** The container release outside Patch Tuesday with exactly this revision, when it is one. */
  containerRelease?: { date: string; kb: string } | undefined;
  /** The newest known update at or below this revision, when the exact one is unknown. */
  atOrAfter?: WindowsUpdate | undefined;
  /** The month of the update (or of the nearest one below). */
  month?: string | undefined;
  /** Security releases of this build (on its line) published after it. */
  securityBehind: number;
  /** The line of a build that split (26100 from 2026), and its name; undefined on the shared line. */
  line?: UpdateLine | undefined;
  lineName?: string | undefined;
}

/** The comparison and the advice. */
export interface RevisionComparison {
  host: PlacedRevision;
  image: PlacedRevision;
  verdict: 'fine' | 'fails' | 'may-fail' | 'other-build';
  /** One sentence: why. */
  reason: string;
  sources: string[];
  /** The update the host needs (its KB) for the pair to be fine. */
  hostNeeds?: WindowsUpdate | undefined;
  /** The build tag to pin the image to until then. */
  pinTag?: string | undefined;
}

/** Places a revision in the catalogue: its update, month, and how many security releases came after it. */
export function placeRevision(
  catalogue: UpdateCatalogue,
  rules: ContainerRules,
  at: Revision,
): PlacedRevision {
  const updates = catalogue.get(at.build) ?? [];
  const update = updates.find((candidate) => candidate.revision === at.revision);
  const release = rules.outOfBand.find((entry) =>
    entry.tags.some((t) => t.build === at.build && t.revision === at.revision),
  );
  const tag = release?.tags.find((t) => t.build === at.build && t.revision === at.revision);
  const below = [...updates].reverse().find((candidate) => candidate.revision <= at.revision);
  const date = update?.date ?? release?.date ?? below?.date;
  const line = lineOfRevision(catalogue, at.build, at.revision);
  return {
    ...at,
    update,
    containerRelease: release && tag ? { date: release.date, kb: tag.kb } : undefined,
    atOrAfter: update ? undefined : below,
    month: date ? monthOf(date) : undefined,
    securityBehind: date
      ? securityAfter(catalogue, at.build, line, date).behind
      : updates.filter((candidate) => candidate.kind === 'security').length,
    line,
    lineName: lineName(catalogue, at.build, line),
  };
}

/** The update that brings a host to at least `revision`: that very update if the host side has it, else the next security release, else any. */
function firstUpdateReaching(
  catalogue: UpdateCatalogue,
  build: number,
  revision: number,
): WindowsUpdate | undefined {
  const updates = catalogue.get(build) ?? [];
  return (
    updates.find((update) => update.revision === revision) ??
    updates.find((update) => update.kind === 'security' && update.revision >= revision) ??
    updates.find((update) => update.revision >= revision)
  );
}

/** The first update at or above a revision whose release has images: where host and image can meet again. */
function firstImageUpdateFrom(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  build: number,
  revision: number,
): WindowsUpdate | undefined {
  return (catalogue.get(build) ?? []).find(
    (update) => update.revision >= revision && hasContainerImages(containers, update),
  );
}

/** The newest container build tag of a build at or below a revision: the image a host at that revision runs without surprises. */
export function newestTagAtOrBelow(
  catalogue: UpdateCatalogue,
  rules: ContainerRules,
  build: number,
  revision: number,
): string | undefined {
  const candidates = [
    ...(catalogue.get(build) ?? [])
      .filter((update) => hasContainerImages(rules, update))
      .map((update) => update.revision),
    ...rules.outOfBand.flatMap((release) =>
      release.tags.filter((t) => t.build === build).map((t) => t.revision),
    ),
  ].filter((candidate) => candidate <= revision);
  return candidates.length === 0 ? undefined : buildTagOf(build, Math.max(...candidates));
}

/** The newest container build tag of a build dated on or before a day (for builds whose lines split, revisions do not order). */
export function newestTagOnOrBefore(
  catalogue: UpdateCatalogue,
  rules: ContainerRules,
  build: number,
  date: string,
): string | undefined {
  const candidates = [
    ...(catalogue.get(build) ?? [])
      .filter((update) => hasContainerImages(rules, update))
      .map((update) => ({ date: update.date, revision: update.revision })),
    ...rules.outOfBand.flatMap((release) =>
      release.tags
        .filter((t) => t.build === build)
        .map((t) => ({ date: release.date, revision: t.revision })),
    ),
  ]
    .filter((candidate) => candidate.date <= date)
    .sort((a, b) => a.date.localeCompare(b.date) || a.revision - b.revision);
  const newest = candidates.at(-1);
  return newest ? buildTagOf(build, newest.revision) : undefined;
}

/** The day of a placed revision's update (or of the nearest known one below it). */
const dayOf = (placed: PlacedRevision): string | undefined =>
  placed.update?.date ?? placed.containerRelease?.date ?? placed.atOrAfter?.date;

/** Host and image on different lines of one build: compared by the date of the update each is. */
function compareAcrossLines(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  rules: RevisionRules,
  host: PlacedRevision,
  image: PlacedRevision,
): RevisionComparison {
  const hostDay = dayOf(host) ?? '';
  const imageDay = dayOf(image) ?? '';
  const where = `The host is on ${host.lineName ?? 'the shared line (before the split)'} and the image on ${image.lineName ?? 'the shared line (before the split)'}: the two lines number their revisions apart, so they are compared by the update each is (host ${host.month ?? 'unknown'}, image ${image.month ?? 'unknown'}).`;
  if (imageDay <= hostDay) {
    return {
      host,
      image,
      verdict: 'fine',
      reason: `${where} The image is not from a later update than the host, and from build 17763 on the revisions need not match.`,
      sources: rules.mustMatchSources,
    };
  }
  const hostUpdates = updatesOfLine(catalogue, host.build, host.line).filter(
    (update) => appliesTo(update, host.line) && update.date >= imageDay,
  );
  return {
    host,
    image,
    verdict: 'may-fail',
    reason: `${where} The image is from a later update than the host; images newer than their host have failed with ${rules.newerImage.error} until the host was updated.`,
    sources: rules.newerImage.sources,
    hostNeeds: hostUpdates.find((update) => update.kind === 'security') ?? hostUpdates[0],
    pinTag: newestTagOnOrBefore(catalogue, containers, host.build, hostDay),
  };
}

/** Compares a host's and an image's revision for process isolation, and says what to do. */
export function compareRevisions(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  rules: RevisionRules,
  hostAt: Revision,
  imageAt: Revision,
): RevisionComparison {
  const host = placeRevision(catalogue, containers, hostAt);
  const image = placeRevision(catalogue, containers, imageAt);
  const base = { host, image };
  if (host.build !== image.build) {
    return {
      ...base,
      verdict: 'other-build',
      reason: `The host is build ${host.build} and the image ${image.build}: revisions only compare within one build; the build pair decides.`,
      sources: [],
    };
  }
  if (host.line !== image.line) return compareAcrossLines(catalogue, containers, rules, host, image);
  const build = host.build;
  // Two revisions with no update of the build between them are one update level: a container-only
  // revision (14393.3568, 17763.1040) and the host release of the same month.
  const [low, high] = [Math.min(host.revision, image.revision), Math.max(host.revision, image.revision)];
  const sameLevel = !(catalogue.get(build) ?? []).some(
    (update) => update.revision > low && update.revision <= high,
  );
  if (build < rules.mustMatchBelowBuild) {
    if (sameLevel) {
      return {
        ...base,
        verdict: 'fine',
        reason: `Build ${build} needs the same revision on host and image, and they match.`,
        sources: rules.mustMatchSources,
      };
    }
    const imageNewer = image.revision > host.revision;
    const hostHasImage =
      newestTagAtOrBelow(catalogue, containers, build, host.revision) === buildTagOf(build, host.revision);
    return {
      ...base,
      verdict: 'fails',
      reason: `Build ${build} needs the image's revision to equal the host's under process isolation (${host.revision} ≠ ${image.revision}).`,
      sources: rules.mustMatchSources,
      hostNeeds: imageNewer
        ? firstUpdateReaching(catalogue, build, image.revision)
        : hostHasImage
          ? undefined
          : firstImageUpdateFrom(catalogue, containers, build, host.revision),
      // Only a revision that had images can be pinned; 14393.8000 has no tag to pin to.
      pinTag: hostHasImage ? buildTagOf(build, host.revision) : undefined,
    };
  }
  const hostLine = rules.baseline.hosts[String(build)];
  const imageLine = rules.baseline.images[String(build)];
  if (
    hostLine !== undefined &&
    imageLine !== undefined &&
    host.revision >= hostLine !== image.revision >= imageLine
  ) {
    const hostBefore = host.revision < hostLine;
    return {
      ...base,
      verdict: 'fails',
      reason: `Host and image are on different sides of the February 2020 security release (${rules.baseline.kb}): process isolation does not run them together.`,
      sources: rules.baseline.sources,
      hostNeeds: hostBefore
        ? firstUpdateReaching(catalogue, build, Math.max(hostLine, image.revision))
        : undefined,
      pinTag: hostBefore
        ? newestTagAtOrBelow(catalogue, containers, build, imageLine - 1)
        : newestTagAtOrBelow(catalogue, containers, build, host.revision),
    };
  }
  // Newer means the host lacks an update the image has; a container-only revision such as 17763.1040
  // over its host twin 17763.1039 is not newer.
  const hostMisses = (catalogue.get(build) ?? []).some(
    (update) => update.revision > host.revision && update.revision <= image.revision,
  );
  if (hostMisses) {
    return {
      ...base,
      verdict: 'may-fail',
      reason: `The image is from a later update than the host. Microsoft says revisions need not match from build 17763 on, but images newer than their host have failed with ${rules.newerImage.error} until the host was updated.`,
      sources: rules.newerImage.sources,
      hostNeeds: firstUpdateReaching(catalogue, build, image.revision),
      pinTag: newestTagAtOrBelow(catalogue, containers, build, host.revision),
    };
  }
  return {
    ...base,
    verdict: 'fine',
    reason: `From build 17763 on the revisions need not match, and the image is not newer than the host.`,
    sources: rules.mustMatchSources,
  };
}
