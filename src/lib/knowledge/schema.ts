/**
 * Zod schemas for the Windows release data kept in `content/`.
 *
 * One schema per concept, reused by `src/content.config.ts` (build-time validation), by the
 * model builder and by the unit tests, so fixtures can never drift from what the build accepts.
 * Every field carries a short comment because content authors read this file to learn the format.
 */
import { z } from 'astro/zod';
import { hostGroups, imageFamilies } from './vocabulary';

export { hostGroups, imageFamilies } from './vocabulary';

/** ISO calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'expected a real calendar date');

/** A readable, URL-safe id: lower-case letters, digits and single hyphens. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens (e.g. ws2019)');

/** Keys into `content/sources.yaml`, e.g. `VC` or `WC-586`. */
export const sourceKeys = z.array(z.string().min(1)).min(1, 'expected at least one source key');

/** A dated lifecycle milestone with the sources that state it. */
export const datedFact = z.object({
  /** The date as the source gives it. */
  date: isoDate,
  /** Which sources give this date. */
  sources: sourceKeys,
  /** Why this value differs from another one, when sources disagree. */
  note: z.string().optional(),
  /** The editions the date applies to, where editions differ (client releases: Enterprise/Education vs Home/Pro). */
  edition: z.string().optional(),
});

/**
 * End-of-support dates. Each milestone is a list so that, where sources disagree, every value
 * is kept (first = the one the site leads with) and shown side by side.
 */
export const supportSchema = z.object({
  /** End of mainstream support (servicing end for SAC and client releases). */
  mainstream: z.array(datedFact).min(1).optional(),
  /** End of extended support (end of security updates), where the release has it. */
  extended: z.array(datedFact).min(1).optional(),
  /** End of paid Extended Security Updates, where they are offered (Windows 10 22H2, Windows Server 2016). */
  esu: z.array(datedFact).min(1).optional(),
});

/** The date fields of an endoflife.date release cycle that our dates mirror. */
export const upstreamFields = ['releaseDate', 'eoas', 'eol', 'eoes'] as const;

/** A value we deliberately do not take from the upstream, with the source we follow and why. */
export const upstreamOverrideSchema = z.object({
  /** Which upstream field: `releaseDate`, `eoas` (end of active support), `eol`, `eoes` (end of ESU). */
  field: z.enum(upstreamFields),
  /** The upstream value we do not follow, exactly as the snapshot has it (null when it has none). */
  upstream: isoDate.nullable(),
  /** Why our value differs, in one sentence. */
  reason: z.string().min(1),
  /** The sources for our value. */
  sources: sourceKeys,
});

/**
 * A link from our dates to the endoflife.date release cycle they mirror, e.g. `windows/10-22h2-w`
 * (product/cycle). `npm test` compares the dates with the snapshot in `upstream/`.
 */
export const upstreamLinkSchema = z.object({
  /** `<product>/<release cycle>` as endoflife.date names them. */
  cycle: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'expected <product>/<cycle>, e.g. windows/10-22h2-w'),
  /** The `edition` label of the support dates this cycle maps to, where editions have their own dates. */
  edition: z.string().optional(),
  overrides: z.array(upstreamOverrideSchema).default([]),
});

/**
 * A long-term or special edition that runs the host's build with its own lifecycle (Windows 10 Enterprise
 * LTSC 2019 on build 17763, IoT Enterprise LTSC 2024 on 26100 …). People name the edition, not the version.
 */
export const editionSchema = z.object({
  /** URL fragment on the host page, e.g. `enterprise-ltsc-2019`. */
  id: slugId,
  /** Full name, e.g. "Windows 10 Enterprise LTSC 2019". */
  name: z.string().min(1),
  /** LTSC, LTSB … */
  channel: z.string().min(1),
  released: isoDate,
  support: supportSchema,
  /** What people type for this edition: `ltsc 2019`, `iot enterprise ltsc 2021` … */
  aliases: z.array(z.string().min(1)).default([]),
  upstream: z.array(upstreamLinkSchema).default([]),
  sources: sourceKeys,
});

export const architecture = z.enum(['amd64', 'arm64', 'arm32']);

export const hostGroup = z.enum(hostGroups);

/** A container host: a Windows Server or Windows client release. One file per host. */
export const hostSchema = z.object({
  /** Stable id, used in URLs (`/hosts/<id>/`). Never rename; add the old id to `aliases`. */
  id: slugId,
  /** Full marketing name, e.g. "Windows Server 2019". */
  name: z.string().min(1),
  /** Short label for the matrix grid, e.g. "WS 2019". */
  shortName: z.string().min(1),
  kind: z.enum(['server', 'client']),
  /** The matrix row group. */
  group: hostGroup,
  /** Release version as Microsoft names it: 1607, 1809, 20H2, 24H2 … */
  version: z.string().min(1),
  /** The OS build number (the third part of 10.0.x.y). */
  build: z.number().int().min(10000).max(99999),
  /** Servicing channel: LTSC, SAC, Annual Channel, GA (client general availability) … */
  channel: z.string().min(1),
  /** Installation option, where it matters (Nano Server as a 2016 host). */
  edition: z.string().optional(),
  /** General availability date. `null` with a `releasedNote` where no source confirms it. */
  released: isoDate.nullable(),
  releasedNote: z.string().optional(),
  support: supportSchema.default({}),
  /** Long-term and IoT editions on the same build, each with its own dates. */
  editions: z.array(editionSchema).default([]),
  /** The endoflife.date cycles this host's dates mirror (checked against the snapshot in `upstream/`). */
  upstream: z.array(upstreamLinkSchema).default([]),
  /**
   * Architectures on which Microsoft supports Windows containers on this host, not every architecture the
   * OS ships for (Windows 10 and Windows 11 before 24H2 ran on arm64, but containers there were unsupported).
   */
  architectures: z.array(architecture).min(1),
  /** What people type to find this host: `2019`, `rs5`, `17763`, `win11 24h2` … */
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two sentences of our own on this host. */
  summary: z.string().min(1),
  /** Extra facts shown on the host page, each with its sources. */
  notes: z.array(z.object({ text: z.string().min(1), sources: sourceKeys })).default([]),
  sources: sourceKeys,
});

export const imageFamily = z.enum(imageFamilies);

/** A tag form the image had (KB tags, build tags, arch suffixes …). */
export const tagFormSchema = z.object({
  /** `floating`, `build`, `kb`, `kb-underscore`, `arch`, `alias`, `preview`. */
  form: z.enum(['floating', 'build', 'kb', 'kb-underscore', 'arch', 'alias', 'preview']),
  /** A real example of the form. */
  example: z.string().min(1),
  /** When the form was available, as free text ("2017-10 to 2019-01"). */
  period: z.string().optional(),
  note: z.string().optional(),
  sources: sourceKeys,
});

/** A tag people try that does not exist (or no longer does), and why. */
export const missingTagSchema = z.object({
  tag: z.string().min(1),
  reason: z.string().min(1),
  /** What to use instead (a tag of an existing image). */
  instead: z.string().optional(),
  sources: sourceKeys,
});

/** One published base image version. One file per image. */
export const imageSchema = z.object({
  /** Stable id `<family>-<main tag>`, used in URLs (`/images/<id>/`). */
  id: slugId,
  family: imageFamily,
  /** Display name, e.g. "Server Core ltsc2019". */
  name: z.string().min(1),
  /** Registry path on MCR, without tag. */
  repository: z
    .string()
    .regex(/^mcr\.microsoft\.com\/[a-z0-9/-]+$/, 'expected an mcr.microsoft.com/... path'),
  /** The historical Docker Hub name, where the image had one. */
  dockerHub: z.string().optional(),
  /** The Windows release it is built from: 1607, 1709 … 24H2. */
  osVersion: z.string().min(1),
  /** The Windows Server release name, e.g. "Windows Server 2019". */
  release: z.string().min(1),
  build: z.number().int().min(10000).max(99999),
  /** LTSC or SAC (the image's own channel, which may differ from its host's). */
  channel: z.string().min(1),
  /** Floating tags; the first is the one we recommend. All are the same image. */
  tags: z.array(z.string().min(1)).min(1),
  tagForms: z.array(tagFormSchema).default([]),
  missingTags: z.array(missingTagSchema).default([]),
  /** Architectures this image version is published for; an architecture with its own tag lists it as an `arch` tag form. */
  architectures: z.array(architecture).min(1),
  /** First availability date. */
  available: isoDate,
  support: supportSchema.default({}),
  /** The endoflife.date cycles this image's dates mirror (windows-server-core, windows-nano-server). */
  upstream: z.array(upstreamLinkSchema).default([]),
  /** Extra words people type: `rs5`, `2019`, `sac2016` … */
  aliases: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1),
  notes: z.array(z.object({ text: z.string().min(1), sources: sourceKeys })).default([]),
  sources: sourceKeys,
});

export const verdictValues = ['supported', 'limited', 'unsupported', 'unknown'] as const;
export const verdictValue = z.enum(verdictValues);

/** Which cells a rule exception applies to. Every given condition must hold. */
export const selectorSchema = z
  .object({
    hosts: z.array(slugId).optional(),
    hostKind: z.enum(['server', 'client']).optional(),
    hostGroups: z.array(hostGroup).optional(),
    hostBuildMin: z.number().int().optional(),
    hostBuildMax: z.number().int().optional(),
    images: z.array(slugId).optional(),
    imageFamilies: z.array(imageFamily).optional(),
    imageBuilds: z.array(z.number().int()).optional(),
    imageBuildMin: z.number().int().optional(),
    imageBuildMax: z.number().int().optional(),
    /** Only when host and image have the same build, or only when they differ. */
    sameBuild: z.boolean().optional(),
  })
  .refine(
    (s) => Object.keys(s).length > 0,
    'expected at least one condition (an empty selector would match every cell)',
  );

/** What an exception does to one isolation mode. */
export const effectSchema = z.object({
  /** Replace the computed verdict. Omit to keep it and only add the note. */
  verdict: verdictValue.optional(),
  /** One sentence that replaces the reason when `verdict` is given. */
  reason: z.string().optional(),
  /** A note shown with the verdict (required for limited/unknown, checked by the model). */
  note: z.string().optional(),
});

/** A documented exception, limit or disagreement, applied on top of the build rules. */
export const exceptionSchema = z.object({
  id: slugId,
  /** Short title shown with the note, e.g. "Windows 11 runs ltsc2022 with process isolation". */
  title: z.string().min(1),
  when: selectorSchema,
  process: effectSchema.optional(),
  hyperv: effectSchema.optional(),
  /** Set when sources disagree about these cells: the note then shows both readings. */
  disagreement: z.boolean().default(false),
  sources: sourceKeys,
});

/** A source the data cites: `content/sources.yaml` maps keys to these. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  /** What the source is: official doc, blog, runtime code, issue thread, third party. */
  type: z.enum(['docs', 'blog', 'code', 'issue', 'third-party']),
  /** Date of the version cited, where known. */
  date: isoDate.optional(),
});

/** The stable-ABI and client rules the engine follows, with their sources. */
export const rulesSchema = z.object({
  /** Builds of the "stable ABI" LTSC releases (hcsshim): 20348, 26100. */
  stableAbiBuilds: z.array(z.number().int()).min(1),
  /** First client build that allows process isolation at all (Windows 10 1809). */
  clientProcessMinBuild: z.number().int(),
  sources: z.object({
    buildMatch: sourceKeys,
    hypervNewerHost: sourceKeys,
    stableAbi: sourceKeys,
    clientProcess: sourceKeys,
  }),
});

export type Host = z.infer<typeof hostSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type UpstreamLink = z.infer<typeof upstreamLinkSchema>;
export type UpstreamField = (typeof upstreamFields)[number];
export type Image = z.infer<typeof imageSchema>;
export type HostInput = z.input<typeof hostSchema>;
export type ImageInput = z.input<typeof imageSchema>;
export type RuleException = z.infer<typeof exceptionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Rules = z.infer<typeof rulesSchema>;
export type VerdictValue = z.infer<typeof verdictValue>;
export type ImageFamily = z.infer<typeof imageFamily>;
export type HostGroup = z.infer<typeof hostGroup>;
export type Selector = z.infer<typeof selectorSchema>;

/** What kind of data change an entry of `content/changes.yaml` records. */
export const changeKinds = [
  'release-added',
  'edition-added',
  'date-added',
  'date-changed',
  'verdict-changed',
  'source-updated',
  'platform-added',
  'platform-changed',
] as const;

/** One entry of `content/changes.yaml`: a change to the facts, shown on the "What changed" page and feed. */
export const changeSchema = z
  .object({
    /** Unique, URL-safe id; also the entry's anchor on the page, e.g. `ws2016-extended-date`. */
    id: slugId,
    /** The day the change was made to the data. */
    date: isoDate,
    kind: z.enum(changeKinds),
    /** Host ids (file names in content/hosts/) the change is about. */
    hosts: z.array(slugId).default([]),
    /** Image ids (file names in content/images/) the change is about. */
    images: z.array(slugId).default([]),
    /** Platform ids (file names in content/platforms/) the change is about. */
    platforms: z.array(slugId).default([]),
    /** What changed, in our own words: the old and new value where there was one. */
    summary: z.string().min(1),
    /** Keys into content/sources.yaml for the new facts. */
    sources: sourceKeys,
  })
  .refine((change) => change.hosts.length + change.images.length + change.platforms.length > 0, {
    message: 'expected at least one host, image or platform id in "hosts", "images" or "platforms"',
    path: ['hosts'],
  });

export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = (typeof changeKinds)[number];
