// `npm run bench`: measures build cost, page weight, interaction latency and Lighthouse scores, writes
// bench/REPORT.md and prints a summary. Runs on this machine as it is; numbers are for comparing
// changes over time, not absolute truths. Generated announcements go to a temporary copy, never to
// content/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { writeGeneratedPosts } from './generated-posts.mjs';
import { againstLines, againstTimings, childCpuSeconds } from './bench-against.mjs';
import {
  LIGHTHOUSE_HEADER,
  REPORT,
  WEIGHT_HEADER,
  kb,
  lighthouseRowsText,
  replaceSection,
  upsertRows,
  weightRows,
} from './bench-report.mjs';
import { copyProject } from './project-copy.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// Outside the project: a copy cannot live inside the folder it copies.
const TMP = join(tmpdir(), 'wincompat-bench');
// BENCH_PORT: another port when several benches or previews share the machine.
const PORT = Number(process.env.BENCH_PORT ?? 4391);
// Astro's CLI run with the Node that runs this script (the project's pinned one), whatever is on PATH.
const ASTRO = [join(ROOT, 'node_modules/astro/bin/astro.mjs')];
const BASE_URL = `http://127.0.0.1:${PORT}`;
const QUICK = process.argv.includes('--quick');
const EXTRA_POSTS = QUICK ? [0, 50] : [0, 250, 1000];
/** Pairs of builds (clean with cards, then without) for the card comparison. */
const CARD_ROUNDS = Number(
  /^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ??
    (QUICK ? 1 : 3),
);
/** `npm run bench -- --cards`: only the card comparison, written into the report's card section. */
const CARDS_ONLY = process.argv.includes('--cards');
/** The value of `--name=value` on the command line, or undefined. */
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
/**
 * The commit the full bench compares build time against: the last one before the update, error and
 * platform pages (issues 15–17), whose build time those issues' "within 1.5× of today's time" means.
 * `npm run bench -- --against=<ref>` measures only that section, against any ref.
 */
const DEFAULT_AGAINST = '12fe32d';
const AGAINST_ONLY = option('against');
/** `npm run bench -- --pages=a,b`: only page weight and Lighthouse for those page types, merged into the report. */
const PAGES_ONLY = option('pages')
  ?.split(',')
  .map((type) => type.trim());

const PAGE_TYPES = {
  home: '/',
  matrix: '/matrix/',
  cell: '/matrix/ws2022/servercore-ltsc2019/',
  host: '/hosts/ws2022/',
  image: '/images/servercore-ltsc2022/',
  announcement: '/announcements/latest-tag-removed/',
  'announcement list': '/announcements/',
  'tag guide': '/tags/',
  'what changed': '/changes/',
  'error page': '/errors/image-mismatch/',
  'error index': '/errors/',
  'update release': '/updates/20348/',
  'update list': '/updates/',
  'platform list': '/platforms/',
  platform: '/platforms/aks/',
  'platform image': '/platforms/aks/windows2022/servercore-ltsc2022/',
};

function log(message) {
  process.stdout.write(`${message}\n`);
}

function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = dirStats(path);
      bytes += inner.bytes;
      files += inner.files;
      pages += inner.pages;
    } else {
      bytes += stat.size;
      files += 1;
      if (name.endsWith('.html')) pages += 1;
    }
  }
  return { bytes, files, pages };
}

/** Copies the project (without node_modules, dist and bench output) and adds `extra` posts. */
function prepareCopy(extra) {
  const dir = join(TMP, `site-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyProject(dir);
  // The same mix as the archive build test: clean and repairable posts, some unreadable ones, many links.
  const posts = writeGeneratedPosts(join(dir, 'content/announcements/generated'), extra);
  const count = (status) => posts.filter((post) => post.status === status).length;
  return { dir, mix: { clean: count('clean'), repaired: count('repaired'), skipped: count('skipped') } };
}

function timedBuild(dir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [...ASTRO, 'build'], { cwd: dir, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return { seconds, ...dirStats(join(dir, 'dist')) };
}

async function withPreview(run) {
  const server = spawn(
    process.execPath,
    [...ASTRO, 'preview', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  try {
    for (let i = 0; i < 100; i += 1) {
      const ok = await fetch(BASE_URL).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      if (i === 99) throw new Error(`astro preview did not answer on ${BASE_URL}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    return await run();
  } finally {
    server.kill();
  }
}

/** Gzip bytes of JS, CSS and HTML one page loads in Chromium (responses gzipped here: preview does not). */
async function pageWeights(browser, types = PAGE_TYPES) {
  const rows = {};
  for (const [type, path] of Object.entries(types)) {
    const page = await browser.newPage();
    const sizes = { js: 0, css: 0, html: 0, requests: 0 };
    const pending = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const kind = response.request().resourceType();
            const bytes = gzipSync(body).length;
            sizes.requests += 1;
            if (kind === 'script') sizes.js += bytes;
            else if (kind === 'stylesheet') sizes.css += bytes;
            else if (kind === 'document') sizes.html += bytes;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(BASE_URL + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    rows[type] = sizes;
    await page.close();
  }
  return rows;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Time from a pick (Enter in the Host or Image combobox) to the verdict panel naming the new pair. */
async function pickLatency(browser, rounds) {
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/matrix/`, { waitUntil: 'networkidle' });
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  const hosts = ['ws2019', 'ws2022', 'ws2025', 'win11-24h2', 'win10-22h2'];
  const images = ['servercore-ltsc2019', 'servercore-ltsc2022', 'nanoserver-ltsc2025', 'windows-1809'];
  const times = [];
  for (let i = 0; i < rounds; i += 1) {
    const which = i % 2 === 0 ? 'Host' : 'Image';
    const value = which === 'Host' ? hosts[i % hosts.length] : images[i % images.length];
    const box = page.getByRole('combobox', { name: which, exact: true });
    await box.fill(value);
    const elapsed = await page.evaluate(async (target) => {
      const input = document.activeElement;
      const started = performance.now();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await new Promise((done) => {
        const check = () => (location.search.includes(target) ? done() : requestAnimationFrame(check));
        check();
      });
      await new Promise((done) => requestAnimationFrame(() => done()));
      return performance.now() - started;
    }, value);
    times.push(elapsed);
  }
  await page.close();
  return { median: median(times), max: Math.max(...times), rounds };
}

/** A `kubectl get nodes -o wide` table of `count` nodes (a third Linux, the rest 2019 and 2022). */
function kubectlFleet(count) {
  const header =
    'NAME               STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME';
  const row = (i) =>
    i % 3 === 0
      ? `aks-linux-${i}   Ready    <none>   9d    v1.29.4   10.224.${i % 250}.4   <none>        Ubuntu 22.04.4 LTS               5.15.0-1064-azure   containerd://1.7.15-1`
      : `akswin${String(i).padStart(6, '0')}   Ready    <none>   9d    v1.29.4   10.224.${i % 250}.9   <none>        ${i % 3 === 1 ? 'Windows Server 2019 Datacenter' : 'Windows Server 2022 Datacenter'}   ${i % 3 === 1 ? '10.0.17763.5696' : '10.0.20348.2402'}     containerd://1.7.14+azure`;
  return [header, ...Array.from({ length: count }, (_, i) => row(i))].join('\n');
}

/**
 * Time for the paste box to answer: short pastes, and the longest input the tests use (a 500-node
 * cluster). Measured from the text landing in the box to the answer being on screen.
 */
async function pasteLatency(browser, rounds) {
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  if ((await box.count()) === 0) {
    await page.close();
    return null;
  }
  // The island loads on first interaction; load it before timing, as a reader's hover would.
  await box.hover();
  await box.click();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const result = page.getByTestId('paste-result');
  const answer = async (text, ready) => {
    await box.fill('');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="paste-result"]')?.textContent === '',
    );
    const started = performance.now();
    await box.fill(text);
    await ready();
    return performance.now() - started;
  };
  const samples = [
    '10.0.17763.5458',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'windows-2025',
    'Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)',
  ];
  const short = [];
  for (let i = 0; i < rounds; i += 1) {
    short.push(await answer(samples[i % samples.length], () => result.filter({ hasText: /./ }).waitFor()));
  }
  const fleet = kubectlFleet(500);
  const long = [];
  for (let i = 0; i < Math.max(3, Math.round(rounds / 4)); i += 1) {
    long.push(await answer(fleet, () => page.getByText('500 nodes (kubectl)').waitFor()));
  }
  await page.close();
  return {
    median: median(short),
    rounds,
    fleetMedian: median(long),
    fleetRounds: long.length,
    fleetChars: fleet.length,
  };
}

async function lighthouseScores(executablePath, types = PAGE_TYPES) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  const rows = {};
  try {
    for (const [type, path] of Object.entries(types)) {
      const result = await lighthouse(BASE_URL + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      rows[type] = Object.fromEntries(
        Object.entries(categories).map(([key, value]) => [key, Math.round((value.score ?? 0) * 100)]),
      );
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** Sizes in bytes of every PNG under a folder. */
function pngSizes(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((name) => String(name).endsWith('.png'))
    .map((name) => statSync(join(folder, String(name))).size);
}

/**
 * Social cards. A clean clone has no card cache (node_modules/.cache/og-cards), so its build draws
 * every card and fills the cache; a build whose cards all come from that cache draws none, and is the
 * build without cards (it still writes the PNGs). The two run back to back, alternating, several times
 * in one project copy, so both see the same load on a shared machine; the report gives the median,
 * the spread and the ratio of each pair.
 */
function cardTimings(rounds) {
  const { dir } = prepareCopy(0);
  const cache = join(dir, 'node_modules/.cache/og-cards');
  const run = () => {
    const started = performance.now();
    const cpuBefore = childCpuSeconds();
    const result = spawnSync(process.execPath, [...ASTRO, 'build'], { cwd: dir, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = childCpuSeconds();
    if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
    const match =
      /\[cards\] (\d+) cards: (\d+) drawn, (\d+) from cache, (\d+) ms(?: \((\d+) threads(?:, ([\d.]+) ms CPU per drawn card)?\))?/.exec(
        result.stdout,
      );
    const og = join(dir, 'dist/og');
    const sizes = existsSync(og) ? pngSizes(og) : [];
    return {
      seconds,
      cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      cards: Number(match?.[1] ?? 0),
      drawn: Number(match?.[2] ?? 0),
      cardMs: Number(match?.[4] ?? 0),
      threads: Number(match?.[5] ?? 1),
      cpuPerCard: match?.[6] === undefined ? null : Number(match[6]),
      minBytes: sizes.length ? Math.min(...sizes) : 0,
      maxBytes: sizes.length ? Math.max(...sizes) : 0,
      totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    };
  };
  const pairs = [];
  for (let round = 0; round < rounds; round += 1) {
    rmSync(cache, { recursive: true, force: true });
    const clean = run();
    const cached = run();
    if (clean.drawn !== clean.cards || cached.drawn !== 0)
      throw new Error(`card cache did not behave: ${clean.drawn} drawn clean, ${cached.drawn} drawn cached`);
    pairs.push({ clean, cached });
    log(
      `cards round ${round + 1}: clean ${clean.seconds.toFixed(1)} s, without cards ${cached.seconds.toFixed(1)} s, ratio ${(clean.seconds / cached.seconds).toFixed(2)}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return pairs;
}

/** Median and range of numbers, as `m (lo–hi)` with `digits` decimals and a unit. */
function spread(values, digits, unit = '') {
  const fixed = (value) => `${value.toFixed(digits)}${unit}`;
  return `${fixed(median(values))} (${fixed(Math.min(...values))}–${fixed(Math.max(...values))})`;
}

/** Report lines for the social cards. */
function cardLines(pairs) {
  const clean = pairs.map((pair) => pair.clean);
  const cached = pairs.map((pair) => pair.cached);
  const ratios = pairs.map((pair) => pair.clean.seconds / pair.cached.seconds);
  const withCpu = pairs.every((pair) => pair.clean.cpuSeconds !== null && pair.cached.cpuSeconds !== null);
  const cpuRatios = withCpu ? pairs.map((pair) => pair.clean.cpuSeconds / pair.cached.cpuSeconds) : [];
  const [first] = clean;
  const row = (label, runs) =>
    `| ${label} | ${spread(
      runs.map((r) => r.seconds),
      1,
      ' s',
    )} | ${
      withCpu
        ? spread(
            runs.map((r) => r.cpuSeconds),
            1,
            ' s',
          )
        : '–'
    } | ${runs[0].cards} | ${runs[0].drawn} | ${spread(
      runs.map((r) => r.cardMs / 1000),
      1,
      ' s',
    )} | ${runs[0].threads} | ${
      runs[0].cpuPerCard === null
        ? '–'
        : spread(
            runs.map((r) => r.cpuPerCard),
            1,
            ' ms',
          )
    } |`;
  return [
    '## Social cards',
    '',
    `${pairs.length} pairs of builds run back to back in one project copy: median (lowest–highest).`,
    '',
    '| Build | Wall time | CPU time | Cards | Drawn | Time in cards | Threads | CPU per drawn card |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('clean build with cards (no card cache, as a clean clone)', clean),
    row('build without cards (every card from the card cache)', cached),
    '',
    `- **Clean build with cards ÷ build without cards: ${spread(ratios, 2, '×')}** wall time` +
      (withCpu ? `, ${spread(cpuRatios, 2, '×')} CPU time.` : '.') +
      ' Budget: at most 2×.',
    `- Cards weigh ${kb(first.minBytes)} to ${kb(first.maxBytes)} each, ${(first.totalBytes / 2 ** 20).toFixed(1)} MB in all.`,
    '',
  ];
}

/** Runs only the card comparison and puts its section into bench/REPORT.md in place of the old one. */
function cardsOnly() {
  const section = cardLines(cardTimings(CARD_ROUNDS));
  rmSync(TMP, { recursive: true, force: true });
  replaceSection('## Social cards', section);
  log(`\n${section.join('\n')}\nWritten: bench/REPORT.md (card section)`);
}

/** Build time against the ref, as report lines. */
function againstSection(ref) {
  const startedAt = new Date();
  try {
    return againstLines(againstTimings({ root: ROOT, tmp: TMP, ref, rounds: CARD_ROUNDS, log }), startedAt);
  } catch (error) {
    // A ref may not build with today's dependencies or tools: the report says so instead of a number.
    const message = error instanceof Error ? error.message : String(error);
    log(message);
    return [
      `## Build time against ${ref}`,
      '',
      `Not measured: ${message.split('\n')[0]}`,
      '',
      '```',
      ...message.split('\n').slice(1, 15),
      '```',
      '',
    ];
  } finally {
    rmSync(TMP, { recursive: true, force: true });
  }
}

/** Runs only the comparison against `ref` and puts its section into bench/REPORT.md. */
function againstOnly(ref) {
  const section = againstSection(ref);
  replaceSection('## Build time against ', section, '## Page weight');
  log(`\n${section.join('\n')}\nWritten: bench/REPORT.md (build time against ${ref})`);
}

/** Page weight and Lighthouse for some page types only, merged row by row into bench/REPORT.md. */
async function pagesOnly(names) {
  const unknown = names.filter((name) => !(name in PAGE_TYPES));
  if (unknown.length > 0)
    throw new Error(
      `unknown page types: ${unknown.join(', ')}; known: ${Object.keys(PAGE_TYPES).join(', ')}`,
    );
  const types = Object.fromEntries(names.map((name) => [name, PAGE_TYPES[name]]));
  if (!existsSync(join(ROOT, 'dist/index.html')))
    spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const { weights, scores } = await withPreview(async () => ({
    weights: await pageWeights(browser, types),
    scores: executablePath ? await lighthouseScores(executablePath, types) : {},
  }));
  await browser.close();
  let report = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmark report\n';
  report = upsertRows(
    report,
    '## Page weight (gzip, as loaded in Chromium)',
    WEIGHT_HEADER,
    weightRows(weights),
  );
  if (Object.keys(scores).length > 0)
    report = upsertRows(report, '## Lighthouse', LIGHTHOUSE_HEADER, lighthouseRowsText(scores));
  writeFileSync(REPORT, report);
  log([...weightRows(weights), ...lighthouseRowsText(scores)].join('\n'));
  log(`Written: bench/REPORT.md (rows for ${names.join(', ')})`);
}

async function main() {
  const started = new Date();
  log(
    `Benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB${QUICK ? ' (quick)' : ''}`,
  );

  const builds = [];
  for (const extra of EXTRA_POSTS) {
    const { dir, mix } = prepareCopy(extra);
    const result = timedBuild(dir);
    builds.push({ extra, mix, ...result });
    log(
      `build with ${extra} extra posts (${mix.clean} clean, ${mix.repaired} repaired, ${mix.skipped} skipped): ` +
        `${result.seconds.toFixed(1)} s, ${result.pages} pages, ${kb(result.bytes)}`,
    );
  }
  const cards = cardTimings(CARD_ROUNDS);
  rmSync(TMP, { recursive: true, force: true });
  const against = againstSection(DEFAULT_AGAINST);
  const baseline = builds[0];
  const perPost = builds
    .slice(1)
    .map((b) => ({ extra: b.extra, msPerPost: ((b.seconds - baseline.seconds) * 1000) / b.extra }));

  if (!existsSync(join(ROOT, 'dist/index.html')))
    spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const { weights, picks, paste, lighthouseRows } = await withPreview(async () => {
    const weights = await pageWeights(browser);
    const picks = await pickLatency(browser, QUICK ? 10 : 40);
    const paste = await pasteLatency(browser, QUICK ? 4 : 20);
    const lighthouseRows = executablePath && !QUICK ? await lighthouseScores(executablePath) : {};
    return { weights, picks, paste, lighthouseRows };
  });
  await browser.close();

  const lines = [
    '# Benchmark report',
    '',
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Produced by \`npm run bench\`; numbers compare changes on one machine.`,
    '',
    '## Build',
    '',
    'Generated posts come from `scripts/generated-posts.mjs`, the mix real archives have: clean Docs and blog',
    'posts, posts whose frontmatter the loader repairs, a few it must skip, and links under many publisher paths.',
    '',
    '| Extra generated announcements | Clean / repaired / skipped | Build time | Pages | Files | Output size | Time per page |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...builds.map(
      (b) =>
        `| ${b.extra} | ${b.mix.clean} / ${b.mix.repaired} / ${b.mix.skipped} | ${b.seconds.toFixed(1)} s | ${b.pages} | ${b.files} | ${kb(b.bytes)} | ${((b.seconds * 1000) / b.pages).toFixed(1)} ms |`,
    ),
    '',
    ...perPost.map(
      (p) => `- Marginal cost with ${p.extra} extra posts: **${p.msPerPost.toFixed(1)} ms per post**.`,
    ),
    perPost.length > 1
      ? `- Growth is ${Math.abs(perPost[1].msPerPost - perPost[0].msPerPost) / perPost[0].msPerPost < 0.5 ? 'close to linear' : 'not linear'} (per-post cost ${perPost[0].msPerPost.toFixed(1)} ms vs ${perPost[1].msPerPost.toFixed(1)} ms).`
      : '',
    '',
    ...cardLines(cards),
    ...against,
    '## Page weight (gzip, as loaded in Chromium)',
    '',
    ...WEIGHT_HEADER,
    ...weightRows(weights),
    '',
    '## Interaction',
    '',
    `- Matrix: pick (Enter in a picker) → verdict shown: median **${picks.median.toFixed(1)} ms**, max ${picks.max.toFixed(1)} ms over ${picks.rounds} picks.`,
    paste
      ? `- Paste box: text filled → answer shown: median **${paste.median.toFixed(0)} ms** over ${paste.rounds} short pastes; ` +
        `a 500-node \`kubectl get nodes -o wide\` (${paste.fleetChars} characters, the longest input the tests use): median **${paste.fleetMedian.toFixed(0)} ms** over ${paste.fleetRounds} pastes (both include Playwright's own filling).`
      : '- Paste box: not present on the home page in this build.',
    '',
    '## Lighthouse',
    '',
    Object.keys(lighthouseRows).length === 0 ? 'Not run (quick mode or no Chromium).' : LIGHTHOUSE_HEADER[0],
    Object.keys(lighthouseRows).length === 0 ? '' : LIGHTHOUSE_HEADER[1],
    ...lighthouseRowsText(lighthouseRows),
    '',
    'For comparison, a plain Starlight documentation page loads about 30 KB gzip of JavaScript and scored 100/100/96/91 when we measured one.',
    '',
  ];
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/REPORT.md'), lines.join('\n'));
  log(
    '\n' +
      lines
        .filter((line) => !line.startsWith('|') || line.includes('matrix') || line.includes('Extra'))
        .join('\n'),
  );
  log('Written: bench/REPORT.md');
}

if (CARDS_ONLY) cardsOnly();
else if (AGAINST_ONLY) againstOnly(AGAINST_ONLY);
else if (PAGES_ONLY) await pagesOnly(PAGES_ONLY);
else await main();
