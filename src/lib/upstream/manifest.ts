/** The list of upstream snapshots kept in `upstream/snapshots.json`, and the date the site shows from it. */
import { UpstreamFormatError } from './endoflife.ts';

/** One snapshot file: what it holds, where it came from and the day it was taken. */
export interface SnapshotEntry {
  /** Path relative to `upstream/`. */
  file: string;
  /** What the file holds, e.g. `endoflife.date windows-server`. */
  label: string;
  /** Where `npm run data:update` fetches it. */
  source: string;
  /** The upstream state it records (endoflife.date's generation time or the hcsshim commit), YYYY-MM-DD. */
  taken: string;
}

export interface SnapshotManifest {
  snapshots: SnapshotEntry[];
}

/** Validates `upstream/snapshots.json`. */
export function parseManifest(document: unknown, where = 'upstream/snapshots.json'): SnapshotManifest {
  const list = (document as { snapshots?: unknown } | null)?.snapshots;
  if (!Array.isArray(list) || list.length === 0) {
    throw new UpstreamFormatError(`${where}: field "snapshots": expected a non-empty list`);
  }
  const snapshots = list.map((entry: unknown, i): SnapshotEntry => {
    const e = (entry ?? {}) as Record<string, unknown>;
    for (const field of ['file', 'label', 'source', 'taken']) {
      if (typeof e[field] !== 'string') {
        throw new UpstreamFormatError(`${where}: field "snapshots[${i}].${field}": expected a string`);
      }
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e['taken'] as string)) {
      throw new UpstreamFormatError(`${where}: field "snapshots[${i}].taken": expected YYYY-MM-DD`);
    }
    return { file: e['file'], label: e['label'], source: e['source'], taken: e['taken'] } as SnapshotEntry;
  });
  return { snapshots };
}

/** The date the data was last checked against its sources: the newest snapshot's date. */
export function newestSnapshotDate(manifest: SnapshotManifest): string {
  return manifest.snapshots.map((entry) => entry.taken).reduce((a, b) => (b > a ? b : a));
}

/** The date a snapshot was taken, looked up by file. */
export function snapshotDate(manifest: SnapshotManifest, file: string): string {
  const entry = manifest.snapshots.find((candidate) => candidate.file === file);
  if (!entry) throw new UpstreamFormatError(`upstream/snapshots.json: expected an entry for "${file}"`);
  return entry.taken;
}
