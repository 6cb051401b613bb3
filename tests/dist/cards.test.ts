/**
 * Social cards, badges and calendars in the build: every page's og:image is a real 1200×630 PNG under
 * 100 KB, every cell's badge is an SVG with a title, and the calendars parse.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, builtPages, fileForPath, readDistFile } from './dist';

const SITE = process.env.SITE ?? 'https://wincontainers.example.org';
const pages = builtPages().filter((page) => !page.metas.has('refresh'));
const cellPages = pages.filter((page) => /^matrix\/[^/]+\/[^/]+\/index\.html$/.test(page.file));

/** The file of an absolute URL on this site, or null when it points elsewhere. */
function fileOfUrl(absolute: string): string | null {
  const parsed = new URL(absolute);
  if (parsed.origin !== new URL(SITE).origin) return null;
  return fileForPath(parsed.pathname);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function cardOf(page: (typeof pages)[number]): Buffer {
  const image = page.metas.get('og:image') ?? '';
  const file = fileOfUrl(image);
  if (file === null || !existsSync(join(DIST, file)))
    throw new Error(`${page.file}: og:image ${image} is not in dist`);
  return readDistFile(file);
}

describe('social cards', () => {
  test('there is a cell page for every cell (sanity: the checks below see them all)', () => {
    expect(cellPages.length).toBeGreaterThan(500);
  });

  test('every page has an absolute og:image on this site with size, alt and a large Twitter card', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const image = page.metas.get('og:image') ?? '';
      const ok =
        image.startsWith(`${SITE}${BASE}og/`) &&
        page.metas.get('og:image:width') === '1200' &&
        page.metas.get('og:image:height') === '630' &&
        (page.metas.get('og:image:alt') ?? '').length > 10 &&
        page.metas.get('twitter:card') === 'summary_large_image' &&
        page.metas.get('twitter:image') === image;
      if (!ok) bad.push(page.file);
    }
    expect(bad).toEqual([]);
  });

  test("every page's card is a 1200×630 PNG under 100 KB", () => {
    const sizes = new Map<string, number>();
    for (const page of pages) {
      const png = cardOf(page);
      expect(pngSize(png), page.file).toEqual({ width: 1200, height: 630 });
      sizes.set(page.metas.get('og:image') ?? '', png.length);
    }
    for (const [image, size] of sizes) expect(size, image).toBeLessThan(100 * 1024);
  });

  test('every cell page has its own card, and cells with different verdicts have different images', () => {
    const cellCards = cellPages.map((page) => page.metas.get('og:image') ?? '');
    expect(cellCards.every((image) => /\/og\/matrix\/[^/]+\/[^/]+\.png$/.test(image))).toBe(true);
    expect(new Set(cellCards).size).toBe(cellPages.length);
    const hash = (file: string): string => {
      const page = pages.find((candidate) => candidate.file === file);
      if (!page) throw new Error(`no ${file}`);
      return createHash('sha256').update(cardOf(page)).digest('hex');
    };
    // Server Core ltsc2022 runs on WS 2022 and does not run on WS 2019.
    expect(hash('matrix/ws2022/servercore-ltsc2022/index.html')).not.toBe(
      hash('matrix/ws2019/servercore-ltsc2022/index.html'),
    );
  });
});

test('platform, variant and variant × image pages each have their own card', () => {
  const platformPages = pages.filter((page) =>
    /^platforms\/[^/]+\/(?:[^/]+\/){0,2}index\.html$/.test(page.file),
  );
  expect(platformPages.length).toBeGreaterThan(100);
  const own = platformPages.filter((page) => {
    const path = page.file.replace(/\/index\.html$/, '');
    return (page.metas.get('og:image') ?? '').endsWith(`/og/${path}.png`);
  });
  expect(own.map((page) => page.file)).toEqual(platformPages.map((page) => page.file));
});

describe('badges', () => {
  test('every cell has a badge that parses as SVG with role="img", a title and no external reference', () => {
    const folder = join(DIST, 'badges');
    // badges/platforms/ holds the platform answers' badges (checked below), not cells.
    const files = readdirSync(folder)
      .filter((host) => host !== 'platforms')
      .flatMap((host) => readdirSync(join(folder, host)).map((name) => `badges/${host}/${name}`));
    expect(files.length).toBe(cellPages.length);
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const file of files) {
      const svg = readDistFile(file).toString('utf8');
      expect(XMLValidator.validate(svg), file).toBe(true);
      const root = (parser.parse(svg) as { svg?: { title?: string; '@_role'?: string } }).svg;
      expect(root?.['@_role'], file).toBe('img');
      expect(root?.title, file).toMatch(/ on .+: process isolation .+, Hyper-V isolation /);
      expect(svg, file).not.toMatch(/(href|src)=|@import|url\((?!#)/);
    }
  });

  test('the cell page shows its badge and Markdown that links it back to the cell', () => {
    const page = cellPages.find(
      (candidate) => candidate.file === 'matrix/ws2022/servercore-ltsc2019/index.html',
    );
    expect(page?.links).toContainEqual({
      tag: 'img',
      attribute: 'src',
      value: `${BASE}badges/ws2022/servercore-ltsc2019.svg`,
    });
    expect(page?.html).toContain(
      `](${SITE}${BASE}badges/ws2022/servercore-ltsc2019.svg)](${SITE}${BASE}matrix/ws2022/servercore-ltsc2019/)`,
    );
  });
});

describe('calendars', () => {
  const parse = (file: string): ICAL.Event[] =>
    new ICAL.Component(ICAL.parse(readDistFile(file).toString('utf8')) as unknown[])
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));

  test('the site calendar holds exactly the events of every host, image and platform calendar', () => {
    const all = parse('calendar.ics');
    expect(all.length).toBeGreaterThan(50);
    const parts = ['hosts', 'images', 'platforms'].flatMap((kind) =>
      readdirSync(join(DIST, 'calendar', kind)).flatMap((name) => parse(`calendar/${kind}/${name}`)),
    );
    const key = (event: ICAL.Event): string => `${event.uid} ${event.startDate.toString()}`;
    expect(parts.map(key).sort()).toEqual(all.map(key).sort());
  });

  test('host and image pages link their calendar, and the footer links the site calendar', () => {
    const host = pages.find((page) => page.file === 'hosts/ws2022/index.html');
    const image = pages.find((page) => page.file === 'images/servercore-ltsc2022/index.html');
    expect(host?.links.map((link) => link.value)).toContain(`${BASE}calendar/hosts/ws2022.ics`);
    expect(image?.links.map((link) => link.value)).toContain(
      `${BASE}calendar/images/servercore-ltsc2022.ics`,
    );
    expect(pages[0]?.links.map((link) => link.value)).toContain(`${BASE}calendar.ics`);
  });

  test('host and image pages offer a webcal: subscription to the same calendar as the download', () => {
    for (const [file, calendar] of [
      ['hosts/ws2022/index.html', 'calendar/hosts/ws2022.ics'],
      ['images/servercore-ltsc2022/index.html', 'calendar/images/servercore-ltsc2022.ics'],
    ] as const) {
      const links = pages.find((page) => page.file === file)?.links.map((link) => link.value) ?? [];
      const webcal = `${SITE}${BASE}${calendar}`.replace(/^https?:/, 'webcal:');
      expect(links, file).toContain(webcal);
      expect(links, file).toContain(`${BASE}${calendar}`);
      expect(existsSync(join(DIST, calendar)), calendar).toBe(true);
    }
    const host = pages.find((page) => page.file === 'hosts/ws2022/index.html');
    const text = (host?.html ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'End-of-support dates of Windows Server 2022: subscribe in your calendar app (it keeps the dates up to date) or download the .ics file (iCalendar',
    );
  });
});

describe('platform badges', () => {
  test('every platform answer badge parses as SVG with role="img", a title and no external reference', () => {
    const folder = join(DIST, 'badges', 'platforms');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.svg'))
      .map((name) => `badges/platforms/${name}`);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const svg = readDistFile(file).toString('utf8');
      expect(XMLValidator.validate(svg), file).toBe(true);
      expect(svg, file).toMatch(/role="img"/);
      expect(svg, file).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, file).not.toMatch(/(href|src)=|@import|url\((?!#)/);
    }
  });
});
