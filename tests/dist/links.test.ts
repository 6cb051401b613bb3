import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, builtPages, fileForPath } from './dist';

const LOCAL = 'http://site.invalid';
const SITE = process.env.SITE ?? 'https://wincontainers.example.org';

/** The URL of a built file, as the browser sees it. */
function pageUrl(file: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${LOCAL}${BASE}${path}`;
}

describe('links in dist/', () => {
  const pages = builtPages();
  const byFile = new Map(pages.map((page) => [page.file, page]));

  test('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test('every internal link, image and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of page.links) {
        const value = link.value.startsWith(SITE) ? link.value.slice(SITE.length) || '/' : link.value;
        if (/^(https?:|mailto:|data:)/.test(value)) continue;
        const target = new URL(value, pageUrl(page.file));
        if (target.origin !== LOCAL) continue;
        const file = fileForPath(target.pathname);
        if (file === null || !existsSync(join(DIST, file))) {
          broken.push(
            `${page.file}: <${link.tag} ${link.attribute}="${link.value}"> → missing ${target.pathname}`,
          );
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        // `#paste=<text>` is text for the paste box (src/lib/readers/paste-link.ts), not an anchor.
        const isAnchor = fragment !== '' && !fragment.startsWith('paste=');
        if (isAnchor && file.endsWith('.html') && !byFile.get(file)?.ids.has(fragment)) {
          broken.push(
            `${page.file}: <${link.tag} ${link.attribute}="${link.value}"> → no #${fragment} in ${file}`,
          );
        }
      }
    }
    expect(broken.slice(0, 30)).toEqual([]);
  });

  test('no javascript: URLs anywhere, and external links open without opener or referrer', () => {
    const problems: string[] = [];
    for (const page of pages) {
      if (/\b(href|src)\s*=\s*["']?\s*javascript:/i.test(page.html))
        problems.push(`${page.file}: javascript: URL`);
      for (const match of page.html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        const tag = match[0];
        if (tag.includes(`href="${SITE}`)) continue;
        if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(tag)) {
          problems.push(`${page.file}: ${tag.slice(0, 120)}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
