/**
 * Zod schema for the platforms kept in `content/platforms/<id>.yaml`: where Windows containers actually
 * run (CI runners, managed Kubernetes, cloud container services, Docker Desktop). A platform has variants
 * (runner labels, node-pool OS SKUs, AMI families …); each variant gives one or more hosts of
 * `content/hosts/` over time and has its own calendar, which is not the operating system's.
 *
 * Reused by `src/content.config.ts` (the build), `src/lib/platforms/platforms.ts` (the model) and the unit tests.
 * What a schema cannot see (host ids exist, source keys exist and carry a date, no pattern of another
 * variant matches a variant's examples) is checked by `buildPlatforms` in `src/lib/platforms/platforms.ts`.
 * Every field carries a short comment because content authors read this file to learn the format.
 */
import { z } from 'astro/zod';
import { isoDate, slugId, sourceKeys } from '../knowledge/schema';
import { platformDefaultSchema } from './platform-default-schema';

/** Kinds of platform, in the order the index lists them. */
export const platformKinds = ['ci', 'kubernetes', 'container-service', 'desktop', 'other'] as const;

/** How people write a variant: the forms the `writtenAs` examples are grouped by. */
export const writtenForms = [
  'label',
  'workflow',
  'cli',
  'node-label',
  'arm',
  'bicep',
  'terraform',
  'ami-name',
  'ssm-parameter',
  'task-definition',
  'config',
  'error',
  'other',
] as const;

/** Whether the platform lets containers run in one isolation mode. */
export const isolationRuleSchema = z.object({
  allowed: z.boolean(),
  /** Why not, or under which condition, in our own words. */
  note: z.string().min(1).optional(),
  sources: sourceKeys,
});

/** The isolation modes a platform allows (both modes must be stated). */
export const platformIsolationSchema = z.object({
  process: isolationRuleSchema,
  hyperv: isolationRuleSchema,
});

/** A variant's override of the platform's isolation modes; a mode left out keeps the platform's rule. */
export const variantIsolationSchema = z.object({
  process: isolationRuleSchema.optional(),
  hyperv: isolationRuleSchema.optional(),
});

/** A dated platform fact: a lifecycle milestone. */
export const platformDateSchema = z.object({
  date: isoDate,
  /** Anything the reader should know with the date, in our own words. */
  note: z.string().min(1).optional(),
  sources: sourceKeys,
});

/** One host a variant gives, and when it gave it (`windows-latest` gave ws2022, then ws2025). */
export const variantHostSchema = z
  .object({
    /** A host id: a file name in `content/hosts/` without `.yaml`. */
    host: slugId,
    /** First day the variant gave this host; leave out when unknown and say so in `note`. */
    from: isoDate.optional(),
    /** Last day the variant gave this host; leave out while it still gives it. */
    to: isoDate.optional(),
    note: z.string().min(1).optional(),
    sources: sourceKeys,
  })
  .refine((entry) => !entry.from || !entry.to || entry.from < entry.to, {
    message: 'expected "from" to be earlier than "to"',
    path: ['to'],
  });

/** The platform's own calendar for a variant. */
export const variantLifecycleSchema = z
  .object({
    /** When the platform first offered the variant. */
    available: platformDateSchema.optional(),
    /** When the platform stops supporting (patching) it. */
    retired: platformDateSchema.optional(),
    /** When it can no longer be created or run. */
    removed: platformDateSchema.optional(),
  })
  .superRefine((lifecycle, context) => {
    const present: { name: string; date: string }[] = [];
    for (const name of ['available', 'retired', 'removed'] as const) {
      const date = lifecycle[name]?.date;
      if (date) present.push({ name, date });
    }
    present.forEach((later, index) => {
      const earlier = index > 0 ? present[index - 1] : undefined;
      if (earlier && later.date < earlier.date)
        context.addIssue({
          code: 'custom',
          message: `expected ${later.name} (${later.date}) on or after ${earlier.name} (${earlier.date})`,
          path: [later.name, 'date'],
        });
    });
  });

/** An announced change with its date (past or future). */
export const platformChangeSchema = z.object({
  date: isoDate,
  /** What changes, in our own words. */
  text: z.string().min(1),
  sources: sourceKeys,
});

/** A realistic example of how people write a variant. */
export const writtenAsSchema = z.object({
  form: z.enum(writtenForms),
  /** The example, as it would be pasted. It must match one of its variant's `match` patterns. */
  text: z.string().min(1),
  sources: sourceKeys,
});

/** A JavaScript regular expression source, compiled case-insensitive. */
export const matchPattern = z
  .string()
  .min(1)
  .superRefine((pattern, context) => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(pattern, 'i');
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message: `expected a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`,
      });
      return;
    }
    if (compiled.test(''))
      context.addIssue({ code: 'custom', message: 'expected a pattern that does not match an empty text' });
  });

/** Where sources disagree on a field: both readings and the one the site follows. */
export const readingSchema = z
  .object({
    /** The field the readings are about, as a path: `lifecycle.retired`, `hosts[1].from` … */
    field: z.string().min(1),
    values: z
      .array(z.object({ value: z.string().min(1), sources: sourceKeys }))
      .min(2, 'expected at least two readings (one reading is not a disagreement)'),
    /** The value the site follows: one of `values`. */
    follows: z.string().min(1),
    /** Why, in one sentence of our own. */
    reason: z.string().min(1),
  })
  .refine((reading) => reading.values.some((entry) => entry.value === reading.follows), {
    message: 'expected "follows" to be one of the "values"',
    path: ['follows'],
  });

/** One variant of a platform: a runner label, a node-pool OS SKU, an AMI family, a plan kind. */
export const variantSchema = z
  .object({
    /** URL-safe id, unique in the platform: `/platforms/<platform>/<variant>/`. */
    id: slugId,
    /** How the platform names it, e.g. "Windows Server 2022 node pools" or "windows-latest". */
    name: z.string().min(1),
    summary: z.string().min(1).optional(),
    /** The hosts the variant gives, with when it gave each. */
    hosts: z.array(variantHostSchema).min(1, 'expected at least one host the variant gives'),
    isolation: variantIsolationSchema.optional(),
    lifecycle: variantLifecycleSchema.default({}),
    /** Variant ids of this platform to move to once this one is removed, with who advises it. */
    replacedBy: z
      .object({ variants: z.array(slugId).min(1), note: z.string().min(1).optional(), sources: sourceKeys })
      .optional(),
    changes: z.array(platformChangeSchema).default([]),
    writtenAs: z.array(writtenAsSchema).min(1, 'expected at least one example of how people write it'),
    /** Case-insensitive regular expressions that recognise this variant in a paste. */
    match: z.array(matchPattern).min(1, 'expected at least one pattern'),
    readings: z.array(readingSchema).default([]),
  })
  .superRefine((variant, context) => {
    const patterns = variant.match.flatMap((source) => {
      try {
        return [new RegExp(source, 'i')];
      } catch {
        return [];
      }
    });
    variant.writtenAs.forEach((example, index) => {
      if (patterns.length > 0 && !patterns.some((pattern) => pattern.test(example.text)))
        context.addIssue({
          code: 'custom',
          message: `expected one of the variant's "match" patterns to match "${example.text}"`,
          path: ['writtenAs', index, 'text'],
        });
    });
  });

/** A platform: one file per platform under `content/platforms/`, file name = id. */
export const platformSchema = z
  .object({
    /** Stable id, used in URLs (`/platforms/<id>/`). */
    id: slugId,
    /** Full name, e.g. "Azure Kubernetes Service". */
    name: z.string().min(1),
    /** Short name, e.g. "AKS". */
    shortName: z.string().min(1),
    kind: z.enum(platformKinds),
    vendor: z.string().min(1),
    /** One or two sentences of our own. */
    summary: z.string().min(1),
    /** The platform's main page on Windows containers. */
    docs: z.url(),
    /** The isolation modes the platform allows (a variant may override one). */
    isolation: platformIsolationSchema,
    sources: sourceKeys,
    variants: z.array(variantSchema).min(1, 'expected at least one variant'),
    /** What the platform picks when a paste leaves the variant out (platform-default-schema.ts). */
    defaults: z.array(platformDefaultSchema).default([]),
  })
  .superRefine((platform, context) => {
    const seen = new Set<string>();
    platform.variants.forEach((variant, index) => {
      if (seen.has(variant.id))
        context.addIssue({
          code: 'custom',
          message: `expected a unique variant id, but "${variant.id}" is used twice`,
          path: ['variants', index, 'id'],
        });
      seen.add(variant.id);
    });
  });

export type Platform = z.infer<typeof platformSchema>;
export type PlatformInput = z.input<typeof platformSchema>;
export type PlatformVariant = z.infer<typeof variantSchema>;
export type VariantHost = z.infer<typeof variantHostSchema>;
export type IsolationRule = z.infer<typeof isolationRuleSchema>;
export type PlatformIsolation = z.infer<typeof platformIsolationSchema>;
export type PlatformDate = z.infer<typeof platformDateSchema>;
export type PlatformKind = (typeof platformKinds)[number];
export type WrittenForm = (typeof writtenForms)[number];
