/** The schema of `content/updates.yaml` (server side only: it brings zod). */
import { z } from 'astro/zod';
import { isoDate, sourceKeys } from '../schema.ts';

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

/** The whole file. */
export const updatesFileSchema = z.object({
  catalogue: catalogueCorrectionsSchema,
});

export type UpdatesFile = z.infer<typeof updatesFileSchema>;
