/**
 * The announcements loader runs Astro's real glob() loader over the tolerant fixtures with a stand-in for
 * the rest of Astro (store, logger, the Markdown entry type reading frontmatter with Astro's parser):
 * repaired posts are stored with their data and warned about, the unreadable one is left out and listed,
 * and strict mode turns the same findings into a failed load.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { announcementsLoader } from '../../../src/lib/announcements/loader';
import type { LoaderFindings } from '../../../src/lib/announcements/loader';

const ROOT = join(import.meta.dirname, '../../..');
const BASE = './tests/fixtures/announcements/tolerant';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  rendered?: { html: string };
}

/** Runs the loader once; returns what it stored, what it warned and what it found. */
async function runLoader(strict: boolean, stored = new Map<string, Stored>()) {
  const warnings: string[] = [];
  let findings: LoaderFindings | undefined;
  const rootUrl = pathToFileURL(`${ROOT}/`);
  const store = {
    keys: () => [...stored.keys()],
    get: (id: string) => stored.get(id),
    has: (id: string) => stored.has(id),
    set: (entry: Stored) => (stored.set(entry.id, entry), true),
    delete: (id: string) => void stored.delete(id),
    addAssetImports: () => undefined,
    addModuleImport: () => undefined,
  };
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }: { contents: string }) => {
      const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
      return {
        data: parsed.frontmatter,
        body: parsed.content.trim(),
        slug: '',
        rawData: parsed.rawFrontmatter,
      };
    },
    // Stands for the unified render: records the frontmatter the plugins would see.
    getRenderFunction: () =>
      Promise.resolve((entry: { data: Record<string, unknown>; body?: string }) =>
        Promise.resolve({ html: `${String(entry.data['title'])}|${entry.body ?? ''}`, metadata: {} }),
      ),
  };
  const context = {
    collection: 'announcements',
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
    logger: { warn: (line: string) => warnings.push(line), info: () => undefined, error: () => undefined },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    store,
    generateDigest: (value: unknown) => String(typeof value === 'string' ? value.length : 0),
    entryTypes: new Map([['.md', markdown]]),
  } as unknown as LoaderContext;
  const loader = announcementsLoader({
    base: BASE,
    pattern: '*.md',
    strict,
    strictSetting: 'ANNOUNCEMENTS_STRICT=1',
    onFindings: (found) => (findings = found),
  });
  let error: unknown = null;
  await loader.load(context).catch((caught: unknown) => (error = caught));
  return { stored, warnings, findings, error };
}

describe('announcementsLoader', () => {
  test('repairs what it can, stores it with the repaired data, and skips only the ambiguous post', async () => {
    const { stored, warnings, findings, error } = await runLoader(false);
    expect(error).toBeNull();
    expect([...stored.keys()].sort()).toEqual([
      'classic-mac',
      'clean',
      'crlf-colon',
      'inner-quotes',
      'stray-bom',
      'tab-indented',
    ]);
    expect(stored.get('inner-quotes')?.data['title']).toBe(
      'Figures are out: "Fabrikam first" wins the survey',
    );
    // The renderer got the repaired frontmatter and the body without it.
    expect(stored.get('stray-bom')?.rendered?.html).toBe(
      'A post saved twice by an old editor|The editor put an invisible mark in front of the first and the third line.',
    );
    expect(findings?.skipped).toEqual([
      {
        file: 'tests/fixtures/announcements/tolerant/ambiguous.md',
        problem: { line: 4, message: 'Map keys must be unique' },
      },
    ]);
    expect(findings?.repaired.map((post) => post.file.split('/').pop())).toEqual([
      'classic-mac.md',
      'crlf-colon.md',
      'inner-quotes.md',
      'stray-bom.md',
      'tab-indented.md',
    ]);
    expect(warnings).toContain(
      'tests/fixtures/announcements/tolerant/tab-indented.md:5: frontmatter repaired: a tab used for indentation was replaced by two spaces',
    );
    expect(warnings).toContain(
      '  tests/fixtures/announcements/tolerant/ambiguous.md:4: Map keys must be unique',
    );
    expect(warnings.some((line) => line.startsWith('1 announcement(s) skipped'))).toBe(true);
  });

  test('an older stored copy of a post that has become unreadable is removed', async () => {
    const stale = new Map<string, Stored>([['ambiguous', { id: 'ambiguous', data: { title: 'Old' } }]]);
    const { stored } = await runLoader(false, stale);
    expect(stored.has('ambiguous')).toBe(false);
  });

  test('strict mode fails the load, listing every repaired and unreadable post', async () => {
    const { error } = await runLoader(true);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('ANNOUNCEMENTS_STRICT=1 is set');
    expect(message).toContain('tolerant/ambiguous.md:4: Map keys must be unique');
    expect(message).toContain('tolerant/inner-quotes.md:2: frontmatter repaired');
  });

  test('without Astro’s entry types it says what broke instead of loading without the fallback', async () => {
    const loader = announcementsLoader({ base: BASE, pattern: '*.md', strict: false });
    await expect(loader.load({ logger: {} } as unknown as LoaderContext)).rejects.toThrow(/entryTypes/);
  });
});
