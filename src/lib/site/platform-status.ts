/**
 * The status line at the top of a platform answer, as endoflife.date puts it: whether the platform still
 * supports the variant, since or until when (absolute date and how long from the build day), and which of
 * the platform's variants to move to when it has ended. Also the platform's coming retirements for
 * "What changes next", which the variants' change lists leave out. Pure.
 */
import type { Host } from '../knowledge/schema';
import type { Platform, PlatformVariant } from '../platforms/platform-schema';
import { isMoving } from '../platforms/platform-core';
import { currentHosts, variantLifecycle } from '../platforms/platforms';
import type { DatedChange } from '../platforms/platforms';
import { daysBetween } from '../updates/calendar';

/** A variant of the same platform that is still supported: where to move. */
export interface MoveTarget {
  variantId: string;
  name: string;
  /** The day its support ends (platform's or OS's, whichever is first), or null when none is known. */
  until: string | null;
}

/** The state of a variant on the build day, in words. */
export interface VariantStatus {
  state: 'ended' | 'supported' | 'moving' | 'unknown';
  /** One word for the badge: "Retired", "Removed", "Out of support", "Supported", "No end date". */
  title: string;
  /** The sentence with the absolute and the relative date; after "Supported" it continues the title. */
  sentence: string;
  /** The deciding date (null when none is known). */
  date: string | null;
  /** Supported variants of the same platform, longest supported first; empty unless ended. */
  moveTo: MoveTarget[];
}

/** "today", "in 12 days", "3 months ago", "in 1 year and 7 months": how far a date is from `today`. */
export function relativeTime(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  const span = Math.abs(days);
  const months = Math.round(span / 30.44);
  let amount: string;
  if (span < 45) amount = `${span} day${span === 1 ? '' : 's'}`;
  else if (months < 12) amount = `${months} month${months === 1 ? '' : 's'}`;
  else {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    amount = `${years} year${years === 1 ? '' : 's'}${rest > 0 ? ` and ${rest} month${rest === 1 ? '' : 's'}` : ''}`;
  }
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}

function hostsOf(variant: PlatformVariant, hostsById: ReadonlyMap<string, Host>, today: string): Host[] {
  return currentHosts(variant, today).flatMap((entry) => {
    const host = hostsById.get(entry.host);
    return host ? [host] : [];
  });
}

/**
 * Where to move from `from`: the variants its data names (`replacedBy`, in that order) that are still
 * supported, else every still-supported variant of the platform, longest supported first.
 */
export function moveTargets(
  platform: Platform,
  from: PlatformVariant,
  hostsById: ReadonlyMap<string, Host>,
  today: string,
): MoveTarget[] {
  const named = from.replacedBy?.variants;
  const candidates = named
    ? named.flatMap((id) => platform.variants.filter((variant) => variant.id === id))
    : platform.variants.filter((variant) => variant.id !== from.id);
  const targets = candidates.flatMap((variant) => {
    const [host] = hostsOf(variant, hostsById, today);
    if (!host) return [];
    const life = variantLifecycle(platform, variant, host, today);
    return life.ended ? [] : [{ variantId: variant.id, name: variant.name, until: life.date }];
  });
  return named ? targets : targets.sort((a, b) => (b.until ?? '9999').localeCompare(a.until ?? '9999'));
}

/** Where a variant stands on `today`: ended (with where to move), supported until a date, or no date. */
export function variantStatus(
  platform: Platform,
  variant: PlatformVariant,
  hostsById: ReadonlyMap<string, Host>,
  today: string,
): VariantStatus {
  const [host] = hostsOf(variant, hostsById, today);
  if (!host) return { state: 'unknown', title: 'No end date', sentence: '', date: null, moveTo: [] };
  const life = variantLifecycle(platform, variant, host, today);
  const who = platform.shortName;
  if (life.date === null) {
    return {
      state: 'unknown',
      title: 'No end date',
      sentence: `Neither ${who} nor Microsoft has published an end date for ${host.name} here.`,
      date: null,
      moveTo: [],
    };
  }
  const when = `${life.date} (${relativeTime(life.date, today)})`;
  if (life.ended) {
    const end = life.platformEnd;
    const byPlatform = life.decidedBy === 'platform' && end !== null;
    const osPart = life.osEnd ? ` (${life.osEnd})` : '';
    const sentence = byPlatform
      ? `${who} ${end.kind} ${variant.name} on ${when}, before ${host.name} itself leaves support${osPart}.${end.note ? ` ${end.note}` : ''}`
      : `${host.name} left Microsoft's support on ${when}, so ${variant.name} gets no more security fixes${end && end.date <= today ? `; ${who} ${end.kind} it on ${end.date}` : ''}.`;
    return {
      state: 'ended',
      title: byPlatform ? (end.kind === 'retired' ? 'Retired' : 'Removed') : 'Out of support',
      sentence,
      date: life.date,
      moveTo: moveTargets(platform, variant, hostsById, today),
    };
  }
  if (isMoving(variant.hosts)) {
    // A moving label's end is not a date to plan by: it moves to the next release first.
    return {
      state: 'moving',
      title: 'Moving label',
      sentence: `${variant.name} gives ${host.name} today and has given other hosts before; it moves again when ${who} changes it, and a label naming the release keeps one host. ${host.name} is supported until ${when}.`,
      date: life.date,
      moveTo: [],
    };
  }
  return {
    state: 'supported',
    title: 'Supported',
    date: life.date,
    sentence:
      life.decidedBy === 'platform'
        ? `on ${who} until ${when}: ${who}'s own date${life.osEnd ? `, earlier than ${host.name}'s ${life.osEnd}` : ''}.`
        : `until ${when}, when security updates for ${host.name} end; ${who} has announced no earlier date.`,
    moveTo: [],
  };
}

/** The platform's retirements and removals still to come, as dated changes for "What changes next". */
export function upcomingEnds(
  platform: Platform,
  variantIds: readonly string[],
  today: string,
): DatedChange[] {
  return platform.variants
    .filter((variant) => variantIds.includes(variant.id))
    .flatMap((variant) =>
      (['retired', 'removed'] as const).flatMap((kind) => {
        const end = variant.lifecycle[kind];
        if (!end || end.date < today) return [];
        const verb = kind === 'retired' ? 'retires' : 'removes';
        // The change list names the variant next to the text already.
        const text = `${platform.shortName} ${verb} it.${end.note ? ` ${end.note}` : ''}`;
        return [{ date: end.date, text, sources: end.sources, variantId: variant.id }];
      }),
    );
}

/**
 * A variant × image headline that cannot be read alone as "runs today" when the variant has ended: a
 * removed label gives no host at all any more, a retired one runs out of support.
 */
export function statusHeadline(headline: string, status: VariantStatus): string {
  if (status.state !== 'ended' || status.date === null) return headline;
  return status.title === 'Removed'
    ? `${headline} (removed on ${status.date})`
    : `${headline}; out of support since ${status.date}`;
}
