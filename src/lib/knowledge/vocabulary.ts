/**
 * The fixed word lists of the data model, kept apart from the zod schemas so that browser code (islands,
 * parsers) can use them without shipping zod.
 */

/** The matrix groups hosts into these rows, in this order. */
export const hostGroups = ['server-ltsc', 'server-sac', 'windows-11', 'windows-10'] as const;

/** The four base-image families, in matrix column order. */
export const imageFamilies = ['servercore', 'nanoserver', 'server', 'windows'] as const;
