/**
 * Which updates have container base images, and which build tags follow from them. A tag is
 * "published" when a source shows it for that repository, otherwise "expected" by the rule in
 * `content/updates.yaml` (`containers:`); an expected tag is never presented as confirmed.
 */
import { monthOf } from './calendar.ts';
import type { UpdateCatalogue, WindowsUpdate } from './catalogue.ts';

/** A container release outside Patch Tuesday: its revision per build. */
export interface OutOfBandRelease {
  date: string;
  kb: string;
  /** The month whose Patch Tuesday images it replaces (February 2020), if any. */
  replacesMonth?: string | undefined;
  note: string;
  tags: { build: number; revision: number; kb: string }[];
  sources: string[];
}

/** The container half of `content/updates.yaml`. */
export interface ContainerRules {
  rule: string;
  ruleSources: string[];
  buildTagsFrom: { builds: number[]; from: string; sources: string[] }[];
  outOfBand: OutOfBandRelease[];
  published: { tag: string; repository: string; sources: string[] }[];
}

/** The image facts the tag list needs. */
export interface ImageServicing {
  repository: string;
  build: number;
  /** First day the image was published. */
  available: string;
  /** Last day it is serviced (end of extended or mainstream support), if known. */
  end?: string | undefined;
}

/** One build tag of an image, the update it carries, and how sure we are that it exists. */
export interface BuildTag {
  tag: string;
  build: number;
  revision: number;
  date: string;
  /** The KB of the update the image carries. */
  kb: string;
  status: 'published' | 'expected';
  /** Why we show it: the sources that show it, or the rule's. */
  sources: string[];
  /** True for a container release outside Patch Tuesday. */
  outOfBand: boolean;
}

/** The full build tag of an update: `10.0.20348.5139`. */
export const buildTagOf = (build: number, revision: number): string => `10.0.${build}.${revision}`;

function status(
  rules: ContainerRules,
  repository: string,
  tag: string,
): { status: BuildTag['status']; sources: string[] } {
  const shown = rules.published.find((entry) => entry.tag === tag && entry.repository === repository);
  return shown
    ? { status: 'published', sources: shown.sources }
    : { status: 'expected', sources: rules.ruleSources };
}

/** The day build tags start for a build, or undefined when the build never had them. */
export function buildTagsStart(rules: ContainerRules, build: number): string | undefined {
  return rules.buildTagsFrom.find((entry) => entry.builds.includes(build))?.from;
}

/** Whether an update gets container images of its own: the monthly security release, or a listed out-of-band release. */
export function hasContainerImages(rules: ContainerRules, update: WindowsUpdate): boolean {
  if (
    rules.outOfBand.some((release) =>
      release.tags.some((t) => t.build === update.build && t.revision === update.revision),
    )
  )
    return true;
  if (update.kind !== 'security' || update.clientOnly === true) return false;
  return !rules.outOfBand.some(
    (release) =>
      release.replacesMonth === monthOf(update.date) && release.tags.some((t) => t.build === update.build),
  );
}

/** Every build tag of an image up to `asOf`, oldest first: one per Patch Tuesday while it is serviced, plus out-of-band releases. */
export function buildTagsOfImage(
  image: ImageServicing,
  catalogue: UpdateCatalogue,
  rules: ContainerRules,
  asOf: string,
): BuildTag[] {
  const start = buildTagsStart(rules, image.build);
  if (!start) return [];
  const from = image.available > start ? image.available : start;
  const until = image.end && image.end < asOf ? image.end : asOf;
  const tags: BuildTag[] = [];
  for (const update of catalogue.get(image.build) ?? []) {
    if (
      update.date < from ||
      update.date > until ||
      update.kind !== 'security' ||
      !hasContainerImages(rules, update)
    )
      continue;
    const tag = buildTagOf(update.build, update.revision);
    tags.push({
      tag,
      build: update.build,
      revision: update.revision,
      date: update.date,
      kb: update.kb,
      outOfBand: false,
      ...status(rules, image.repository, tag),
    });
  }
  for (const release of rules.outOfBand) {
    if (release.date < from || release.date > until) continue;
    for (const entry of release.tags.filter((t) => t.build === image.build)) {
      const tag = buildTagOf(entry.build, entry.revision);
      tags.push({
        tag,
        build: entry.build,
        revision: entry.revision,
        date: release.date,
        kb: entry.kb,
        outOfBand: true,
        ...status(rules, image.repository, tag),
      });
    }
  }
  return tags.sort((a, b) => a.revision - b.revision);
}

/** The newest build tag of an image as of a day: the pin to use. */
export function newestBuildTag(
  image: ImageServicing,
  catalogue: UpdateCatalogue,
  rules: ContainerRules,
  asOf: string,
): BuildTag | undefined {
  return buildTagsOfImage(image, catalogue, rules, asOf).at(-1);
}

/** How a page words a build tag's status, so an expected tag never reads as confirmed. */
export function tagStatusWords(tagStatus: BuildTag['status']): string {
  return tagStatus === 'published'
    ? 'shown as published by a source'
    : 'expected by the monthly rule, not confirmed by a source';
}
