/**
 * The fixed word lists of the data model, kept apart from the zod schemas so that browser code (islands,
 * parsers) can use them without shipping zod.
 */

/** The matrix groups hosts into these rows, in this order. */
export const hostGroups = ['server-ltsc', 'server-sac', 'windows-11', 'windows-10'] as const;

/** The four base-image families, in matrix column order. */
export const imageFamilies = ['servercore', 'nanoserver', 'server', 'windows'] as const;

/**
 * The family that took over each ended family's role. Microsoft published no Windows image after 20H2; the
 * Windows Server image (full API, GPU acceleration) replaced it, as windows-20h2.yaml's missing ltsc2022 and
 * ltsc2025 tags say. Advice prefers the successor right after the same family, before Server Core.
 */
export const FAMILY_SUCCESSOR: Readonly<
  Partial<Record<(typeof imageFamilies)[number], (typeof imageFamilies)[number]>>
> = {
  windows: 'server',
};
