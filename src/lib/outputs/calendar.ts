/**
 * End-of-support calendars (iCalendar, RFC 5545): one all-day event per milestone of every host, edition
 * and image, so a team subscribes to the releases it runs. The events are chosen here from the lifecycle
 * entries (lifecycle.ts); ical-generator writes the text (CRLF, folding at 75 octets, escaping).
 */
import ical from 'ical-generator';
import { hostLifecycle, imageLifecycle } from '../knowledge/lifecycle';
import type { LifecycleEntry } from '../knowledge/lifecycle';
import type { Model } from '../model/model';
import { hostPath, imagePath, slugify } from '../knowledge/paths';
import type { Host, Image } from '../knowledge/schema';

/** The calendar of every release, site-relative. */
export const CALENDAR_PATH = '/calendar.ics';

/** One host's calendar (its editions included). */
export function hostCalendarPath(hostId: string): string {
  return `/calendar/hosts/${hostId}.ics`;
}

/** One image's calendar. */
export function imageCalendarPath(imageId: string): string {
  return `/calendar/images/${imageId}.ics`;
}

/**
 * The `webcal:` address of a calendar at an absolute http(s) URL: the same address with the scheme
 * replaced, which calendar apps open as a subscription they refresh rather than a file to import once.
 * Null for any other URL, which no calendar app could fetch.
 */
export function webcalUrl(absolute: string): string | null {
  const match = /^https?:\/\/([^/?#\s]+[^\s]*)$/i.exec(absolute.trim());
  return match === null ? null : `webcal://${match[1] ?? ''}`;
}

/** Which end a milestone marks, as the lifecycle entries name them. */
export type Milestone =
  | 'activeSupportEnd'
  | 'securitySupportEnd'
  | 'extendedSecurityEnd'
  | 'supportEnd'
  | 'platformRetired'
  | 'platformRemoved';

/** What each milestone's event says after the release's name. */
export const MILESTONE_TEXT: Record<Milestone, string> = {
  activeSupportEnd: 'mainstream support ends',
  securitySupportEnd: 'security updates end',
  extendedSecurityEnd: 'paid Extended Security Updates end',
  supportEnd: 'support ends (features and security updates)',
  // A platform's own calendar (src/lib/outputs/platform-calendar.ts): the platform, not the OS, ends it.
  platformRetired: 'retired by the platform',
  platformRemoved: 'removed by the platform',
};

/** One all-day event of a calendar, before it is written as text. */
export interface LifecycleEvent {
  /** Stable across builds, so a calendar app that re-reads the feed updates rather than duplicates. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  milestone: Milestone;
  /** The release or edition the date is for ("Windows 10 Enterprise LTSC 2019"). */
  release: string;
  summary: string;
  description: string;
  /** The host or image page, site-relative. */
  page: string;
}

/** The name an entry's events use: an edition's own name, or the release with its editions in brackets. */
function releaseName(name: string, entry: LifecycleEntry): string {
  if (entry.edition === null) return name;
  return entry.editionId !== null ? entry.edition : `${name} (${entry.edition})`;
}

function entryEvents(kind: 'host' | 'image', id: string, name: string, page: string, entry: LifecycleEntry) {
  const release = releaseName(name, entry);
  const key = `${kind}-${id}${entry.editionId !== null ? `-${entry.editionId}` : entry.edition !== null ? `-${slugify(entry.edition)}` : ''}`;
  const dates: { milestone: Milestone; date: string; sources: readonly string[] }[] = [];
  const active = entry.activeSupportEnd;
  const security = entry.securitySupportEnd;
  // Client releases publish one servicing end for both: one event says so instead of two on the same day.
  if (active && security && active.date === security.date)
    dates.push({ milestone: 'supportEnd', date: active.date, sources: active.sources });
  else {
    if (active) dates.push({ milestone: 'activeSupportEnd', ...active });
    if (security) dates.push({ milestone: 'securitySupportEnd', ...security });
  }
  if (entry.extendedSecurityEnd)
    dates.push({ milestone: 'extendedSecurityEnd', ...entry.extendedSecurityEnd });
  return dates.map(({ milestone, date, sources }): LifecycleEvent => ({
    uid: `${key}-${milestone}`,
    date,
    milestone,
    release,
    summary: `${release}: ${MILESTONE_TEXT[milestone]}`,
    description: `${release}: ${MILESTONE_TEXT[milestone]} on ${date}. Sources: ${sources.join(', ') || 'none given'}. State when this feed was built: ${entry.label}.`,
    page,
  }));
}

/** Every end-of-support event of a host and its long-term editions. */
export function hostEvents(host: Host, today: string): LifecycleEvent[] {
  return hostLifecycle(host, today).entries.flatMap((entry) =>
    entryEvents('host', host.id, host.name, hostPath(host.id), entry),
  );
}

/** Every end-of-support event of an image. */
export function imageEvents(image: Image, today: string): LifecycleEvent[] {
  return imageLifecycle(image, today).entries.flatMap((entry) =>
    entryEvents('image', image.id, image.name, imagePath(image.id), entry),
  );
}

/** Every event of the site: all hosts, then all images, each in date order. */
export function allEvents(model: Model): LifecycleEvent[] {
  return [
    ...model.hosts.flatMap((host) => hostEvents(host, model.today)),
    ...model.images.flatMap((image) => imageEvents(image, model.today)),
  ];
}

/** What a calendar needs besides its events. */
export interface CalendarOptions {
  /** The calendar's name as subscribers see it. */
  name: string;
  /** The site's origin and base, to make page URLs absolute and UIDs unique to this site. */
  absoluteUrl: (path: string) => string;
  /** YYYY-MM-DD: the DTSTAMP of every event, the build date, so equal data gives an equal file. */
  stamp: string;
}

function utcDay(date: string, addDays = 0): Date {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new Error(`calendar: expected a YYYY-MM-DD date, got "${date}"`);
  day.setUTCDate(day.getUTCDate() + addDays);
  return day;
}

/** The iCalendar text of a list of events: one all-day VEVENT each, RFC 5545 conformant. */
export function calendarText(events: readonly LifecycleEvent[], options: CalendarOptions): string {
  const domain = new URL(options.absoluteUrl('/')).hostname;
  const calendar = ical({
    name: options.name,
    prodId: { company: domain, product: 'end-of-support', language: 'EN' },
    ttl: 60 * 60 * 24,
  });
  const stamp = utcDay(options.stamp);
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid)))
    calendar.createEvent({
      id: `${event.uid}@${domain}`,
      allDay: true,
      start: utcDay(event.date),
      // DTEND is exclusive for all-day events: the next day.
      end: utcDay(event.date, 1),
      stamp,
      summary: event.summary,
      description: event.description,
      url: options.absoluteUrl(event.page),
    });
  return calendar.toString();
}
