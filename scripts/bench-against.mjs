// `npm run bench -- --against=<git ref>`: build time of the working tree against an earlier commit, so a
// budget such as "within 1.5× of today's time" is measured rather than remembered. Both sides build
// without cards (every card from a warm card cache), back to back and alternating, so both see the same
// load on a shared machine.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.mjs';

/** Caches Astro, Vite and the card code write into node_modules; each side gets its own. */
const CACHES = new Set(['.astro', '.vite', '.cache']);
/** The build may be at most this many times slower than the ref's (issues 15 and 16). */
export const AGAINST_BUDGET = 1.5;

/** CPU seconds (user + system) used so far by this process's finished children; null off Linux. */
export function childCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * @typedef {{ seconds: number, cpuSeconds: number | null, pages: number, cards: number | null, drawn: number | null }} BuildRun
 * @typedef {{ ref: string, commit: string, headCommit: string, rounds: number, warm: { ref: BuildRun, head: BuildRun }, runs: { ref: BuildRun[], head: BuildRun[], like: BuildRun[] }, likeConcurrency: number | null }} AgainstResult
 */

/** Number of HTML pages under a folder. @param {string} folder */
function htmlPages(folder) {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true }).filter(
    (name) => String(name).endsWith('.html') && statSync(join(folder, String(name))).isFile(),
  ).length;
}

/** Median of numbers (the upper one of an even count, as the rest of the bench). */
/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Links the project's dependencies package by package, leaving caches out so the side keeps its own. */
/** @param {string} root @param {string} dir */
function linkDependencies(root, dir) {
  const target = join(dir, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(target, name));
  }
}

/** One `astro build` in `dir`, timed: wall and CPU seconds, pages, and cards drawn (null if not logged). */
/** @param {string} dir @param {string} label @param {string[]} [extraArgs] @returns {BuildRun} */
function timedBuild(dir, label, extraArgs = /** @type {string[]} */ ([])) {
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  // The project's Astro run with the Node running the bench (the pinned one), as the other sections do.
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', ...extraArgs], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childCpuSeconds();
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`build of ${label} failed in ${dir}:\n${tail}`);
  }
  const cards = /\[cards\] (\d+) cards: (\d+) drawn/.exec(result.stdout);
  return {
    seconds,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    pages: htmlPages(join(dir, 'dist')),
    cards: cards ? Number(cards[1]) : null,
    drawn: cards ? Number(cards[2]) : null,
  };
}

/** The `build.concurrency` an Astro config file sets, or null when it sets none (Astro's default, 1). */
/** @param {string} configFile */
export function configuredConcurrency(configFile) {
  if (!existsSync(configFile)) return null;
  // A regular expression, not an import: the config imports TypeScript that plain Node cannot load.
  const match = /\bconcurrency:\s*(\d+)/.exec(readFileSync(configFile, 'utf8'));
  return match ? Number(match[1]) : null;
}

/**
 * Writes a config into the ref's tree that is the ref's own with the working tree's page concurrency, so
 * the ref can also be timed like for like. Returns the file name to pass to `astro build --config`.
 * @param {string} refDir @param {number} concurrency
 */
function likeForLikeConfig(refDir, concurrency) {
  const file = 'astro.bench-like.config.mjs';
  writeFileSync(
    join(refDir, file),
    [
      "import config from './astro.config.mjs';",
      `export default { ...config, build: { ...config.build, concurrency: ${String(concurrency)} } };`,
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * Checks `ref` out into a temporary git worktree under bench/tmp and copies the working tree to `tmp`,
 * warms both card caches with one build each, then runs `rounds` pairs of builds (ref, then working
 * tree). Both temporary trees are removed at the end, also when a build fails.
 */
/**
 * @param {{ root: string, tmp: string, ref: string, rounds: number, log: (message: string) => void }} options
 * @returns {AgainstResult}
 */
export function againstTimings({ root, tmp, ref, rounds, log }) {
  const resolved = spawnSync('git', ['rev-parse', '--short', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (resolved.status !== 0) throw new Error(`--against=${ref}: not a commit in this repository`);
  const commit = resolved.stdout.trim();
  const headCommit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const refDir = join(root, 'bench/tmp', `against-${commit}`);
  const headDir = join(tmp, 'against-working-tree');
  const removeTrees = () => {
    spawnSync('git', ['worktree', 'remove', '--force', refDir], { cwd: root });
    rmSync(refDir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: root });
    rmSync(headDir, { recursive: true, force: true });
  };
  removeTrees();
  try {
    mkdirSync(join(root, 'bench/tmp'), { recursive: true });
    const added = spawnSync('git', ['worktree', 'add', '--detach', refDir, commit], {
      cwd: root,
      encoding: 'utf8',
    });
    if (added.status !== 0) throw new Error(`git worktree add ${commit} failed:\n${added.stderr}`);
    // The ref gets today's dependencies: its package.json may name fewer, never ones we lack.
    linkDependencies(root, refDir);
    mkdirSync(headDir, { recursive: true });
    copyProject(headDir);
    const ref_ = { dir: refDir, label: commit };
    const head = { dir: headDir, label: 'working tree' };
    /** @param {{ dir: string, label: string }} side */
    const warmUp = (side) => {
      const run = timedBuild(side.dir, side.label);
      log(
        `against ${commit}: warm-up build of ${side.label} ${run.seconds.toFixed(1)} s (fills the card cache)`,
      );
      return run;
    };
    const warm = { ref: warmUp(ref_), head: warmUp(head) };
    /** @param {{ dir: string, label: string, args?: string[] }} side */
    const timed = (side) => {
      const run = timedBuild(side.dir, side.label, side.args);
      if (run.drawn !== null && run.drawn > 0)
        throw new Error(`${side.label} drew ${String(run.drawn)} cards with a warm card cache`);
      return run;
    };
    // When the working tree renders several pages at once and the ref does not, the ref is also timed with
    // the same setting: the budget is against the ref as it was, the like-for-like ratio shows the work.
    const headConcurrency = configuredConcurrency(join(headDir, 'astro.config.mjs'));
    const likeConcurrency =
      headConcurrency !== null && configuredConcurrency(join(refDir, 'astro.config.mjs')) === null
        ? headConcurrency
        : null;
    const like =
      likeConcurrency === null
        ? null
        : {
            dir: refDir,
            label: `${commit} with concurrency ${String(likeConcurrency)}`,
            args: ['--config', likeForLikeConfig(refDir, likeConcurrency)],
          };
    /** @type {AgainstResult['runs']} */
    const runs = { ref: [], head: [], like: [] };
    for (let round = 1; round <= rounds; round += 1) {
      const pair = { ref: timed(ref_), head: timed(head) };
      runs.ref.push(pair.ref);
      runs.head.push(pair.head);
      const likeRun = like ? timed(like) : null;
      if (likeRun) runs.like.push(likeRun);
      log(
        `against ${commit} round ${String(round)}: ${commit} ${pair.ref.seconds.toFixed(1)} s, ` +
          `working tree ${pair.head.seconds.toFixed(1)} s, ratio ${(pair.head.seconds / pair.ref.seconds).toFixed(2)}` +
          (likeRun ? `; ${like?.label ?? ''} ${likeRun.seconds.toFixed(1)} s` : ''),
      );
    }
    return { ref, commit, headCommit, rounds, warm, runs, likeConcurrency };
  } finally {
    removeTrees();
  }
}

/**
 * Median and range of numbers, as `m (lo–hi)` with `digits` decimals and a unit.
 * @param {number[]} values
 * @param {number} digits
 */
function spread(values, digits, unit = '') {
  const fixed = (/** @type {number} */ value) => `${value.toFixed(digits)}${unit}`;
  return `${fixed(median(values))} (${fixed(Math.min(...values))}–${fixed(Math.max(...values))})`;
}

/**
 * Report lines for the build-time comparison against a ref.
 * @param {AgainstResult} result
 * @param {Date} startedAt
 * @returns {string[]}
 */
export function againstLines({ ref, commit, headCommit, rounds, warm, runs, likeConcurrency }, startedAt) {
  const pairs = runs.ref.map((refRun, i) => ({ ref: refRun, head: runs.head[i] ?? refRun }));
  const withCpu = [...runs.ref, ...runs.head].every((run) => run.cpuSeconds !== null);
  const cpu = (/** @type {BuildRun} */ run) => run.cpuSeconds ?? 0;
  const wallRatios = pairs.map((pair) => pair.head.seconds / pair.ref.seconds);
  const cpuRatios = pairs.map((pair) => cpu(pair.head) / cpu(pair.ref));
  const medianRatio = median(runs.head.map((r) => r.seconds)) / median(runs.ref.map((r) => r.seconds));
  const medianCpuRatio = withCpu ? median(runs.head.map(cpu)) / median(runs.ref.map(cpu)) : null;
  /** @param {BuildRun | undefined} run */
  const cardsText = (run) =>
    run?.cards == null ? 'not logged' : `${String(run.cards)}, ${String(run.drawn)} drawn`;
  /** @param {string} label @param {BuildRun[]} sideRuns @param {BuildRun} warmRun */
  const row = (label, sideRuns, warmRun) =>
    `| ${label} | ${spread(
      sideRuns.map((r) => r.seconds),
      1,
      ' s',
    )} | ${withCpu ? spread(sideRuns.map(cpu), 1, ' s') : '–'} | ${[
      ...new Set(sideRuns.map((r) => r.pages)),
    ].join(' / ')} | ${cardsText(sideRuns[0])} | ${warmRun.seconds.toFixed(1)} s |`;
  const within = (/** @type {number} */ ratio) => (ratio <= AGAINST_BUDGET ? 'within' : 'OVER');
  return [
    `## Build time against ${ref}`,
    '',
    `Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. \`${commit}\` checked out in a temporary git worktree ` +
      `with today's dependencies, and the working tree in a copy; each built once to fill its card cache, then ` +
      `${rounds} pairs of \`astro build\` alternating (${commit} first), so every timed build is a build without ` +
      `cards (all from the warm cache). Median (lowest–highest). Other builds shared the machine: compare the ` +
      `ratios of a pair more than single times.`,
    '',
    '| Side | Wall time | CPU time | Pages | Cards | Warm-up build |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(`${ref} (\`${commit}\`)`, runs.ref, warm.ref),
    row(`working tree (on \`${headCommit}\`)`, runs.head, warm.head),
    ...(likeConcurrency !== null && runs.like.length > 0
      ? [row(`${ref} with \`build.concurrency: ${String(likeConcurrency)}\``, runs.like, warm.ref)]
      : []),
    '',
    `- **Working tree ÷ ${ref}: ${medianRatio.toFixed(2)}× wall time** (median over median; per pair ${spread(wallRatios, 2, '×')})` +
      (medianCpuRatio === null
        ? '.'
        : `, **${medianCpuRatio.toFixed(2)}× CPU time** (per pair ${spread(cpuRatios, 2, '×')}).`),
    `- Budget: at most ${AGAINST_BUDGET}× (issues 15 and 16): wall time ${within(medianRatio)}` +
      (medianCpuRatio === null ? '' : `, CPU time ${within(medianCpuRatio)}`) +
      `; the slowest pair ${within(Math.max(...wallRatios))} on wall time.`,
    ...likeLines(runs, likeConcurrency, ref, cpu, withCpu),
    `- The working tree builds ${median(runs.head.map((r) => r.pages)) - median(runs.ref.map((r) => r.pages))} more pages ` +
      `(${median(runs.ref.map((r) => r.pages))} → ${median(runs.head.map((r) => r.pages))}).`,
    '',
  ];
}

/**
 * The like-for-like line: the working tree against the ref given the same page concurrency.
 * @param {AgainstResult['runs']} runs @param {number | null} likeConcurrency @param {string} ref
 * @param {(run: BuildRun) => number} cpu @param {boolean} withCpu
 */
function likeLines(runs, likeConcurrency, ref, cpu, withCpu) {
  if (likeConcurrency === null || runs.like.length === 0) return [];
  const wall = median(runs.head.map((r) => r.seconds)) / median(runs.like.map((r) => r.seconds));
  const cpuRatio = median(runs.head.map(cpu)) / median(runs.like.map(cpu));
  return [
    `- Like for like: the working tree renders ${String(likeConcurrency)} pages at once (\`build.concurrency\`) and ${ref} ` +
      `renders one; given the same setting, ${ref} builds in ${spread(
        runs.like.map((r) => r.seconds),
        1,
        ' s',
      )} and the working tree takes **${wall.toFixed(2)}× its wall time**` +
      (withCpu ? `, ${cpuRatio.toFixed(2)}× its CPU time.` : '.') +
      ` The budget is judged against ${ref} as it was.`,
  ];
}
