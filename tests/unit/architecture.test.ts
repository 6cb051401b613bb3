import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = join(import.meta.dirname, '../../src/lib');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

// Folder rules (layers, no cycles, purity) are checked by dependency-cruiser (`npm run lint:deps`);
// this checks what it cannot: that every module stays small enough to read in one sitting.
describe('src/lib', () => {
  test(`no module passes ${MAX_LINES} lines`, () => {
    const long = sourceFiles(LIB)
      .map((file) => ({ file: relative(LIB, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  test('every module lives in a folder', () => {
    const loose = readdirSync(LIB, { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(loose.map((entry) => entry.name)).toEqual([]);
  });
});
