/**
 * Platform retirements as calendar events: one all-day event per variant's `retired` and `removed` date,
 * written by the same iCalendar code as the hosts' and images' (calendar.ts). The description puts the
 * OS's own date next to the platform's, so a subscriber sees which one comes first. Pure.
 */
import type { LifecycleEvent, Milestone } from './calendar';
import { MILESTONE_TEXT } from './calendar';
import { lifecycle } from '../knowledge/lifecycle';
import type { Model } from '../model/model';
import { variantPath } from '../platforms/platform-core';
import type { Platform } from '../platforms/platform-schema';
import { variantHostIds } from '../platforms/platforms';

/** One platform's calendar, site-relative. */
export function platformCalendarPath(platformId: string): string {
  return `/calendar/platforms/${platformId}.ics`;
}

/** Every retirement and removal event of one platform's variants. */
export function platformEvents(platform: Platform, model: Model): LifecycleEvent[] {
  return platform.variants.flatMap((variant) => {
    const release = `${platform.shortName} ${variant.name}`;
    const osDates = variantHostIds(variant)
      .flatMap((hostId) => {
        const host = model.hostsById.get(hostId);
        const end = host ? lifecycle(host.support, model.today).retires : null;
        return host ? [`${host.name} itself: ${end ?? 'no published end'}`] : [];
      })
      .join('; ');
    const milestones: [Milestone, typeof variant.lifecycle.retired][] = [
      ['platformRetired', variant.lifecycle.retired],
      ['platformRemoved', variant.lifecycle.removed],
    ];
    return milestones.flatMap(([milestone, fact]): LifecycleEvent[] =>
      fact
        ? [
            {
              uid: `platform-${platform.id}-${variant.id}-${milestone}`,
              date: fact.date,
              milestone,
              release,
              summary: `${release}: ${MILESTONE_TEXT[milestone]} (${platform.shortName}'s date)`,
              description: `${release}: ${MILESTONE_TEXT[milestone]} on ${fact.date}${fact.note ? ` (${fact.note})` : ''}. The OS's own end of support: ${osDates || 'not applicable'}. Sources: ${fact.sources.join(', ')}.`,
              page: variantPath(platform.id, variant.id),
            },
          ]
        : [],
    );
  });
}

/** The events of every platform. */
export function allPlatformEvents(platforms: readonly Platform[], model: Model): LifecycleEvent[] {
  return platforms.flatMap((platform) => platformEvents(platform, model));
}
