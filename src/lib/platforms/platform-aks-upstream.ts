/**
 * The drift check of content/platforms/aks.yaml against our record of the Azure/AKS repository
 * (`upstream/aks/windows.json`): the Windows node images AKS published per OS folder, and the lifecycle
 * notices of its release notes. It holds each linked variant's host build, start, retirement and removal
 * days and, for Windows Server 2022, the first Kubernetes version without it. Pure; takes the snapshot
 * structurally so this layer does not import the upstream folder.
 */
import type { Platform, PlatformVariant } from './platform-schema';
import type { PlatformUpstreamFinding } from './platform-upstream';

/** The parts of the AKS snapshot the check reads (a subset of upstream's AksWindowsSnapshot). */
export interface AksUpstreamSnapshot {
  nodeImages: Record<string, readonly { version: string; build: number; date: string }[]>;
  notices: readonly {
    release: string;
    subject: string;
    dates: readonly string[];
    kubernetes: readonly string[];
  }[];
}

/** How one variant maps onto the snapshot. */
export interface AksVariantLink {
  /** The node-notes folder of its images. */
  folder: string;
  /** The host id of content/hosts/ its images must carry the build of. */
  host: string;
  /** The notices' subject for it. */
  subject: string;
  /** The first Kubernetes minor version without it, when AKS names one. */
  kubernetesLimit?: string;
  /** Why the notes cannot date its start, when they begin after it. */
  notesBeginLate?: string;
}

/** Variant id → link, for content/platforms/aks.yaml. */
export const AKS_UPSTREAM_LINKS: Readonly<Record<string, AksVariantLink>> = {
  windows2019: {
    folder: '2019',
    host: 'ws2019',
    subject: 'Windows2019',
    notesBeginLate:
      'The node notes begin with 17763.1397.200904 (2020-09-04), after Windows node pools became generally available.',
  },
  windows2022: { folder: '2022', host: 'ws2022', subject: 'Windows2022', kubernetesLimit: '1.37' },
  'windows-annual': {
    folder: '23H2',
    host: 'ws23h2',
    subject: 'WindowsAnnual',
    notesBeginLate:
      'The 23H2 notes begin with 25398.1085.240814 (2024-08-14), seven weeks after the preview opened.',
  },
  windows2025: { folder: '2025', host: 'ws2025', subject: 'Windows2025' },
};

/** Longest gap we accept between the first listed image and the day we say a variant began giving its host. */
export const START_SLACK_DAYS = 31;
/** Longest gap we accept between a retirement and the last image before it. */
export const LAST_IMAGE_SLACK_DAYS = 45;
/** Longest gap we accept between the snapshot and the newest image of a variant that is still patched. */
export const PATCHED_SLACK_DAYS = 62;

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function hostFrom(variant: PlatformVariant, host: string): string | undefined {
  return variant.hosts.find((entry) => entry.host === host)?.from;
}

function checkImages(
  variant: PlatformVariant,
  link: AksVariantLink,
  images: AksUpstreamSnapshot['nodeImages'][string],
  hostBuild: number | undefined,
  taken: string,
): string[] {
  const messages: string[] = [];
  const first = images[0];
  const last = images.at(-1);
  if (!first || !last)
    return [`the snapshot of ${taken} lists no node image in vhd-notes/AKSWindows/${link.folder}`];
  const wrong = images.find((image) => image.build !== hostBuild);
  if (wrong)
    messages.push(
      `node image ${wrong.version} is build ${wrong.build}, but host ${link.host} is build ${hostBuild ?? 'unknown'}`,
    );
  const from = hostFrom(variant, link.host);
  if (link.notesBeginLate === undefined) {
    if (!from)
      messages.push(
        `hosts: no "from" for ${link.host}, but AKS lists its first image ${first.version} (${first.date})`,
      );
    else if (days(first.date, from) < 0 || days(first.date, from) > START_SLACK_DAYS)
      messages.push(
        `hosts ${link.host} from ${from}, but the first node image ${first.version} is dated ${first.date}; update the date or the link`,
      );
    const available = variant.lifecycle.available?.date;
    if (available && available < first.date)
      messages.push(
        `lifecycle.available ${available} is before the first node image ${first.version} (${first.date})`,
      );
  }
  const retired = variant.lifecycle.retired?.date;
  if (retired && last.date > retired)
    messages.push(
      `AKS published node image ${last.version} on ${last.date}, after the retirement on ${retired}; the retirement may have moved`,
    );
  else if (retired && retired <= taken && days(last.date, retired) > LAST_IMAGE_SLACK_DAYS)
    messages.push(
      `the last node image ${last.version} (${last.date}) is long before the retirement on ${retired}; check the date`,
    );
  else if ((!retired || retired > taken) && days(last.date, taken) > PATCHED_SLACK_DAYS)
    messages.push(
      `no node image since ${last.version} (${last.date}), ${Math.round(days(last.date, taken))} days before the snapshot of ${taken}; check whether AKS stopped patching it`,
    );
  return messages;
}

function checkNotices(
  variant: PlatformVariant,
  link: AksVariantLink,
  snapshot: AksUpstreamSnapshot,
  taken: string,
): string[] {
  const retired = variant.lifecycle.retired?.date;
  const removed = variant.lifecycle.removed?.date;
  if (!retired) return [];
  const notice = snapshot.notices.find((entry) => entry.subject === link.subject && entry.dates.length > 0);
  if (!notice)
    return [
      `lifecycle.retired is ${retired}, but the release notes (snapshot of ${taken}) carry no dated notice about ${link.subject}`,
    ];
  const messages: string[] = [];
  const named = `the newest dated notice about ${link.subject} (release notes of ${notice.release}) names ${notice.dates.join(', ')}`;
  if (!notice.dates.includes(retired)) messages.push(`lifecycle.retired is ${retired}, but ${named}`);
  if (removed && !notice.dates.includes(removed))
    messages.push(`lifecycle.removed is ${removed}, but ${named}`);
  if (link.kubernetesLimit) {
    if (!notice.kubernetes.includes(link.kubernetesLimit))
      messages.push(
        `we say it is not supported from Kubernetes ${link.kubernetesLimit}, but the notice of ${notice.release} names Kubernetes ${notice.kubernetes.join(', ') || 'no version'}`,
      );
    if (!variant.lifecycle.retired?.note?.includes(link.kubernetesLimit))
      messages.push(
        `lifecycle.retired.note does not name Kubernetes ${link.kubernetesLimit}, which the notice of ${notice.release} does`,
      );
  }
  return messages;
}

/** Every disagreement between content/platforms/aks.yaml and the AKS snapshot taken on `taken`. */
export function checkAksUpstream(
  platform: Platform,
  snapshot: AksUpstreamSnapshot,
  hostBuilds: Readonly<Record<string, number>>,
  taken: string,
  links: Readonly<Record<string, AksVariantLink>> = AKS_UPSTREAM_LINKS,
): PlatformUpstreamFinding[] {
  const file = `content/platforms/${platform.id}.yaml`;
  const findings: PlatformUpstreamFinding[] = [];
  for (const [variantId, link] of Object.entries(links)) {
    const where = `${file} ${variantId}`;
    const variant = platform.variants.find((entry) => entry.id === variantId);
    const images = snapshot.nodeImages[link.folder];
    if (!variant) {
      findings.push({
        where,
        message: `no variant "${variantId}"; fix the link in platform-aks-upstream.ts`,
      });
      continue;
    }
    if (!images) {
      findings.push({ where, message: `the snapshot of ${taken} has no node-notes folder "${link.folder}"` });
      continue;
    }
    const messages = [
      ...checkImages(variant, link, images, hostBuilds[link.host], taken),
      ...checkNotices(variant, link, snapshot, taken),
    ];
    findings.push(...messages.map((message) => ({ where, message })));
  }
  return findings;
}
