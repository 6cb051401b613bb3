import { describe, expect, test } from 'vitest';
import { againstLines } from '../../scripts/bench-against.mjs';
import { WEIGHT_HEADER, upsertRows } from '../../scripts/bench-report.mjs';

const report = [
  '# Benchmark report',
  '',
  '## Page weight (gzip, as loaded in Chromium)',
  '',
  ...WEIGHT_HEADER,
  '| home | 12.8 KB | 7.8 KB | 0.0 KB | 3 |',
  '| matrix | 26.9 KB | 7.8 KB | 73.1 KB | 10 |',
  '',
  '## Lighthouse',
  '',
  'Not run (quick mode or no Chromium).',
  '',
].join('\n');

describe('bench report rows (npm run bench -- --pages=…)', () => {
  test('a measured page type replaces its row and a new one is appended to the same table', () => {
    const updated = upsertRows(report, '## Page weight (gzip, as loaded in Chromium)', WEIGHT_HEADER, [
      '| matrix | 27.0 KB | 7.8 KB | 74.0 KB | 10 |',
      '| platform | 5.5 KB | 7.8 KB | 0.0 KB | 3 |',
    ]);
    const lines = updated.split('\n');
    expect(lines.filter((line) => line.startsWith('| matrix'))).toEqual([
      '| matrix | 27.0 KB | 7.8 KB | 74.0 KB | 10 |',
    ]);
    expect(lines.indexOf('| platform | 5.5 KB | 7.8 KB | 0.0 KB | 3 |')).toBe(
      lines.indexOf('| matrix | 27.0 KB | 7.8 KB | 74.0 KB | 10 |') + 1,
    );
    expect(lines).toContain('| home | 12.8 KB | 7.8 KB | 0.0 KB | 3 |');
    expect(lines).toContain('Not run (quick mode or no Chromium).');
  });

  test('a section without a table gets one under its heading, leaving the next section alone', () => {
    const updated = upsertRows(report, '## Page weight (gzip, as loaded in Chromium)', WEIGHT_HEADER, []);
    expect(updated).toBe(report);
    const withScores = upsertRows(
      report,
      '## Lighthouse',
      ['| Page type | P |', '| --- | ---: |'],
      ['| platform | 100 |'],
    );
    expect(withScores.split('## Lighthouse')[1]).toContain(
      '| Page type | P |\n| --- | ---: |\n| platform | 100 |',
    );
    expect(withScores.split('## Lighthouse')[0]).not.toContain('platform');
  });
});

describe('build time against a ref', () => {
  const run = (seconds: number, cpuSeconds: number, pages: number) => ({
    seconds,
    cpuSeconds,
    pages,
    cards: 900,
    drawn: 0,
  });
  const result = (headSeconds: number[], likeSeconds: number[] = []) => ({
    ref: '12fe32d',
    commit: '12fe32d',
    headCommit: 'ec144ce',
    rounds: headSeconds.length,
    warm: { ref: run(40, 30, 1300), head: run(50, 35, 1500) },
    runs: {
      ref: headSeconds.map(() => run(20, 15, 1300)),
      head: headSeconds.map((s) => run(s, s, 1500)),
      like: likeSeconds.map((s) => run(s, s, 1300)),
    },
    likeConcurrency: likeSeconds.length > 0 ? 4 : null,
  });

  test('the report gives the ratio, the page counts and whether the 1.5× budget holds', () => {
    const text = againstLines(result([24, 26, 28]), new Date('2026-12-03T08:30:00Z')).join('\n');
    expect(text).toContain('## Build time against 12fe32d');
    expect(text).toContain('Working tree ÷ 12fe32d: 1.30× wall time');
    expect(text).toContain('wall time within');
    expect(text).toContain('(1300 → 1500)');
  });

  test('a ratio over 1.5× is flagged, not hidden', () => {
    const text = againstLines(result([20, 35, 40]), new Date('2026-12-03T08:30:00Z')).join('\n');
    expect(text).toContain('1.75× wall time');
    expect(text).toContain('wall time OVER');
  });

  test('when only the working tree renders pages concurrently, the like-for-like ratio is reported too', () => {
    const text = againstLines(result([24, 26, 28], [13, 14, 15]), new Date('2026-12-03T08:30:00Z')).join(
      '\n',
    );
    expect(text).toContain('| 12fe32d with `build.concurrency: 4` | 14.0 s (13.0 s–15.0 s)');
    expect(text).toContain('working tree takes **1.86× its wall time**');
    expect(text).toContain('judged against 12fe32d as it was');
    expect(againstLines(result([24, 26, 28]), new Date()).join('\n')).not.toContain('Like for like');
  });
});
