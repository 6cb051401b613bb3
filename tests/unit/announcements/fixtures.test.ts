/**
 * The announcement fixtures (tests/fixtures/announcements), read exactly as Astro reads them: Astro's
 * frontmatter parser, then our schema, then the file-name date fallback. Each broken file must fail with
 * a message that names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import {
  announcementSlug,
  parseAnnouncementFrontmatter,
  resolveAnnouncementDate,
} from '../../../src/lib/announcements/frontmatter';
import { announcementMarkdownPlugins } from '../../../src/lib/announcements/markdown';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = 'tests/fixtures/announcements';

function read(relative: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(ROOT, relative), 'utf8'));
  return { frontmatter, content };
}

/** Frontmatter → normalised data → date, as the site's loader does it; throws the first build error. */
function load(relative: string) {
  const data = parseAnnouncementFrontmatter(read(relative).frontmatter, relative);
  return { ...data, date: resolveAnnouncementDate(data, relative), slug: announcementSlug(relative) };
}

describe('valid fixtures', () => {
  test('every valid fixture loads', () => {
    const names = readdirSync(join(ROOT, FIXTURES, 'valid')).filter((name) => name.endsWith('.md'));
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) expect(() => load(`${FIXTURES}/valid/${name}`), name).not.toThrow();
  });

  test('docs-style: date with time wins, trailing spaces gone, keywords split, empty assetid kept as null', () => {
    expect(load(`${FIXTURES}/valid/docs-style.md`)).toMatchObject({
      title: 'Sample images are ready for Contoso Server release 1711',
      date: '2017-10-18',
      dateTime: '2017-10-18T19:30:43',
      dateSource: 'date',
      authorHandle: 'fixtures',
      keywords: ['containers', 'tags', 'fixtures'],
      categories: ['baseos'],
      dialect: 'docs',
      extra: { 'ms.topic': 'article', 'ms.prod': 'windows-containers', 'ms.assetid': null },
    });
  });

  test('docs-style-mdate-only: the date comes from ms.date', () => {
    expect(load(`${FIXTURES}/valid/docs-style-mdate-only.md`)).toMatchObject({
      date: '2018-02-05',
      dateSource: 'ms.date',
      author: 'fixture-writer',
      keywords: ['containers', 'startup'],
    });
  });

  test('blog-style: unquoted date, category list, description as summary', () => {
    expect(load(`${FIXTURES}/valid/blog-style.md`)).toMatchObject({
      date: '2015-10-29',
      categories: ['containers', 'contoso-tiny'],
      dialect: 'blog',
      summary: 'A conference video shows the Contoso tiny image starting on hardware nobody expected.',
    });
  });

  test('a date only in the file name', () => {
    expect(load(`${FIXTURES}/valid/20190402-dated-by-filename.md`)).toMatchObject({
      date: '2019-04-02',
      dateSource: null,
      slug: 'dated-by-filename',
    });
  });

  test('relative-image: Astro collects the image and its file is there', async () => {
    const path = `${FIXTURES}/valid/relative-image.md`;
    const { frontmatter, content } = read(path);
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      ...announcementMarkdownPlugins(),
    });
    const result = await processor.render(content, { frontmatter, fileURL: pathToFileURL(join(ROOT, path)) });
    expect(result.metadata.localImagePaths).toEqual(['./media/diagram.svg']);
    expect(existsSync(join(ROOT, FIXTURES, 'valid/media/diagram.svg'))).toBe(true);
  });
});

describe('broken fixtures', () => {
  test('bad-date: the impossible ms.date is named with its expected form', () => {
    expect(() => load(`${FIXTURES}/broken/bad-date.md`)).toThrow(
      `${FIXTURES}/broken/bad-date.md: field "ms.date": expected M/D/YYYY (e.g. 10/18/2017), got "13/45/2017"`,
    );
  });

  test('invalid-yaml: Astro’s frontmatter parser refuses it', () => {
    expect(() => read(`${FIXTURES}/broken/invalid-yaml.md`)).toThrow();
  });

  test('missing-title: the title is required', () => {
    expect(() => load(`${FIXTURES}/broken/missing-title.md`)).toThrow(
      `${FIXTURES}/broken/missing-title.md: field "title": expected a non-empty title, got nothing`,
    );
  });

  test('no-date: the error names the file and the three ways to give a date', () => {
    expect(() => load(`${FIXTURES}/broken/no-date.md`)).toThrow(
      /no-date\.md: field "date": expected a date; one is required: `date`, `ms\.date` or a YYYYMMDD- file-name prefix/,
    );
  });

  test('unknown-host: the schema keeps the id for the announcement index to reject', () => {
    expect(load(`${FIXTURES}/broken/unknown-host.md`).hosts).toEqual(['ws2099']);
  });

  test('missing-image: Astro collects the relative path, so its import fails the build', async () => {
    const path = `${FIXTURES}/broken/missing-image.md`;
    const { frontmatter, content } = read(path);
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      ...announcementMarkdownPlugins(),
    });
    const result = await processor.render(content, { frontmatter, fileURL: pathToFileURL(join(ROOT, path)) });
    expect(result.metadata.localImagePaths).toEqual(['./media/nope.png']);
    expect(result.code).toContain('__ASTRO_IMAGE_');
    expect(existsSync(join(ROOT, FIXTURES, 'broken/media/nope.png'))).toBe(false);
  });
});
