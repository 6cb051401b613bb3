/**
 * Each host's and image's last day of support as a small table, for the browser: the islands get no
 * support facts (`island-catalog.ts` strips them), so the build passes this table, a few hundred bytes,
 * with the day the site's lifecycle states are computed for. `supportEnds` derives it from
 * `lifecycle.ts`: a host has left support when every edition has (`hostLifecycle` state `ended`). The
 * cell advice of the paste box and the fleet answer both read it. Pure.
 */
import { hostLifecycle, imageLifecycle } from '../knowledge/lifecycle';
import type { ReleaseLifecycle } from '../knowledge/lifecycle';
import type { Host, Image } from '../knowledge/schema';

/** The last day of support of each host and image that has one, and the day states are judged on. */
export interface SupportEnds {
  /** The day the site's lifecycle states are for (the build date), YYYY-MM-DD. */
  readonly today: string;
  /** Host id → its last edition's last day of support; absent while some edition has no published end. */
  readonly hosts: Readonly<Record<string, string>>;
  /** Image id → its last day of support; absent when none is published. */
  readonly images: Readonly<Record<string, string>>;
}

/** The day the last entry's support ends, or null when some entry has no end. */
function lastDay(life: ReleaseLifecycle): string | null {
  const days = life.entries.map((entry) => entry.securitySupportEnd?.date ?? null);
  if (days.some((day) => day === null)) return null;
  return days.reduce<string | null>(
    (latest, day) => (latest === null || (day ?? '') > latest ? day : latest),
    null,
  );
}

/** Every host's and image's last day of support, for the fleet answer in the browser. */
export function supportEnds(hosts: readonly Host[], images: readonly Image[], today: string): SupportEnds {
  const table = <T extends { id: string }>(items: readonly T[], life: (item: T) => ReleaseLifecycle) =>
    Object.fromEntries(
      items.flatMap((item) => {
        const day = lastDay(life(item));
        return day === null ? [] : [[item.id, day] as const];
      }),
    );
  return {
    today,
    hosts: table(hosts, (host) => hostLifecycle(host, today)),
    images: table(images, (image) => imageLifecycle(image, today)),
  };
}

/** The day a host left support, or null while it is supported (or its end is unknown). */
export function hostEnded(ends: SupportEnds, hostId: string): string | null {
  const day = ends.hosts[hostId];
  return day !== undefined && ends.today > day ? day : null;
}

/** The day an image left support, or null while it is supported (or its end is unknown). */
export function imageEnded(ends: SupportEnds, imageId: string): string | null {
  const day = ends.images[imageId];
  return day !== undefined && ends.today > day ? day : null;
}
