/**
 * Posts whose frontmatter Astro's parser refuses or misreads: each shape is read as its author meant it,
 * with every repair named by line, or reported as unreadable with the parser's line and message. Our own
 * posts must need none of this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { parseAnnouncementFrontmatter } from '../../../src/lib/announcements/frontmatter';
import {
  formatFrontmatterNote,
  hasSilentFrontmatterDamage,
  readTolerantFrontmatter,
} from '../../../src/lib/announcements/tolerant-frontmatter';

const ROOT = join(import.meta.dirname, '../../..');
const TOLERANT = join(ROOT, 'tests/fixtures/announcements/tolerant');

const fixture = (name: string): string => readFileSync(join(TOLERANT, name), 'utf8');

/** Reads a source and insists it was readable, for the assertions on its data. */
function readable(source: string) {
  const reading = readTolerantFrontmatter(source);
  if (reading.status === 'unreadable') throw new Error(`unreadable: ${reading.problem.message}`);
  return reading;
}

describe('the shapes Astro refuses are repaired, naming the line', () => {
  test('a quoted title with quotes inside it', () => {
    const source = fixture('inner-quotes.md');
    expect(() => parseFrontmatter(source)).toThrow();
    const reading = readable(source);
    expect(reading.status).toBe('repaired');
    expect(reading.data['title']).toBe('Figures are out: "Fabrikam first" wins the survey');
    expect(reading.repairs.map((repair) => repair.line)).toEqual([2]);
    expect(reading.repairs[0]?.what).toContain('quotes of "title"');
    // The repaired post goes through the same schema as any other and keeps its dialect.
    expect(parseAnnouncementFrontmatter(reading.data, 'inner-quotes.md')).toMatchObject({
      date: '2019-03-14',
      dialect: 'docs',
    });
    expect(reading.body).toMatch(/^# Figures are out/);
  });

  test('tabs used to indent a list', () => {
    const source = fixture('tab-indented.md');
    expect(() => parseFrontmatter(source)).toThrow(/tab/);
    const reading = readable(source);
    expect(reading.data['categories']).toEqual(['containers', 'meetups']);
    expect(reading.repairs.map((repair) => repair.line)).toEqual([5, 6]);
    expect(reading.repairs[0]?.what).toContain('tab');
  });

  test('a colon in an unquoted title, in a file with Windows line ends', () => {
    const source = fixture('crlf-colon.md');
    expect(source).toContain('\r\n');
    const reading = readable(source);
    expect(reading.data).toEqual({
      title: 'Contoso tiny: the small image gets smaller',
      date: '2019-09-09',
      categories: ['containers'],
    });
    expect(reading.repairs.map((repair) => repair.line)).toEqual([2]);
    expect(reading.repairs[0]?.what).toContain('colon');
    expect(reading.body).toBe('Windows line ends, and a colon inside an unquoted title.');
  });

  test.each([
    ['single quotes with an apostrophe inside', "title: 'It's here'", "It's here"],
    ['a quoted part followed by more words', 'title: "Tiny" is the new small', '"Tiny" is the new small'],
    ['an opening quote never closed on its line', 'title: "Never closed', 'Never closed'],
  ])('%s', (_name, line, title) => {
    const reading = readable(`---\n${line}\ndate: 2020-01-01\n---\nBody.\n`);
    expect(reading.data).toEqual({ title, date: '2020-01-01' });
    expect(reading.repairs).toHaveLength(1);
  });

  test('a block scalar’s text is never "repaired", even when it holds colons and odd quotes', () => {
    const reading = readable(
      '---\ntitle: "Broken "quotes" here"\ndescription: |\n  Note: keep "this as written\n  exactly\ndate: 2020-01-01\n---\n',
    );
    expect(reading.data['description']).toBe('Note: keep "this as written\nexactly\n');
    expect(reading.repairs.map((repair) => repair.line)).toEqual([2]);
  });
});

describe('the shapes Astro misreads without a word are caught too', () => {
  test('a byte-order mark after a blank line and another before a key', () => {
    const source = fixture('stray-bom.md');
    expect(hasSilentFrontmatterDamage(source)).toBe(true);
    // Astro finds no frontmatter at all here: the title would be lost.
    expect(parseFrontmatter(source).frontmatter).toEqual({});
    const reading = readable(source);
    expect(reading.data).toEqual({
      title: 'A post saved twice by an old editor',
      date: '2017-11-20',
      categories: ['editors'],
    });
    expect(reading.repairs.map((repair) => repair.line)).toEqual([2, 5]);
  });

  test('carriage returns alone as line ends', () => {
    const source = fixture('classic-mac.md');
    expect(hasSilentFrontmatterDamage(source)).toBe(true);
    expect(parseFrontmatter(source).frontmatter).toEqual({});
    const reading = readable(source);
    expect(reading.data).toEqual({ title: 'Written on a very old machine', date: '2016-02-29' });
    expect(reading.body).toBe('Every line of this file ends with a bare carriage return.');
  });

  test('a clean post and a leading byte-order mark are no damage', () => {
    expect(hasSilentFrontmatterDamage(fixture('clean.md'))).toBe(false);
    expect(hasSilentFrontmatterDamage(`\uFEFF${fixture('clean.md')}`)).toBe(false);
    expect(hasSilentFrontmatterDamage(fixture('crlf-colon.md'))).toBe(false);
    expect(readTolerantFrontmatter(fixture('clean.md'))).toMatchObject({ status: 'clean', repairs: [] });
  });
});

describe('what has no single meaning is unreadable, with the parser’s line and message', () => {
  test('two titles and a merge conflict', () => {
    const reading = readTolerantFrontmatter(fixture('ambiguous.md'));
    expect(reading.status).toBe('unreadable');
    if (reading.status !== 'unreadable') return;
    expect(reading.problem.line).toBe(4);
    expect(reading.problem.message).toMatch(/unique/i);
  });

  test.each([
    ['a frontmatter that is never closed', '---\ntitle: Open\n\nBody.\n', 1, /never closed/],
    ['a list instead of keys', '---\n- one\n- two\n---\nBody.\n', 2, /key: value/],
    ['a flow list never closed', '---\ntitle: x\ntags: [a, b\n---\nBody.\n', 4, /\]/],
  ])('%s', (_name, source, line, message) => {
    const reading = readTolerantFrontmatter(source);
    expect(reading).toMatchObject({ status: 'unreadable', problem: { line } });
    if (reading.status === 'unreadable') expect(reading.problem.message).toMatch(message);
  });

  test('a note names the file and the line', () => {
    expect(formatFrontmatterNote('content/announcements/x.md', 3, 'Map keys must be unique')).toBe(
      'content/announcements/x.md:3: Map keys must be unique',
    );
    expect(formatFrontmatterNote('x.md', null, 'no line')).toBe('x.md: no line');
  });
});

describe('our own posts', () => {
  const folder = join(ROOT, 'content/announcements');
  const posts = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(md|markdown)$/.test(name),
  );

  test.each(posts)('%s is valid YAML as written: no repair, no silent damage', (name) => {
    const source = readFileSync(join(folder, name), 'utf8');
    expect(hasSilentFrontmatterDamage(source)).toBe(false);
    expect(() => parseFrontmatter(source)).not.toThrow();
    expect(readTolerantFrontmatter(source)).toMatchObject({ status: 'clean', repairs: [] });
  });
});
