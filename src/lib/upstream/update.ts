/**
 * The network half of `npm run data:update`, with the fetch passed in so tests replay recorded answers.
 * Everything is fetched and validated before anything is returned: the caller writes files only then.
 */
import {
  ENDOFLIFE_PRODUCTS,
  PLATFORM_ENDOFLIFE_PRODUCTS,
  endoflifeApiUrl,
  parseEndoflifeProduct,
} from './endoflife.ts';
import type { EolProduct } from './endoflife.ts';
import {
  HCSSHIM_BUILDS_FILE,
  HCSSHIM_COMPAT_FILE,
  HCSSHIM_REPOSITORY,
  parseCompatLtscReleases,
  parseGoBuildConstants,
} from './hcsshim.ts';
import type { HcsshimSnapshot } from './hcsshim.ts';
import type { SnapshotManifest } from './manifest.ts';
import { BUILDNUMBERS_FILE, BUILDNUMBERS_URL, keptBuildNumbers, parseBuildNumbers } from './buildnumbers.ts';
import type { BuildNumbersDocument } from './buildnumbers.ts';
import {
  AKS_CHANGELOG_PATH,
  AKS_NOTES_PATH,
  AKS_REPOSITORY,
  AKS_WINDOWS_FILE,
  parseAksChangelog,
  readNodeNotes,
} from './aks-windows.ts';
import type { AksWindowsSnapshot } from './aks-windows.ts';

/** Returns the body of a successful GET, or throws an Error saying what failed. */
export type FetchText = (url: string) => Promise<string>;

/** hcsshim's newest commit on main, as GitHub's REST API describes it. */
export const HCSSHIM_COMMIT_URL = `https://api.github.com/repos/${HCSSHIM_REPOSITORY}/commits/main`;

/** The raw file of hcsshim at a commit. */
export function hcsshimRawUrl(commit: string, file: string): string {
  return `https://raw.githubusercontent.com/${HCSSHIM_REPOSITORY}/${commit}/${file}`;
}

/** Where each snapshot lives under `upstream/`. */
export const endoflifeFile = (product: string): string => `endoflife.date/${product}.json`;
export const HCSSHIM_FILE = 'hcsshim/osversion.json';

/** Everything one update fetched, validated, ready to be written. */
export interface FetchedUpstream {
  /** The Windows products, then the platform products (`PLATFORM_ENDOFLIFE_PRODUCTS`). */
  endoflife: { product: string; document: unknown; parsed: EolProduct }[];
  hcsshim: HcsshimSnapshot;
  /** DataForGeeks' update collection, as kept (builds 14393 and later) and as parsed. */
  updates: { document: unknown; parsed: BuildNumbersDocument };
  /** Our record of the AKS Windows node images and release-note notices. */
  aks: AksWindowsSnapshot;
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url}: expected JSON, got ${JSON.stringify(text.slice(0, 60))}`);
  }
}

/** Every endoflife.date product we snapshot: the Windows releases, then the platforms. */
export const ALL_ENDOFLIFE_PRODUCTS: readonly string[] = [
  ...ENDOFLIFE_PRODUCTS,
  ...PLATFORM_ENDOFLIFE_PRODUCTS,
];

/** Fetches the endoflife.date products and hcsshim's osversion facts; throws on the first failure. */
export async function fetchUpstream(fetchText: FetchText): Promise<FetchedUpstream> {
  const endoflife = await Promise.all(
    ALL_ENDOFLIFE_PRODUCTS.map(async (product) => {
      const url = endoflifeApiUrl(product);
      const document = parseJson(await fetchText(url), url);
      const parsed = parseEndoflifeProduct(document, url);
      if (parsed.product !== product)
        throw new Error(`${url}: expected product "${product}", got "${parsed.product}"`);
      return { product, document, parsed };
    }),
  );
  const commitInfo = parseJson(await fetchText(HCSSHIM_COMMIT_URL), HCSSHIM_COMMIT_URL) as {
    sha?: unknown;
    commit?: { committer?: { date?: unknown } };
  };
  const commit = commitInfo.sha;
  const committedAt = commitInfo.commit?.committer?.date;
  if (typeof commit !== 'string' || typeof committedAt !== 'string') {
    throw new Error(`${HCSSHIM_COMMIT_URL}: expected "sha" and "commit.committer.date"`);
  }
  const [buildsSource, compatSource] = await Promise.all([
    fetchText(hcsshimRawUrl(commit, HCSSHIM_BUILDS_FILE)),
    fetchText(hcsshimRawUrl(commit, HCSSHIM_COMPAT_FILE)),
  ]);
  const builds = parseGoBuildConstants(buildsSource);
  const hcsshim: HcsshimSnapshot = {
    repository: HCSSHIM_REPOSITORY,
    commit,
    committedAt,
    files: [HCSSHIM_BUILDS_FILE, HCSSHIM_COMPAT_FILE],
    builds,
    compatLTSCReleases: parseCompatLtscReleases(compatSource, builds),
  };
  const updatesDocument = parseJson(await fetchText(BUILDNUMBERS_URL), BUILDNUMBERS_URL);
  const parsedUpdates = parseBuildNumbers(updatesDocument, BUILDNUMBERS_URL);
  const updates = { document: keptBuildNumbers(updatesDocument), parsed: parsedUpdates };
  return { endoflife, hcsshim, updates, aks: await fetchAksWindows(fetchText) };
}

/** The newest Azure/AKS commit, as GitHub's REST API describes it. */
export const AKS_COMMIT_URL = `https://api.github.com/repos/${AKS_REPOSITORY}/commits/master`;

/** GitHub's listing of one folder of Azure/AKS at a commit. */
export function aksContentsUrl(path: string, commit: string): string {
  return `https://api.github.com/repos/${AKS_REPOSITORY}/contents/${path}?ref=${commit}`;
}

function listing(text: string, url: string): { name: string; type: string }[] {
  const entries = parseJson(text, url);
  if (!Array.isArray(entries)) throw new Error(`${url}: expected a folder listing (a JSON list)`);
  return entries.map((entry: unknown) => {
    const e = entry as { name?: unknown; type?: unknown } | null;
    if (typeof e?.name !== 'string' || typeof e.type !== 'string')
      throw new Error(`${url}: expected "name" and "type" on every entry`);
    return { name: e.name, type: e.type };
  });
}

/** Reads every AKSWindows node-notes folder and the release notes at the newest commit of Azure/AKS. */
async function fetchAksWindows(fetchText: FetchText): Promise<AksWindowsSnapshot> {
  const info = parseJson(await fetchText(AKS_COMMIT_URL), AKS_COMMIT_URL) as {
    sha?: unknown;
    commit?: { committer?: { date?: unknown } };
  };
  const commit = info.sha;
  const committedAt = info.commit?.committer?.date;
  if (typeof commit !== 'string' || typeof committedAt !== 'string')
    throw new Error(`${AKS_COMMIT_URL}: expected "sha" and "commit.committer.date"`);
  const rootUrl = aksContentsUrl(AKS_NOTES_PATH, commit);
  const folders = listing(await fetchText(rootUrl), rootUrl)
    .filter((entry) => entry.type === 'dir')
    .map((entry) => entry.name);
  const nodeImages: AksWindowsSnapshot['nodeImages'] = {};
  const skipped: string[] = [];
  for (const folder of folders) {
    const url = aksContentsUrl(`${AKS_NOTES_PATH}/${folder}`, commit);
    const read = readNodeNotes(listing(await fetchText(url), url).map((entry) => entry.name));
    nodeImages[folder] = read.images;
    skipped.push(...read.skipped.map((name) => `${folder}/${name}`));
  }
  const changelog = await fetchText(aksRawUrl(commit, AKS_CHANGELOG_PATH));
  return {
    repository: AKS_REPOSITORY,
    commit,
    committedAt,
    nodeImages,
    skipped,
    notices: parseAksChangelog(changelog),
  };
}

/** The raw file of Azure/AKS at a commit. */
export function aksRawUrl(commit: string, file: string): string {
  return `https://raw.githubusercontent.com/${AKS_REPOSITORY}/${commit}/${file}`;
}

/** The manifest for a fresh set of snapshots, taken on `today` (YYYY-MM-DD); the update collection is dated by its own collection day. */
export function manifestFor(today: string, updatesCollected = today): SnapshotManifest {
  return {
    snapshots: [
      ...ENDOFLIFE_PRODUCTS.map((product) => ({
        file: endoflifeFile(product),
        label: `endoflife.date ${product}`,
        source: endoflifeApiUrl(product),
        taken: today,
      })),
      ...PLATFORM_ENDOFLIFE_PRODUCTS.map((product) => ({
        file: endoflifeFile(product),
        label: `endoflife.date ${product}`,
        source: endoflifeApiUrl(product),
        taken: today,
      })),
      {
        file: HCSSHIM_FILE,
        label: 'hcsshim osversion (build constants, compatLTSCReleases)',
        source: `https://github.com/${HCSSHIM_REPOSITORY}/tree/main/osversion`,
        taken: today,
      },
      {
        file: BUILDNUMBERS_FILE,
        label: 'DataForGeeks Windows update history (builds 14393 and later)',
        source: BUILDNUMBERS_URL,
        taken: updatesCollected,
      },
      {
        file: AKS_WINDOWS_FILE,
        label: 'Azure/AKS Windows node images (vhd-notes/AKSWindows) and release-note lifecycle notices',
        source: `https://github.com/${AKS_REPOSITORY}/tree/master/${AKS_NOTES_PATH}`,
        taken: today,
      },
    ],
  };
}
