import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { explainErrors } from '../../src/lib/readers/errors';
import { ERROR_KINDS } from '../../src/lib/errors/catalog';
import { ENGINE_KINDS } from '../../src/lib/errors/catalog-engine';
import { HCS_CODES } from '../../src/lib/errors/catalog-hcs';
import { errorPageById, errorPages } from '../../src/lib/errors/pages';
import { pasteFromFragment, pasteLink } from '../../src/lib/readers/paste-link';
import { codeSpans } from '../../src/lib/errors/spans';

const root = join(import.meta.dirname, '../..');
const sourceKeys = new Set(
  (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id),
);
const exists = (folder: string, id: string, ext: string): boolean =>
  existsSync(join(root, folder, `${id}${ext}`));

/** Whether a site path is a page the build makes (checked against the content files). */
function isSitePage(path: string): boolean {
  const [section, first, second, ...rest] = path.split('#')[0]?.split('/').filter(Boolean) ?? [];
  if (rest.length > 0) return false;
  if (section === 'tags' || section === 'errors') return first === undefined;
  if (section === 'hosts')
    return first !== undefined && second === undefined && exists('content/hosts', first, '.yaml');
  if (section === 'images')
    return first !== undefined && second === undefined && exists('content/images', first, '.yaml');
  if (section === 'matrix')
    return (
      first !== undefined &&
      second !== undefined &&
      exists('content/hosts', first, '.yaml') &&
      exists('content/images', second, '.yaml')
    );
  return false;
}

describe('every error kind the paste box explains has a complete page', () => {
  test('every kind of the catalogs is listed, once', () => {
    const ids = ERROR_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of [...HCS_CODES, ...ENGINE_KINDS]) expect(ids).toContain(kind.id);
    expect(errorPages().map((page) => page.id)).toEqual(ids);
  });

  test.each(errorPages().map((page) => [page.id, page] as const))(
    '%s: causes, fixes, sources',
    (_id, page) => {
      expect(page.heading.length).toBeGreaterThan(10);
      expect(page.kind.meaning.length).toBeGreaterThan(30);
      expect(page.causes.length).toBeGreaterThan(0);
      for (const cause of page.causes) {
        expect(cause.cause.length).toBeGreaterThan(10);
        expect(cause.howToTell.length).toBeGreaterThan(10);
        expect(cause.fix.length).toBeGreaterThan(0);
        for (const link of cause.links ?? []) expect(isSitePage(link.path), link.path).toBe(true);
      }
      expect(page.sources.length).toBeGreaterThan(0);
      expect(page.sources.filter((key) => !sourceKeys.has(key))).toEqual([]);
      for (const slug of page.announcements)
        expect(exists('content/announcements', slug, '.md'), slug).toBe(true);
      for (const id of page.related) expect(errorPageById(id), id).toBeDefined();
    },
  );

  test.each(errorPages().map((page) => [page.id, page] as const))(
    '%s: every step the paste box gives is on the page, under a cause',
    (_id, page) => {
      const onPage = new Set(page.causes.flatMap((cause) => cause.fix));
      expect(page.kind.whatToDo.filter((step) => !onPage.has(step))).toEqual([]);
    },
  );

  test.each(errorPages().map((page) => [page.id, page] as const))(
    '%s: the paste box recognises every sample on the page as this error and links to it',
    (_id, page) => {
      expect(page.seenAs.length).toBeGreaterThan(0);
      for (const sample of page.seenAs) {
        expect(
          explainErrors(sample.text).map((error) => error.page),
          sample.text,
        ).toContain(page.id);
      }
    },
  );

  test('HCS pages give every spelling of the code, and the heading carries code and message', () => {
    const page = errorPageById('image-mismatch');
    expect(page?.heading).toBe(
      '0xc0370101: The container operating system does not match the host operating system.',
    );
    expect(page?.codes).toEqual([
      '0xc0370101',
      '0x80370101',
      '-1070137087',
      '-2143878911',
      'HCS_E_IMAGE_MISMATCH',
    ]);
    for (const code of page?.codes ?? [])
      expect(explainErrors(`failed: ${code}`)[0]?.page).toBe('image-mismatch');
  });

  test('an HCS code outside the table is explained and linked to the page for unlisted codes', () => {
    const [error] = explainErrors('failed (0xc037011d)');
    expect(error?.id).toBe('hcs-0xc037011d');
    expect(errorPageById(error?.page ?? '')).toBeDefined();
  });
});

describe('paste links', () => {
  test('a text survives the round trip through the fragment, HTML included as text', () => {
    const text = 'hcs::CreateComputeSystem 3f: <b>x</b> & "y" #1 100%';
    const link = pasteLink(text);
    expect(link.startsWith('/#paste=')).toBe(true);
    expect(link).not.toMatch(/[<>"\s]/);
    expect(pasteFromFragment(link.slice(1))).toBe(text);
  });

  test.each([['#other=1'], ['#paste='], ['#paste=%E0%A4%A'], [''], [undefined], [42]])(
    '%s opens an empty box',
    (hash) => {
      expect(pasteFromFragment(hash)).toBeNull();
    },
  );

  test('long texts are cut', () => {
    expect(pasteFromFragment(pasteLink('x'.repeat(10_000)).slice(1))?.length).toBe(4000);
  });
});

describe('code spans in our prose', () => {
  test('backticked runs become code, the rest stays text', () => {
    expect(codeSpans('run `cmd /c ver` on the host')).toEqual([
      'run ',
      { code: 'cmd /c ver' },
      ' on the host',
    ]);
  });

  test('an unpaired backtick leaves the text as it is', () => {
    expect(codeSpans('a ` b')).toEqual(['a ` b']);
  });
});
