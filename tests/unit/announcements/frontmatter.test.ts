/**
 * Frontmatter normalisation: both foreign dialects and our own fields, as objects (what Astro hands the
 * schema) and as YAML text read by Astro's own frontmatter parser (js-yaml, which makes Date objects of
 * unquoted dates). All post text here is invented.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import {
  announcementFrontmatter,
  announcementSlug,
  detectDialect,
  formatBuildError,
  parseAnnouncementFrontmatter,
  parseMsDate,
  parsePostDate,
  resolveAnnouncementDate,
} from '../../../src/lib/announcements/frontmatter';

const FILE = 'content/announcements/x.md';

/** The messages of a failed parse, so assertions can name the field and form. */
function errorsOf(raw: unknown): string[] {
  const result = announcementFrontmatter.safeParse(raw);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  return result.error.issues.map((issue) => issue.message);
}

/** A copy without one key, for "field missing" cases. */
function omit<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy;
}

/** Frontmatter of an inline Markdown string, parsed the way Astro parses it. */
function yamlOf(frontmatter: string): Record<string, unknown> {
  return parseFrontmatter(`---\n${frontmatter}\n---\nBody.\n`).frontmatter;
}

describe('docs dialect', () => {
  const docs = {
    title: 'Tiny images for the Fabrikam 1711 release ',
    description: 'What the Fabrikam 1711 tiny images contain. ',
    author: 'sample-writer ',
    'ms.author': 'samplehandle ',
    date: '2017-10-18 19:30:43',
    'ms.date': '10/18/2017',
    'ms.topic': 'article',
    'ms.prod': 'fabrikam-containers',
    keywords: 'containers, tags , , fabrikam',
    'ms.assetid': null,
    categories: 'baseos',
  };

  test('every field lands in the one clean shape', () => {
    const data = announcementFrontmatter.parse(docs);
    expect(data).toEqual({
      title: 'Tiny images for the Fabrikam 1711 release',
      date: '2017-10-18',
      dateTime: '2017-10-18T19:30:43',
      dateSource: 'date',
      description: 'What the Fabrikam 1711 tiny images contain.',
      summary: 'What the Fabrikam 1711 tiny images contain.',
      author: 'sample-writer',
      authorHandle: 'samplehandle',
      categories: ['baseos'],
      keywords: ['containers', 'tags', 'fabrikam'],
      sources: [],
      hosts: [],
      images: [],
      supersededBy: null,
      draft: false,
      dialect: 'docs',
      extra: { 'ms.topic': 'article', 'ms.prod': 'fabrikam-containers', 'ms.assetid': null },
    });
  });

  test('ms.date alone gives the date, in one- and two-digit forms', () => {
    const withoutDate = omit(docs, 'date');
    expect(announcementFrontmatter.parse({ ...withoutDate, 'ms.date': '2/5/2018' })).toMatchObject({
      date: '2018-02-05',
      dateTime: null,
      dateSource: 'ms.date',
    });
    expect(announcementFrontmatter.parse({ ...withoutDate, 'ms.date': '02/05/2018 ' }).date).toBe(
      '2018-02-05',
    );
    expect(announcementFrontmatter.parse({ ...withoutDate, 'ms.date': '12/31/2019' }).date).toBe(
      '2019-12-31',
    );
  });

  test('keywords as a list and categories as a list', () => {
    const data = announcementFrontmatter.parse({
      ...docs,
      keywords: ['tags', ' tags', 'pins'],
      categories: ['Base OS', 'baseos'],
    });
    expect(data.keywords).toEqual(['tags', 'pins']);
    expect(data.categories).toEqual(['base-os', 'baseos']);
  });

  test.each(['13/45/2017', '2/30/2018', '10-18-2017', '2017-10-18', '10/18/17', 'soon'])(
    'ms.date %s is refused with the field and the expected form',
    (bad) => {
      const [message] = errorsOf({ ...docs, 'ms.date': bad });
      expect(message).toBe(formatBuildError(null, 'ms.date', 'M/D/YYYY (e.g. 10/18/2017)', bad));
      expect(message).toContain('field "ms.date"');
      expect(message).toContain('M/D/YYYY');
    },
  );

  test('an ms.date Date object (unquoted ISO date) is refused too, naming the form', () => {
    const [message] = errorsOf({ ...docs, 'ms.date': new Date('2017-10-18T00:00:00Z') });
    expect(message).toContain('field "ms.date": expected M/D/YYYY');
  });

  test('empty values become null and never block the post', () => {
    const data = announcementFrontmatter.parse({
      title: 'Only a title and empties',
      description: null,
      author: '',
      'ms.author': '   ',
      'ms.date': '1/2/2020',
      keywords: null,
      categories: null,
      'ms.assetid': null,
    });
    expect(data).toMatchObject({
      description: null,
      summary: null,
      author: null,
      authorHandle: null,
      keywords: [],
      categories: [],
    });
  });
});

describe('blog dialect', () => {
  const blog = {
    title: 'Spotted: a Fabrikam image on a kettle',
    date: '2015-10-29',
    description: 'A video shows the Fabrikam image on unusual hardware.',
    categories: ['containers', 'fabrikam-tiny'],
  };

  test('every field lands in the one clean shape', () => {
    expect(announcementFrontmatter.parse(blog)).toEqual({
      title: 'Spotted: a Fabrikam image on a kettle',
      date: '2015-10-29',
      dateTime: null,
      dateSource: 'date',
      description: 'A video shows the Fabrikam image on unusual hardware.',
      summary: 'A video shows the Fabrikam image on unusual hardware.',
      author: null,
      authorHandle: null,
      categories: ['containers', 'fabrikam-tiny'],
      keywords: [],
      sources: [],
      hosts: [],
      images: [],
      supersededBy: null,
      draft: false,
      dialect: 'blog',
      extra: {},
    });
  });

  test('a YAML Date object (unquoted date) reads as that calendar day', () => {
    const data = announcementFrontmatter.parse({ ...blog, date: new Date(Date.UTC(2015, 9, 29)) });
    expect(data).toMatchObject({ date: '2015-10-29', dateTime: null, dateSource: 'date' });
  });

  test.each(['2015-02-30', '29/10/2015', 'last week', '2015-10-29 25:00:00'])(
    'date %s is refused naming the form',
    (bad) => {
      const [message] = errorsOf({ ...blog, date: bad });
      expect(message).toContain('field "date": expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS');
      expect(message).toContain(JSON.stringify(bad));
    },
  );

  test('an invalid Date object is refused', () => {
    expect(errorsOf({ ...blog, date: new Date('nope') })[0]).toContain('got an invalid date');
  });

  test('a missing title is refused naming the field', () => {
    const rest = omit(blog, 'title');
    expect(errorsOf(rest)).toEqual(['field "title": expected a non-empty title, got nothing']);
    expect(errorsOf({ ...blog, title: '  ' })).toEqual([
      'field "title": expected a non-empty title, got an empty value',
    ]);
  });
});

describe('our own fields', () => {
  const ours = {
    title: 'Pin Fabrikam tiny by build',
    date: '2021-03-04',
    author: 'Compat Explorer editors',
    summary: 'Our own one-line summary.',
    description: 'A longer description.',
    categories: ['Tags', 'tags', 'Registry Changes'],
    sources: [{ title: ' Example source ', url: 'https://example.com/a' }],
    hosts: ['ws2019', 'ws2019', 'ws2022'],
    images: 'servercore-ltsc2019',
    supersededBy: 'a-newer-post',
    draft: true,
    reviewer: 'someone',
  };

  test('are read, deduplicated and keep unknown keys under extra', () => {
    expect(announcementFrontmatter.parse(ours)).toMatchObject({
      summary: 'Our own one-line summary.',
      description: 'A longer description.',
      categories: ['tags', 'registry-changes'],
      sources: [{ title: 'Example source', url: 'https://example.com/a' }],
      hosts: ['ws2019', 'ws2022'],
      images: ['servercore-ltsc2019'],
      supersededBy: 'a-newer-post',
      draft: true,
      dialect: 'ours',
      extra: { reviewer: 'someone' },
    });
  });

  test('bad ids, urls and flags are refused naming the field', () => {
    expect(errorsOf({ ...ours, hosts: ['WS 2019'] })[0]).toContain('expected lower-case letters');
    expect(errorsOf({ ...ours, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })[0]).toContain(
      'field "sources.url": expected an http(s) URL',
    );
    expect(errorsOf({ ...ours, draft: 'yes' })[0]).toBe('field "draft": expected true or false, got "yes"');
    expect(errorsOf({ ...ours, supersededBy: 'Not A Slug' })[0]).toContain('expected lower-case letters');
  });

  test('a post with no date at all passes the schema; the file name decides later', () => {
    const rest = omit(ours, 'date');
    expect(announcementFrontmatter.parse(rest)).toMatchObject({
      date: null,
      dateTime: null,
      dateSource: null,
    });
  });
});

describe('date precedence and forms', () => {
  test('date with a time beats ms.date, ms.date beats nothing', () => {
    const both = { title: 't', date: '2017-10-18 19:30:43', 'ms.date': '10/19/2017' };
    expect(announcementFrontmatter.parse(both)).toMatchObject({ date: '2017-10-18', dateSource: 'date' });
    expect(announcementFrontmatter.parse({ title: 't', 'ms.date': '10/19/2017' }).dateSource).toBe('ms.date');
    expect(announcementFrontmatter.parse({ title: 't' }).dateSource).toBeNull();
  });

  test.each([
    ['2017-10-18', { date: '2017-10-18', dateTime: null }],
    ['2017-10-18 19:30', { date: '2017-10-18', dateTime: '2017-10-18T19:30:00' }],
    ['2017-10-18T19:30:43Z', { date: '2017-10-18', dateTime: '2017-10-18T19:30:43' }],
    [new Date(Date.UTC(2017, 9, 18, 19, 30, 43)), { date: '2017-10-18', dateTime: '2017-10-18T19:30:43' }],
    [new Date(Date.UTC(2017, 9, 18)), { date: '2017-10-18', dateTime: null }],
  ])('parsePostDate(%s)', (input, expected) => {
    expect(parsePostDate(input)).toEqual(expected);
  });

  test('parseMsDate refuses impossible days instead of rolling them over', () => {
    expect(parseMsDate('13/45/2017')).toBeNull();
    expect(parseMsDate('2/29/2019')).toBeNull();
    expect(parseMsDate('2/29/2020')).toBe('2020-02-29');
  });
});

describe('YAML as Astro parses it', () => {
  test('unquoted dates and timestamps become Date objects and still normalise', () => {
    const raw = yamlOf(
      'title: Fabrikam note\ndate:       2017-10-18 19:30:43\nms.date: 10/18/2017\nms.assetid:',
    );
    expect(raw['date']).toBeInstanceOf(Date);
    expect(announcementFrontmatter.parse(raw)).toMatchObject({
      date: '2017-10-18',
      dateTime: '2017-10-18T19:30:43',
      dateSource: 'date',
      dialect: 'docs',
      extra: { 'ms.assetid': null },
    });
    const blog = yamlOf('title: "Kettle"\ndate: 2015-10-29\ncategories:\n  - "containers"');
    expect(blog['date']).toBeInstanceOf(Date);
    expect(announcementFrontmatter.parse(blog)).toMatchObject({
      date: '2015-10-29',
      dateTime: null,
      dialect: 'blog',
    });
  });

  test('a quoted date stays a string and reads the same', () => {
    expect(announcementFrontmatter.parse(yamlOf('title: Q\ndate: "2015-10-29"')).date).toBe('2015-10-29');
  });
});

describe('file name, slug and messages', () => {
  test('resolveAnnouncementDate prefers the frontmatter, then the YYYYMMDD- prefix', () => {
    expect(resolveAnnouncementDate({ date: '2020-01-02' }, 'content/announcements/20190402-x.md')).toBe(
      '2020-01-02',
    );
    expect(resolveAnnouncementDate({ date: null }, 'content/announcements/20190402-foo.md')).toBe(
      '2019-04-02',
    );
  });

  test('without any date it throws naming the file and the three ways to give one', () => {
    expect(() => resolveAnnouncementDate({ date: null }, FILE)).toThrow(
      /^content\/announcements\/x\.md: field "date": expected a date; one is required: `date`, `ms\.date` or a YYYYMMDD- file-name prefix/,
    );
    expect(() => resolveAnnouncementDate({ date: null }, 'content/announcements/20191345-x.md')).toThrow(
      'field "file name": expected a real date in the YYYYMMDD- prefix',
    );
  });

  test('announcementSlug drops the date prefix and extension and slugifies', () => {
    expect(announcementSlug('20190402-Foo_Bar Baz.md')).toBe('foo-bar-baz');
    expect(announcementSlug('content/announcements/sub/20171018-Images-Are-Out.markdown')).toBe(
      'images-are-out',
    );
    expect(announcementSlug('windows-server-1709-images')).toBe('windows-server-1709-images');
    expect(() => announcementSlug('20190402-.md')).toThrow('field "file name"');
  });

  test('formatBuildError is the one message format', () => {
    expect(formatBuildError(FILE, 'ms.date', 'M/D/YYYY (e.g. 10/18/2017)', '13/45/2017')).toBe(
      'content/announcements/x.md: field "ms.date": expected M/D/YYYY (e.g. 10/18/2017), got "13/45/2017"',
    );
    expect(formatBuildError(null, 'title', 'text', undefined)).toBe(
      'field "title": expected text, got nothing',
    );
  });

  test('parseAnnouncementFrontmatter prefixes every message with the file', () => {
    expect(() =>
      parseAnnouncementFrontmatter({ title: 'x', 'ms.date': '13/45/2017', draft: 1 }, FILE),
    ).toThrow(
      'content/announcements/x.md: field "ms.date": expected M/D/YYYY (e.g. 10/18/2017), got "13/45/2017"\n' +
        'content/announcements/x.md: field "draft": expected true or false, got 1',
    );
    expect(() => parseAnnouncementFrontmatter('not an object', FILE)).toThrow(
      /^content\/announcements\/x\.md: field "\(frontmatter\)"/,
    );
  });

  test('detectDialect reads the raw keys', () => {
    expect(detectDialect({ title: 'a', 'ms.date': '1/1/2020', hosts: ['ws2019'] })).toBe('docs');
    expect(detectDialect({ title: 'a', summary: 's' })).toBe('ours');
    expect(detectDialect({ title: 'a', date: '2020-01-01' })).toBe('blog');
  });
});
