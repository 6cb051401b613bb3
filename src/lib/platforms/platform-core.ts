/**
 * The zod-free core of platforms, shared by the build and the browser (the paste box): page paths and which
 * host a variant gave on a date. Kept apart from `platforms.ts` so islands never pull in the schemas.
 */

/** The index of platforms. */
export const PLATFORMS_PATH = '/platforms/';

/** The page of one platform. */
export function platformPath(platformId: string): string {
  return `/platforms/${platformId}/`;
}

/** The page of one variant of a platform (its hosts, dates and images). */
export function variantPath(platformId: string, variantId: string): string {
  return `/platforms/${platformId}/${variantId}/`;
}

/** The page of one image on one platform variant: the answer in the platform's words. */
export function variantImagePath(platformId: string, variantId: string, imageId: string): string {
  return `/platforms/${platformId}/${variantId}/${imageId}/`;
}

/** The part of a variant's host entry that dates need: the host and the days it was given (inclusive). */
export interface DatedHost {
  host: string;
  from?: string | undefined;
  to?: string | undefined;
}

/** Whether a host entry covers a day (YYYY-MM-DD); open ends cover everything on their side. */
export function coversDate(entry: DatedHost, date: string): boolean {
  return (entry.from === undefined || entry.from <= date) && (entry.to === undefined || date <= entry.to);
}

/** The host entries a variant gave on a day: one, several during a rollout, or none before or after. */
export function hostsOnDate<T extends DatedHost>(hosts: readonly T[], date: string): T[] {
  return hosts.filter((entry) => coversDate(entry, date));
}

/** Whether a variant is a moving label: it gave different hosts over time (`windows-latest`). */
export function isMoving(hosts: readonly DatedHost[]): boolean {
  return new Set(hosts.map((entry) => entry.host)).size > 1;
}
