import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/model';
import { allEvents, calendarText, hostEvents, webcalUrl } from '../../src/lib/outputs/calendar';
import { hostLifecycle, imageLifecycle } from '../../src/lib/knowledge/lifecycle';
import { loadModelInput } from './helpers/content';

const model = buildModel(loadModelInput());
const options = {
  name: 'Test: end of support',
  absoluteUrl: (path: string) => new URL(path, 'https://wincontainers.example.org').href,
  stamp: model.today,
};
const text = calendarText(allEvents(model), options);
const events = new ICAL.Component(ICAL.parse(text) as unknown[])
  .getAllSubcomponents('vevent')
  .map((component) => new ICAL.Event(component));

describe('the calendar text', () => {
  test('uses CRLF line ends and folds no line past 75 octets', () => {
    expect(text).toMatch(/\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  test('holds all-day events with unique UIDs, a DTSTAMP, a summary and an absolute URL', () => {
    expect(events.length).toBeGreaterThan(50);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.component.getFirstPropertyValue('dtstamp')).not.toBeNull();
      expect(event.summary).toMatch(
        /: (mainstream support ends|security updates end|paid Extended|support ends)/,
      );
      expect(String(event.component.getFirstPropertyValue('url'))).toMatch(
        /^https:\/\/wincontainers\.example\.org\/(hosts|images)\/[a-z0-9-]+\/$/,
      );
    }
  });

  test('holds every end date of every host, edition and image', () => {
    const inFeed = new Set(
      events.map(
        (event) => `${String(event.component.getFirstPropertyValue('url'))}|${event.startDate.toString()}`,
      ),
    );
    const missing: string[] = [];
    const check = (page: string, date: string | undefined): void => {
      if (date !== undefined && !inFeed.has(`${options.absoluteUrl(page)}|${date}`))
        missing.push(`${page} ${date}`);
    };
    for (const host of model.hosts)
      for (const entry of hostLifecycle(host, model.today).entries)
        for (const date of [entry.activeSupportEnd, entry.securitySupportEnd, entry.extendedSecurityEnd])
          check(`/hosts/${host.id}/`, date?.date);
    for (const image of model.images)
      for (const entry of imageLifecycle(image, model.today).entries)
        for (const date of [entry.activeSupportEnd, entry.securitySupportEnd, entry.extendedSecurityEnd])
          check(`/images/${image.id}/`, date?.date);
    expect(missing).toEqual([]);
  });

  test('names long-term editions by their own name, with their own dates and UIDs', () => {
    const host = model.hostsById.get('win10-1809');
    if (!host) throw new Error('fixture missing');
    const withEdition = {
      ...host,
      editions: [
        {
          id: 'enterprise-ltsc-2019',
          name: 'Windows 10 Enterprise LTSC 2019',
          channel: 'LTSC',
          released: '2018-11-13',
          support: {
            mainstream: [{ date: '2024-01-09', sources: [] }],
            extended: [{ date: '2029-01-09', sources: [] }],
          },
          aliases: [],
          upstream: [],
          sources: [],
        },
      ],
    };
    const ltsc = hostEvents(withEdition, model.today).filter((event) =>
      event.uid.includes('enterprise-ltsc-2019'),
    );
    expect(ltsc.map((event) => [event.summary, event.date])).toEqual([
      ['Windows 10 Enterprise LTSC 2019: mainstream support ends', '2024-01-09'],
      ['Windows 10 Enterprise LTSC 2019: security updates end', '2029-01-09'],
    ]);
  });

  test('keeps UIDs stable across builds on different days', () => {
    const host = model.hostsById.get('ws2019');
    if (!host) throw new Error('fixture missing');
    expect(hostEvents(host, '2020-01-01').map((event) => event.uid)).toEqual(
      hostEvents(host, '2030-01-01').map((event) => event.uid),
    );
  });

  test('a bad date is reported, not written', () => {
    const [event] = allEvents(model);
    if (!event) throw new Error('no events');
    expect(() => calendarText([{ ...event, date: '2024-13-45' }], options)).toThrow(
      /expected a YYYY-MM-DD date/,
    );
  });
});

describe('webcal: subscription address', () => {
  test('is the absolute https or http address with only the scheme replaced', () => {
    expect(webcalUrl('https://wincontainers.example.org/compat/calendar/hosts/ws2022.ics')).toBe(
      'webcal://wincontainers.example.org/compat/calendar/hosts/ws2022.ics',
    );
    expect(webcalUrl('http://localhost:4321/calendar.ics')).toBe('webcal://localhost:4321/calendar.ics');
  });

  test('is null for an address no calendar app can fetch', () => {
    expect(webcalUrl('/calendar.ics')).toBeNull();
    expect(webcalUrl('ftp://example.org/calendar.ics')).toBeNull();
    expect(webcalUrl('https://')).toBeNull();
  });
});
