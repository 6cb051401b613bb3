import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, builtPages, fileForPath } from './dist';
import { pasteFromFragment } from '../../src/lib/readers/paste-link';

// The published contract of /api/v1/errors.json (extra fields are allowed, these are required).
const text = z.string().min(10);
const contract = z.object({
  schemaVersion: z.literal(1),
  generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  errors: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: text,
        code: z.string().nullable(),
        message: text,
        codes: z.array(z.string()),
        examples: z.array(z.object({ where: z.string().min(3), text })).min(1),
        meaning: text,
        causes: z.array(z.object({ cause: text, howToTell: text, whatToDo: z.array(text).min(1) })).min(1),
        whatToDo: z.array(text).min(1),
        sources: z.array(z.string()).min(1),
        announcements: z.array(z.string()),
        url: z.string(),
      }),
    )
    .min(30),
});

const document = contract.parse(JSON.parse(readFileSync(join(DIST, 'api/v1/errors.json'), 'utf8')));
const pages = builtPages();
const errorPages = pages.filter((page) => /^errors\/[^/]+\/index\.html$/.test(page.file));

describe('/api/v1/errors.json', () => {
  test('has one entry per error page, each url the page that exists', () => {
    expect(document.errors.map((error) => `errors/${error.id}/index.html`).sort()).toEqual(
      errorPages.map((page) => page.file).sort(),
    );
    for (const error of document.errors) {
      const file = fileForPath(error.url);
      expect(file !== null && existsSync(join(DIST, file)), error.url).toBe(true);
    }
  });

  test('says what the page says for the OS mismatch', () => {
    const error = document.errors.find((entry) => entry.id === 'image-mismatch');
    expect(error?.code).toBe('0xc0370101');
    expect(error?.codes).toContain('HCS_E_IMAGE_MISMATCH');
    const page = errorPages.find((candidate) => candidate.file === 'errors/image-mismatch/index.html');
    for (const cause of error?.causes ?? []) expect(page?.html).toContain(cause.howToTell.split('`')[0]);
  });
});

describe('error pages', () => {
  test('title and first heading carry the code and the message', () => {
    for (const error of document.errors) {
      const page = errorPages.find((candidate) => candidate.file === `errors/${error.id}/index.html`);
      const title = /<title>([^<]*)<\/title>/.exec(page?.html ?? '')?.[1] ?? '';
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(page?.html ?? '')?.[1] ?? '';
      const escaped = error.message.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      for (const part of [error.code ?? '', escaped.replaceAll('"', '&quot;')]) {
        expect(title.replaceAll('&quot;', '"').replaceAll('"', '&quot;'), error.id).toContain(part);
      }
      expect(heading.replaceAll('&quot;', '"'), error.id).toContain(escaped);
      if (error.code !== null) expect(heading).toContain(error.code);
    }
  });

  test('each page links the paste box with its first example as text, and has its own card', () => {
    for (const error of document.errors) {
      const page = errorPages.find((candidate) => candidate.file === `errors/${error.id}/index.html`);
      const link = page?.links.find((candidate) => candidate.value.startsWith(`${BASE}#paste=`));
      expect(pasteFromFragment(link?.value.slice(BASE.length) ?? ''), error.id).toBe(error.examples[0]?.text);
      expect(page?.metas.get('og:image'), error.id).toMatch(new RegExp(`/og/errors/${error.id}\\.png$`));
    }
  });

  test('examples are shown as printed, without leading spaces', () => {
    const page = errorPages.find((candidate) => candidate.file === 'errors/image-mismatch/index.html');
    expect(page?.html).toMatch(/<pre[^>]*><code>docker: Error response from daemon:/);
  });

  test('the index links every error page, and so does the sitemap', () => {
    const index = pages.find((page) => page.file === 'errors/index.html');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const error of document.errors) {
      expect(index?.links.some((link) => link.value === error.url)).toBe(true);
      expect(sitemap).toContain(`${error.url}</loc>`);
    }
  });

  test("the paste box's code carries the explanations but not the pages' own prose", () => {
    const scripts = readdirSync(join(DIST, '_astro'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(DIST, '_astro', name), 'utf8'))
      .join('\n');
    const mismatch = document.errors.find((error) => error.id === 'image-mismatch');
    expect(scripts).toContain(mismatch?.meaning.slice(0, 40));
    for (const cause of mismatch?.causes ?? []) expect(scripts).not.toContain(cause.howToTell.slice(0, 30));
  });

  test('an error page is small: at most 12 KB of gzip HTML', () => {
    for (const page of errorPages) expect(gzipSync(page.html).length, page.file).toBeLessThan(12 * 1024);
  });
});
