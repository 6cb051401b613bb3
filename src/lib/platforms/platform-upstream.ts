/**
 * The drift check of platform dates against a machine-readable platform source: endoflife.date's
 * `github-actions-runner-images` product against content/platforms/github-actions.yaml. For each linked
 * variant it compares general availability (`releaseDate` ↔ `lifecycle.available`), the start of
 * deprecation (`eoasFrom` ↔ `lifecycle.retired`) and removal (`eolFrom` ↔ `lifecycle.removed`). A known
 * difference is a variant `reading` that lists the upstream value under the upstream's source key; it is
 * accepted while upstream still says that value. Pure; takes the parsed product structurally so this layer
 * does not import the upstream folder.
 */
import type { Platform, PlatformVariant } from './platform-schema';

/** One release cycle as the check needs it (a subset of upstream's EolCycle). */
export interface PlatformUpstreamCycle {
  name: string;
  releaseDate: string | null;
  eoas: string | null | undefined;
  eol: string | null;
}

/** Which platform a product describes, which variant is which cycle, and what upstream lacks on purpose. */
export interface PlatformUpstreamLink {
  product: string;
  platform: string;
  /** The source key (content/sources.yaml) that stands for this product in `readings`. */
  sourceKey: string;
  /** Variant id → cycle name. */
  cycles: Record<string, string>;
  /** Variants whose cycle upstream does not list, each with the reason. */
  absent: Record<string, string>;
}

/** The links this site checks. */
export const PLATFORM_UPSTREAM_LINKS: readonly PlatformUpstreamLink[] = [
  {
    product: 'github-actions-runner-images',
    platform: 'github-actions',
    sourceKey: 'EOL-GHA-RUNNERS',
    cycles: {
      'windows-2025': 'windows-2025',
      'windows-2022': 'windows-2022',
      'windows-2019': 'windows-2019',
    },
    absent: {
      'windows-2019':
        'endoflife.date added the product in April 2026, after windows-2019 was removed (2025-06-30), and lists only images offered since.',
    },
  },
];

/** One disagreement, named so the reader knows which file to change. */
export interface PlatformUpstreamFinding {
  where: string;
  message: string;
}

const FIELDS = [
  { field: 'lifecycle.available', upstream: 'releaseDate' },
  { field: 'lifecycle.retired', upstream: 'eoasFrom' },
  { field: 'lifecycle.removed', upstream: 'eolFrom' },
] as const;

function ourDate(variant: PlatformVariant, field: (typeof FIELDS)[number]['field']): string | null {
  const key = field.slice('lifecycle.'.length) as 'available' | 'retired' | 'removed';
  return variant.lifecycle[key]?.date ?? null;
}

function theirDate(
  cycle: PlatformUpstreamCycle,
  upstream: (typeof FIELDS)[number]['upstream'],
): string | null {
  if (upstream === 'releaseDate') return cycle.releaseDate;
  if (upstream === 'eoasFrom') return cycle.eoas ?? null;
  return cycle.eol;
}

/** The value a variant's reading records for upstream's source, when it keeps one for that field. */
function recordedUpstream(
  variant: PlatformVariant,
  field: string,
  sourceKey: string,
): string | null | undefined {
  const reading = variant.readings.find((entry) => entry.field === field);
  return reading?.values.find((value) => value.sources.includes(sourceKey))?.value;
}

/** Every disagreement between one platform and its upstream product (snapshot of `taken`). */
export function checkPlatformUpstream(
  link: PlatformUpstreamLink,
  platform: Platform,
  cycles: readonly PlatformUpstreamCycle[],
  taken: string,
): PlatformUpstreamFinding[] {
  const findings: PlatformUpstreamFinding[] = [];
  const file = `content/platforms/${platform.id}.yaml`;
  for (const [variantId, cycleName] of Object.entries(link.cycles)) {
    const where = `${file} ${variantId}`;
    const variant = platform.variants.find((entry) => entry.id === variantId);
    if (!variant) {
      findings.push({ where, message: `no variant "${variantId}"; fix the link in platform-upstream.ts` });
      continue;
    }
    const cycle = cycles.find((entry) => entry.name === cycleName);
    const absentReason = link.absent[variantId];
    if (!cycle) {
      if (absentReason === undefined)
        findings.push({
          where,
          message: `endoflife.date ${link.product} (snapshot of ${taken}) has no cycle "${cycleName}"; fix the link or list it as absent with a reason`,
        });
      continue;
    }
    if (absentReason !== undefined)
      findings.push({
        where,
        message: `endoflife.date ${link.product} now lists "${cycleName}" (snapshot of ${taken}); remove it from the absent list and compare its dates`,
      });
    for (const { field, upstream } of FIELDS) {
      const ours = ourDate(variant, field);
      const theirs = theirDate(cycle, upstream);
      const recorded = recordedUpstream(variant, field, link.sourceKey);
      if (recorded !== undefined) {
        if (recorded !== theirs)
          findings.push({
            where,
            message: `${field}: the reading records ${recorded} for ${link.sourceKey}, but endoflife.date ${cycleName} ${upstream} is ${theirs ?? 'not given'} (snapshot of ${taken}); update the reading`,
          });
        else if (recorded === ours)
          findings.push({
            where,
            message: `${field}: endoflife.date now agrees with ours (${ours}); the reading is no longer a difference`,
          });
        continue;
      }
      if (ours !== theirs)
        findings.push({
          where,
          message: `${field} is ${ours ?? 'not given'} here but endoflife.date ${cycleName} ${upstream} is ${theirs ?? 'not given'} (snapshot of ${taken}); update the content or add a reading with both values, their sources and which we follow`,
        });
    }
  }
  return findings;
}
