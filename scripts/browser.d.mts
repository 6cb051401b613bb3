/** Flags this network needs for headless Chromium. */
export const CHROMIUM_ARGS: string[];
/** The path of a usable Chromium, or undefined when none is installed. */
export function findChromium(): string | undefined;
