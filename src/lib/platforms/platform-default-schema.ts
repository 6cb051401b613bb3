/**
 * Zod schema for a platform's defaults: what the platform picks when a paste leaves the variant out, by a
 * version the paste may give (AKS: a Windows node pool without an OS SKU gets Windows2019, Windows2022 or
 * Windows2025 depending on the Kubernetes version). Kept apart from `platform-schema.ts` so that file stays
 * about variants; `buildPlatforms` checks what a schema cannot see (rule variants exist, ranges do not overlap).
 */
import { z } from 'astro/zod';
import { slugId, sourceKeys } from '../knowledge/schema';

/** A `major.minor` version such as `1.25`. */
export const minorVersion = z.string().regex(/^\d+\.\d+$/, 'expected a version such as "1.25"');

/** One band of versions and the variant(s) the platform picks there. */
export const defaultRuleSchema = z
  .object({
    /** First version of the band (inclusive); leave out for "every earlier version". */
    from: minorVersion.optional(),
    /** Last version of the band (inclusive); leave out for "every later version". */
    to: minorVersion.optional(),
    /** Variant ids of this platform. Two or more only where sources disagree; `note` then says so. */
    variants: z.array(slugId).min(1, 'expected at least one variant'),
    /** Why, or which sources disagree, in our own words. */
    note: z.string().min(1).optional(),
    sources: sourceKeys,
  })
  .refine((rule) => rule.variants.length === 1 || rule.note !== undefined, {
    message: 'expected a note saying why more than one variant is possible',
    path: ['note'],
  });

/** A default of a platform: how a paste that leaves the variant out is recognised, and what it gets. */
export const platformDefaultSchema = z.object({
  /** URL-safe id, unique in the platform (the anchor of the platform page's section). */
  id: slugId,
  /** What the paste describes, e.g. "Windows node pool without an OS SKU". */
  name: z.string().min(1),
  /** What decides, e.g. "Kubernetes" (read as "Kubernetes 1.29"). */
  versionName: z.string().min(1),
  /** Case-insensitive regular expressions recognising a paste that leaves the variant out. */
  match: z.array(z.string().min(1)).min(1, 'expected at least one pattern'),
  /** Case-insensitive regular expressions whose first group is the `major.minor` version; earlier ones win. */
  versionMatch: z.array(z.string().min(1)).min(1, 'expected at least one pattern'),
  rules: z.array(defaultRuleSchema).min(1, 'expected at least one rule'),
  /** Realistic examples; each must match `match` and no variant's patterns. */
  writtenAs: z
    .array(z.object({ text: z.string().min(1), version: minorVersion.optional(), sources: sourceKeys }))
    .min(1, 'expected at least one example of how people write it'),
});

export type PlatformDefault = z.infer<typeof platformDefaultSchema>;
export type DefaultRule = z.infer<typeof defaultRuleSchema>;
