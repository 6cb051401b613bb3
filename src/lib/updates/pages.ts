/** What the update pages, the host and cell pages, the tag guide and the API show of the catalogue. */
import type { Host, Image } from '../knowledge/schema.ts';
import { monthName, monthOf } from './calendar.ts';
import type { KindFrom, UpdateCatalogue, UpdateKind, WindowsUpdate } from './catalogue.ts';
import { buildTagOf, buildTagsStart, hasContainerImages, newestBuildTag } from './containers.ts';
import type { BuildTag, ContainerRules, ImageServicing } from './containers.ts';

/** Words for each kind, never colour alone. */
export const KIND_LABEL: Record<UpdateKind, string> = {
  security: 'Security (Patch Tuesday)',
  preview: 'Preview (optional)',
  'out-of-band': 'Out-of-band',
  hotpatch: 'Hotpatch',
};

/** The page of a release's updates, and the anchor of one update on it. */
export function updatesPath(build: number, revision?: number): string {
  return revision === undefined ? `/updates/${build}/` : `/updates/${build}/#r${revision}`;
}

/** Microsoft's support article for a KB. */
export const kbLink = (kb: string): string => `https://support.microsoft.com/help/${kb.replace(/^KB/i, '')}`;

/** The servicing span of an image, for its tag list. */
export function imageServicing(image: Image): ImageServicing {
  const end = image.support.extended?.[0]?.date ?? image.support.mainstream?.[0]?.date;
  return { repository: image.repository, build: image.build, available: image.available, end };
}

/** The newest build tag of an image as of the data date: the pin to use. */
export function newestImageTag(
  image: Image,
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  asOf: string,
): BuildTag | undefined {
  return newestBuildTag(imageServicing(image), catalogue, containers, asOf);
}

/** One release on the index: its build, hosts, how many updates and the newest security release. */
export interface ReleaseSummary {
  build: number;
  version: string;
  hosts: Pick<Host, 'id' | 'name'>[];
  count: number;
  newestSecurity?: WindowsUpdate | undefined;
}

/** The releases of the catalogue that hosts in the matrix run, oldest build first. */
export function releaseSummaries(catalogue: UpdateCatalogue, hosts: readonly Host[]): ReleaseSummary[] {
  return [...catalogue]
    .map(([build, updates]) => ({
      build,
      version: updates.at(-1)?.version ?? '',
      hosts: hosts.filter((host) => host.build === build).map(({ id, name }) => ({ id, name })),
      count: updates.length,
      newestSecurity: updates.filter((update) => update.kind === 'security').at(-1),
    }))
    .filter((release) => release.hosts.length > 0);
}

/** One row of a release page. */
export interface UpdateRowView {
  revision: number;
  update: string;
  date: string;
  month: string;
  kind: UpdateKind;
  kindFrom: KindFrom;
  kb: string;
  kbUrl: string;
  /** The build tag of the images rebuilt for it, when the update got images and build tags existed. */
  tag?: string | undefined;
}

/** Whether some image of the build was published and still serviced on a day. */
function imageServiced(images: readonly Image[], build: number, date: string): boolean {
  return images.some((image) => {
    const { available, end } = imageServicing(image);
    return image.build === build && available <= date && (end === undefined || date <= end);
  });
}

/** A release's updates, newest first; the image column only where an image of the build was serviced. */
export function updateRows(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  build: number,
  images: readonly Image[],
): UpdateRowView[] {
  const start = buildTagsStart(containers, build);
  return [...(catalogue.get(build) ?? [])].reverse().map((update) => ({
    revision: update.revision,
    update: `${update.build}.${update.revision}`,
    date: update.date,
    month: monthName(monthOf(update.date)),
    kind: update.kind,
    kindFrom: update.kindFrom,
    kb: update.kb,
    kbUrl: kbLink(update.kb),
    tag:
      start !== undefined &&
      update.date >= start &&
      hasContainerImages(containers, update) &&
      imageServiced(images, build, update.date)
        ? buildTagOf(update.build, update.revision)
        : undefined,
  }));
}

/** The latest few updates of a build, newest first, for a host page. */
export function recentUpdates(catalogue: UpdateCatalogue, build: number, count = 6): WindowsUpdate[] {
  return [...(catalogue.get(build) ?? [])].reverse().slice(0, count);
}

/** Every KB with the updates it names, sorted by number: the index by KB. */
export function updatesByKb(catalogue: UpdateCatalogue): [string, WindowsUpdate[]][] {
  const byKb = new Map<string, WindowsUpdate[]>();
  for (const update of [...catalogue.values()].flat())
    byKb.set(update.kb, [...(byKb.get(update.kb) ?? []), update]);
  return [...byKb].sort(([a], [b]) => Number(a.slice(2)) - Number(b.slice(2)));
}

/** The API document: every update per release, with the container tag where one follows. */
export function apiUpdates(
  catalogue: UpdateCatalogue,
  containers: ContainerRules,
  hosts: readonly Host[],
  images: readonly Image[],
  asOf: string,
  url: (path: string) => string,
) {
  return {
    asOf,
    source: 'Microsoft update history, via DataForGeeks (MIT licence), with our corrections',
    releases: releaseSummaries(catalogue, hosts).map((release) => ({
      build: release.build,
      version: release.version,
      hosts: release.hosts.map((host) => host.id),
      url: url(updatesPath(release.build)),
      updates: updateRows(catalogue, containers, release.build, images).map((row) => ({
        update: row.update,
        kb: row.kb,
        kbUrl: row.kbUrl,
        date: row.date,
        kind: row.kind,
        kindFrom: row.kindFrom,
        containerTag: row.tag ?? null,
      })),
    })),
  };
}
