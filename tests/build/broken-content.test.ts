/**
 * A content author's mistake must stop the build with a message that names the file and the field, so
 * the author knows where to look. Each case copies the project to a temporary folder, breaks one file
 * the way people do, and runs a real `astro build` there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { copyProject, PROJECT_ROOT } from '../../scripts/project-copy.mjs';
import { describe, expect, test } from 'vitest';

const ROOT = PROJECT_ROOT;

interface BuildResult {
  status: number;
  output: string;
}

/** Breaks one copy of the project with `mutate(dir)`, builds it, and returns the exit status and output. */
function buildBroken(mutate: (dir: string) => void): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'broken-content-'));
  try {
    copyProject(dir);
    mutate(dir);
    const result = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
      // As `npm run build` does: the project's node_modules/.bin first on PATH, so the `node` package
      // the project pins runs Astro, whatever Node runs Vitest.
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        TODAY: '2026-11-23',
      },
    });
    // A build that could not start or was killed (timeout) says nothing about the content.
    if (result.error) throw result.error;
    if (result.status === null) throw new Error(`astro build was killed by ${result.signal ?? 'a signal'}`);
    // eslint-disable-next-line no-control-regex
    const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    return { status: result.status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rewrites one file of the copy; fails if the change did not apply, so a case never builds good content. */
function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the mutation of ${file} changed nothing`);
  writeFileSync(path, after);
}

describe('broken content fails the build, naming the file and the field', () => {
  test('a host build written as a word', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'content/hosts/ws2019.yaml', (text) => text.replace(/^build: .*$/m, 'build: seventeen')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/hosts/ws2019.yaml');
    // The schema issue line: the field, then what was expected.
    expect(output).toMatch(/^\s*build\b.*expected/im);
  });

  test('an image citing a source key that content/sources.yaml does not define', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'content/images/servercore-ltsc2022.yaml', (text) =>
        text.replace(/^sources: \[[^\],]+/m, 'sources: [NOPE-404'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/images/servercore-ltsc2022.yaml');
    expect(output).toContain('sources[0]');
    expect(output).toContain('NOPE-404');
  });

  test('an announcement with an impossible ms.date', () => {
    const { status, output } = buildBroken((dir) =>
      writeFileSync(
        join(dir, 'content/announcements/zz-broken.md'),
        '---\ntitle: A broken post\nms.date: 13/45/2017\n---\n\nBody.\n',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/announcements/zz-broken.md');
    expect(output).toContain('field "ms.date": expected M/D/YYYY');
    expect(output).toContain('13/45/2017');
  });

  test('a host file that is not valid YAML', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'content/hosts/ws2022.yaml', (text) => `${text}  bad: [unclosed\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/hosts/ws2022.yaml');
    expect(output).toMatch(/failed to parse/i);
  });
});
