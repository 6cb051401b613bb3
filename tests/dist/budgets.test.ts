import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, fileForPath, readDistFile } from './dist';
import type { BuiltPage } from './dist';

const KB = 1024;
/** Client directives that hydrate after the page has loaded, on the reader's action. */
const ON_DEMAND = ['visible', 'interact'];
const gz = (bytes: Buffer | string): number => gzipSync(bytes).length;

/** JS files a page loads on its own: module scripts and island code, with their static imports. */
function scriptFiles(page: BuiltPage): string[] {
  const entries = [
    ...page.scripts.flatMap((script) => (script.src ? [script.src] : [])),
    // Islands hydrated on load; `client:visible` ones load only when scrolled to or opened, and
    // `client:interact` ones (src/islands/directives) only when the reader points at or focuses them.
    ...[...page.html.matchAll(/<astro-island\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !ON_DEMAND.some((directive) => tag.includes(`client="${directive}"`)))
      .flatMap((tag) => [...tag.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? '')),
  ];
  const seen = new Set<string>();
  const queue = entries.map((src) => fileForPath(src)).filter((file): file is string => file !== null);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readDistFile(file).toString('utf8');
    // Static imports only: chunks loaded with import() arrive on demand, not on load.
    for (const match of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
      const dir = file.slice(0, file.lastIndexOf('/') + 1);
      queue.push(`${dir}${(match[1] ?? '').slice(2)}`);
    }
  }
  return [...seen];
}

/** Gzip bytes of all JavaScript a page runs on load (files plus inline scripts other than JSON). */
function javascriptBytes(page: BuiltPage): { files: number; inline: number } {
  const files = scriptFiles(page).reduce((sum, file) => sum + gz(readDistFile(file)), 0);
  const inline = page.scripts
    .filter((script) => !script.src && script.type !== 'application/json')
    .reduce((sum, script) => sum + gz(script.text), 0);
  return { files, inline };
}

const pages = builtPages();
const page = (file: string): BuiltPage => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`${file} is not in the build`);
  return found;
};

describe('byte budgets', () => {
  test.each([
    'hosts/ws2022/index.html',
    'hosts/index.html',
    'images/servercore-ltsc2022/index.html',
    'images/index.html',
    'matrix/ws2019/servercore-ltsc2022/index.html',
    'api/index.html',
    'errors/index.html',
    'errors/image-mismatch/index.html',
    'updates/index.html',
    'updates/20348/index.html',
    'platforms/index.html',
    'platforms/aks/index.html',
    'platforms/aks/windows2022/servercore-ltsc2022/index.html',
  ])('%s ships no JavaScript files and no island', (file) => {
    const built = page(file);
    expect(scriptFiles(built)).toEqual([]);
    expect(built.html).not.toContain('<astro-island');
    // Only the tiny inline theme scripts, which must run before paint.
    expect(javascriptBytes(built).inline).toBeLessThan(1 * KB);
  });

  test('the matrix page loads at most 80 KB of gzip JavaScript, React included', () => {
    const { files, inline } = javascriptBytes(page('matrix/index.html'));
    expect(files + inline).toBeLessThanOrEqual(80 * KB);
  });

  test.each(['index.html', 'tags/index.html'])(
    '%s loads at most 80 KB of gzip JavaScript, and its parsers only on first use',
    (file) => {
      const built = page(file);
      const { files, inline } = javascriptBytes(built);
      expect(files + inline).toBeLessThanOrEqual(80 * KB);
      // The island is there, but hydrates on interaction: the paste box or resolver code is not loaded yet.
      expect(built.html).toMatch(/<astro-island\b[^>]*client="interact"/);
      expect(scriptFiles(built).some((script) => /PasteBox|TagResolver/.test(script))).toBe(false);
    },
  );

  test('the matrix page HTML is at most 60 KB gzip', () => {
    expect(gz(page('matrix/index.html').html)).toBeLessThanOrEqual(60 * KB);
  });

  // The page types of the third stage (issue 17): reference pages read on a phone, so their HTML stays
  // small; today each is 4–7 KB gzip.
  test.each([
    'errors/index.html',
    'errors/image-mismatch/index.html',
    'updates/index.html',
    'updates/20348/index.html',
    'platforms/index.html',
    'platforms/aks/index.html',
    'platforms/aks/windows2022/servercore-ltsc2022/index.html',
  ])('%s HTML is at most 20 KB gzip', (file) => {
    expect(gz(page(file).html)).toBeLessThanOrEqual(20 * KB);
  });

  test('no page loads more than 20 KB of gzip CSS', () => {
    const sizes = new Map<string, number>();
    for (const built of pages) {
      const total = built.stylesheets.reduce((sum, href) => {
        const file = fileForPath(href);
        if (file === null) return sum;
        const size = sizes.get(file) ?? gz(readDistFile(file));
        sizes.set(file, size);
        return sum + size;
      }, 0);
      expect(total, built.file).toBeLessThanOrEqual(20 * KB);
    }
  });
});
