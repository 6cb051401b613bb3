/**
 * The zod-free part of platform defaults, shared by the build and the browser (the paste box): reading a
 * `major.minor` version out of a paste and finding the band of a default's rules it falls in. Pure.
 */

/** One band of versions of a default, as both the model and the reader hold it. */
export interface VersionBand {
  from?: string | undefined;
  to?: string | undefined;
}

/** Compares `major.minor` versions numerically (1.9 < 1.10); negative when `a` is earlier. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Whether a version falls in a band (both ends inclusive, open ends cover everything on their side). */
export function inBand(band: VersionBand, version: string): boolean {
  return (
    (band.from === undefined || compareVersions(band.from, version) <= 0) &&
    (band.to === undefined || compareVersions(version, band.to) <= 0)
  );
}

/** The first band that holds the version, if any. */
export function bandFor<T extends VersionBand>(bands: readonly T[], version: string): T | undefined {
  return bands.find((band) => inBand(band, version));
}

/**
 * The `major.minor` version the first matching pattern captures (`--kubernetes-version 1.29.2` → `1.29`), with
 * where it was found; patterns are tried in order, so the more specific ones (the pool's own) go first.
 */
export function readVersion(
  text: string,
  patterns: readonly RegExp[],
): { version: string; index: number; length: number } | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const found = pattern.exec(text);
    const captured = found?.[1];
    const minor = captured === undefined ? undefined : /^v?(\d+\.\d+)/i.exec(captured)?.[1];
    if (found && minor !== undefined) return { version: minor, index: found.index, length: found[0].length };
  }
  return undefined;
}

/** "up to 1.24", "1.25 to 1.35", "1.36", "from 1.37", or "any" for a band open on both ends. */
export function bandText(band: VersionBand): string {
  if (band.from !== undefined && band.to !== undefined)
    return band.from === band.to ? band.from : `${band.from} to ${band.to}`;
  if (band.to !== undefined) return `up to ${band.to}`;
  if (band.from !== undefined) return `from ${band.from}`;
  return 'any';
}
