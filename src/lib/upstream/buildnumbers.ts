/**
 * Reads DataForGeeks' `content/ms/win/buildnumbers.json` (MIT licence; the snapshot lives in
 * `upstream/dataforgeeks/`), the machine-readable copy of Microsoft's Windows update-history pages.
 * Only the format is checked here; what the rows say is checked by `check.ts`.
 */
import { UpstreamFormatError } from './endoflife.ts';

/** Where `npm run data:update` fetches the collection. */
export const BUILDNUMBERS_URL =
  'https://raw.githubusercontent.com/altrhombus/DataForGeeks/main/content/ms/win/buildnumbers.json';
/** The snapshot's path under `upstream/`. */
export const BUILDNUMBERS_FILE = 'dataforgeeks/buildnumbers.json';
/** The first build we keep: the oldest build in the matrix (Windows Server 2016). */
export const FIRST_KEPT_BUILD = 14393;

/** One row of the collection, in our names; `label` is the collection's `release_type` as it stands. */
export interface UpdateRow {
  build: number;
  revision: number;
  /** `client` or `server`: the collection lists an update shared by both once per update-history page. */
  osType: string;
  /** The release's own name in the collection (`1607`, `2022`, `24H2`). */
  version: string;
  date: string;
  /** `KB5087545`. */
  kb: string;
  /** `Standard`, `Preview`, `Out-of-band`, `Hotpatch`, `Hotpatch-OOB`. */
  label: string;
}

/** The collection's metadata we use: when it last read Microsoft's pages. */
export interface BuildNumbersDocument {
  lastCollected: string;
  rows: UpdateRow[];
}

function field(row: Record<string, unknown>, name: string, where: string, pattern: RegExp): string {
  const value = row[name];
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new UpstreamFormatError(
      `${where}: field "${name}": expected ${String(pattern)}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Validates the document and returns its rows from build 14393 on; throws naming the first bad field. */
export function parseBuildNumbers(
  document: unknown,
  where = `upstream/${BUILDNUMBERS_FILE}`,
): BuildNumbersDocument {
  const root = (document ?? {}) as { metadata?: { lastCollected?: unknown }; data?: unknown };
  const lastCollected = root.metadata?.lastCollected;
  if (typeof lastCollected !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(lastCollected)) {
    throw new UpstreamFormatError(`${where}: field "metadata.lastCollected": expected an ISO date-time`);
  }
  if (!Array.isArray(root.data)) throw new UpstreamFormatError(`${where}: field "data": expected a list`);
  const rows: UpdateRow[] = [];
  root.data.forEach((entry: unknown, i) => {
    const row = (entry ?? {}) as Record<string, unknown>;
    const at = `${where}: data[${i}]`;
    const build = field(row, 'build', at, /^\d{5}\.\d+$/);
    const [major, revision] = build.split('.').map(Number) as [number, number];
    if (major < FIRST_KEPT_BUILD) return;
    rows.push({
      build: major,
      revision,
      osType: field(row, 'os_type', at, /^\w+$/),
      version: field(row, 'windows_version', at, /^\w+$/),
      date: field(row, 'release_date', at, /^\d{4}-\d{2}-\d{2}$/),
      kb: field(row, 'kb_article', at, /^KB\d{6,8}$/),
      label: field(row, 'release_type', at, /^[\w-]+$/),
    });
  });
  return { lastCollected: lastCollected.slice(0, 10), rows };
}

/** The document as kept in `upstream/`: upstream's own format, rows before build 14393 left out. */
export function keptBuildNumbers(document: unknown): unknown {
  const root = document as { data: { build: string }[] };
  return { ...root, data: root.data.filter((row) => Number(row.build.split('.')[0]) >= FIRST_KEPT_BUILD) };
}
