/** The schema of `content/updates.yaml` (server side only: it brings zod). */
import { z } from 'astro/zod';
import { isoDate, sourceKeys } from '../knowledge/schema.ts';

const updateKind = z.enum(['security', 'preview', 'out-of-band', 'hotpatch']);
const buildRevision = z.string().regex(/^\d{5}\.\d{1,5}$/, 'expected build.revision, e.g. 17763.1757');
const month = z.string().regex(/^\d{4}-\d{2}$/, 'expected YYYY-MM');
const kb = z.string().regex(/^KB\d{6,8}$/, 'expected KB followed by digits');

/** Our corrections to the update collection. */
export const catalogueCorrectionsSchema = z.object({
  labelsTrustedFrom: isoDate,
  labelsReason: z.string().min(1),
  labelSources: sourceKeys,
  missing: z.array(
    z.object({
      update: buildRevision,
      kb,
      date: isoDate,
      kind: updateKind,
      version: z.string(),
      sources: sourceKeys,
    }),
  ),
  relabel: z.array(
    z.object({ update: buildRevision, kind: updateKind, reason: z.string().min(1), sources: sourceKeys }),
  ),
  knownGaps: z.array(
    z.object({
      month,
      builds: z.array(z.number().int()).min(1),
      reason: z.string().min(1),
      sources: sourceKeys,
    }),
  ),
});

const buildNumber = z.number().int().min(10000).max(99999);

/** Which updates get container images, and which tags a source shows. */
export const containerRulesSchema = z.object({
  rule: z.string().min(1),
  ruleSources: sourceKeys,
  buildTagsFrom: z.array(
    z.object({ builds: z.array(buildNumber).min(1), from: isoDate, sources: sourceKeys }),
  ),
  outOfBand: z.array(
    z.object({
      date: isoDate,
      kb,
      replacesMonth: month.optional(),
      note: z.string().min(1),
      tags: z.array(z.object({ build: buildNumber, revision: z.number().int().min(0), kb })).min(1),
      sources: sourceKeys,
    }),
  ),
  published: z.array(
    z.object({ tag: z.string().min(1), repository: z.string().min(1), sources: sourceKeys }),
  ),
});

/** What the revision means for process isolation per host generation. */
export const revisionRulesSchema = z.object({
  mustMatchBelowBuild: buildNumber,
  mustMatchSources: sourceKeys,
  baseline: z.object({
    month,
    kb,
    hosts: z.record(z.string(), z.number().int()),
    images: z.record(z.string(), z.number().int()),
    sources: sourceKeys,
  }),
  newerImage: z.object({ error: z.string().min(1), sources: sourceKeys }),
});

/** The whole file. */
export const updatesFileSchema = z.object({
  catalogue: catalogueCorrectionsSchema,
  containers: containerRulesSchema,
  revisions: revisionRulesSchema,
});

export type UpdatesFile = z.infer<typeof updatesFileSchema>;
