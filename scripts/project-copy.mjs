// Copies the project into another folder for a throw-away build (benchmarks, broken-content tests),
// so that nothing those builds write can reach the project itself.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Top-level folders left out of a copy: dependencies (linked instead), outputs and caches. */
const SKIPPED = new Set(['node_modules', 'dist', 'dist-subpath', '.git', '.astro', 'bench', 'test-results']);
/** Caches Astro and Vite write into node_modules; each copy gets its own. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project into `dir` and links its dependencies package by package, rather than linking the
 * whole node_modules folder, so Astro's content cache (node_modules/.astro) and Vite's stay in the copy.
 */
export function copyProject(dir) {
  cpSync(PROJECT_ROOT, dir, {
    recursive: true,
    filter: (source) => dirname(source) !== PROJECT_ROOT || !SKIPPED.has(basename(source)),
  });
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(target, name));
  }
}
