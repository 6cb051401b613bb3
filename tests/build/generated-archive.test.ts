/**
 * A real archive must build: one `astro build` over a copy of the project with a few hundred generated
 * posts in every shape real archives come in (scripts/generated-posts.mjs). The build succeeds, every
 * repaired post is warned about with its file and line, every unreadable post is listed with the
 * parser's line and message, and no link is lost: each one is an <a href> on the built page, or, for a
 * blog post that names no address, reported in the build output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { writeGeneratedPosts } from '../../scripts/generated-posts.mjs';
import type { GeneratedPost } from '../../scripts/generated-posts.mjs';
import { copyProject, PROJECT_ROOT } from '../../scripts/project-copy.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const POSTS = 300;
const FOLDER = 'content/announcements/generated';

let dir = '';
let status: number | null = null;
let output = '';
let seconds = 0;
let posts: GeneratedPost[] = [];

/** Every href on a built page, with the entities Astro writes for `&` decoded. */
function hrefsOf(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<a\b[^>]*?\bhref="([^"]*)"/g)].map((match) =>
      (match[1] ?? '').replaceAll('&#x26;', '&').replaceAll('&amp;', '&'),
    ),
  );
}

const slugOf = (post: GeneratedPost): string => post.name.replace(/\.md$/, '');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'generated-archive-'));
  copyProject(dir);
  posts = writeGeneratedPosts(join(dir, FOLDER), POSTS);
  const started = performance.now();
  const result = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 230_000,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      TODAY: '2026-11-23',
      ANNOUNCEMENTS_STRICT: '',
      ANNOUNCEMENTS_BLOG_ORIGIN: '',
    },
  });
  seconds = (performance.now() - started) / 1000;
  if (result.error) throw result.error;
  status = result.status;
  // eslint-disable-next-line no-control-regex
  output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  console.info(`generated-archive: ${POSTS} posts built in ${seconds.toFixed(1)} s`);
  // One build serves every test below; it needs far more than Vitest's default hook time.
}, 240_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe(`a build with ${POSTS} generated archive posts`, () => {
  test('succeeds', () => {
    expect(status, output.slice(-3000)).toBe(0);
    expect(posts.filter((post) => post.status === 'skipped').length).toBeGreaterThan(10);
    expect(posts.filter((post) => post.status === 'repaired').length).toBeGreaterThan(50);
  });

  test('lists every unreadable post with its line and the parser’s message, and builds no page for it', () => {
    const skipped = posts.filter((post) => post.status === 'skipped');
    expect(output).toMatch(new RegExp(`${skipped.length} announcement\\(s\\) skipped`));
    expect(new Set(skipped.map((post) => post.problem)).size).toBe(2);
    for (const post of skipped) {
      expect(output).toMatch(new RegExp(`${FOLDER}/${post.name}:\\d+: ${post.problem ?? '(missing)'}`));
      expect(existsSync(join(dir, 'dist/announcements', slugOf(post), 'index.html'))).toBe(false);
    }
  });

  test('warns about every repaired post, naming its file and a line', () => {
    for (const post of posts.filter((item) => item.status === 'repaired')) {
      expect(output).toMatch(new RegExp(`${FOLDER}/${post.name}:\\d+: frontmatter repaired`));
    }
  });

  test('loses no link: each is an <a href> on its page, or reported when the post names no address', () => {
    let checked = 0;
    for (const post of posts.filter((item) => item.status !== 'skipped')) {
      const page = join(dir, 'dist/announcements', slugOf(post), 'index.html');
      expect(existsSync(page), page).toBe(true);
      const hrefs = hrefsOf(readFileSync(page, 'utf8'));
      for (const link of post.links) {
        if (link.expected === null) {
          expect(output).toContain(`${FOLDER}/${post.name}: field "link"`);
          expect(output).toContain(JSON.stringify(link.href));
        } else {
          expect(hrefs.has(link.expected), `${post.name}: ${link.href} → ${link.expected}`).toBe(true);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(POSTS * 2);
  });
});
