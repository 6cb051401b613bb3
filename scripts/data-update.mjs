// `npm run data:update`: refreshes the snapshots in upstream/ from endoflife.date's API, hcsshim's
// sources and the Azure/AKS repository on GitHub, then prints what changed. Every fetch must succeed
// before any file is written, so an offline run fails with a message and leaves upstream/ as it was. Run
// `npm test` afterwards: the checks in tests/unit/upstream/ and tests/unit/platforms/ list every date in
// content/ that no longer agrees.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'prettier';
import { diffEndoflife, diffHcsshim } from '../src/lib/upstream/diff.ts';
import { parseEndoflifeProduct } from '../src/lib/upstream/endoflife.ts';
import { parseHcsshimSnapshot } from '../src/lib/upstream/hcsshim.ts';
import { HCSSHIM_FILE, endoflifeFile, fetchUpstream, manifestFor } from '../src/lib/upstream/update.ts';
import { parse as parseYaml } from 'yaml';
import { BUILDNUMBERS_FILE, parseBuildNumbers } from '../src/lib/upstream/buildnumbers.ts';
import { checkUpdates } from '../src/lib/updates/check.ts';
import {
  AKS_WINDOWS_FILE,
  diffAksWindows,
  parseAksWindowsSnapshot,
} from '../src/lib/upstream/aks-windows.ts';
import { diffUpdates } from '../src/lib/updates/diff.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A FetchText over the global fetch: the body of a 200 answer, else an Error naming the URL.
 * @type {import('../src/lib/upstream/update.ts').FetchText}
 */
export async function fetchText(url) {
  let response;
  try {
    response = await fetch(url, { headers: { 'User-Agent': 'windows-container-compat data:update' } });
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`could not reach ${url} (${cause})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.text();
}

/** @param {string} path */
function readJsonIfPresent(path) {
  return existsSync(path) ? /** @type {unknown} */ (JSON.parse(readFileSync(path, 'utf8'))) : null;
}

/**
 * Fetches everything, then writes the snapshots and the manifest; returns the change lines.
 * @param {{ root?: string, fetch?: import('../src/lib/upstream/update.ts').FetchText, today?: string }} [options]
 */
export async function runDataUpdate(options = {}) {
  const root = options.root ?? ROOT;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const dir = join(root, 'upstream');
  const fetched = await fetchUpstream(options.fetch ?? fetchText);

  const changes = [];
  /** @type {[string, unknown][]} */
  const files = [];
  for (const { product, document, parsed } of fetched.endoflife) {
    const file = endoflifeFile(product);
    const previous = readJsonIfPresent(join(dir, file));
    changes.push(...diffEndoflife(previous ? parseEndoflifeProduct(previous, file) : null, parsed));
    files.push([file, document]);
  }
  const previousHcsshim = readJsonIfPresent(join(dir, HCSSHIM_FILE));
  changes.push(
    ...diffHcsshim(
      previousHcsshim ? parseHcsshimSnapshot(previousHcsshim, HCSSHIM_FILE) : null,
      fetched.hcsshim,
    ),
  );
  const previousUpdates = readJsonIfPresent(join(dir, BUILDNUMBERS_FILE));
  changes.push(
    ...diffUpdates(
      previousUpdates ? parseBuildNumbers(previousUpdates, BUILDNUMBERS_FILE).rows : null,
      fetched.updates.parsed.rows,
    ),
  );
  const previousAks = readJsonIfPresent(join(dir, AKS_WINDOWS_FILE));
  changes.push(
    ...diffAksWindows(
      previousAks ? parseAksWindowsSnapshot(previousAks, AKS_WINDOWS_FILE) : null,
      fetched.aks,
    ),
  );
  files.push(
    [HCSSHIM_FILE, fetched.hcsshim],
    [AKS_WINDOWS_FILE, fetched.aks],
    [BUILDNUMBERS_FILE, fetched.updates.document],
    ['snapshots.json', manifestFor(today, fetched.updates.parsed.lastCollected)],
  );

  // Formatted as Prettier would, so `npm run format:check` stays clean after an update.
  const texts = await Promise.all(
    files.map(
      async ([file, value]) =>
        /** @type {const} */ ([file, await format(JSON.stringify(value), { parser: 'json' })]),
    ),
  );
  for (const [file, text] of texts) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return changes;
}

/**
 * The drift report: what the update check finds in the snapshot now in `root`, measured against `today`
 * (a stale collection, gaps, duplicates, dates off Patch Tuesday). Empty when all is well.
 * @param {{ root?: string, today?: string }} [options]
 */
export function updateDrift(options = {}) {
  const root = options.root ?? ROOT;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rows = parseBuildNumbers(
    JSON.parse(readFileSync(join(root, 'upstream', BUILDNUMBERS_FILE), 'utf8')),
    BUILDNUMBERS_FILE,
  ).rows;
  const corrections =
    /** @type {{ catalogue: import('../src/lib/updates/catalogue.ts').CatalogueCorrections }} */ (
      parseYaml(readFileSync(join(root, 'content', 'updates.yaml'), 'utf8'))
    ).catalogue;
  return checkUpdates(rows, { corrections, asOf: today, maxAgeDays: 35 }).findings.map(
    (finding) => `updates check: ${finding.kind}: ${finding.message}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const changes = await runDataUpdate();
    console.log(
      changes.length === 0 ? 'No upstream changes; snapshot dates moved to today.' : changes.join('\n'),
    );
    const drift = updateDrift();
    console.log(drift.length === 0 ? 'Update check: no finding.' : drift.join('\n'));
    console.log('Snapshots written to upstream/. Run `npm test` to check content/ against them.');
  } catch (error) {
    console.error(
      `data:update failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}
