/**
 * hcsshim's `osversion` facts: the Windows build constants and the list of LTSC releases it treats as a
 * stable interface. hcsshim publishes them only as Go source, which we read for the numbers and never
 * store; the snapshot in `upstream/hcsshim/` is our own JSON of those facts.
 */
import { UpstreamFormatError } from './endoflife.ts';

/** Where the facts live upstream. */
export const HCSSHIM_REPOSITORY = 'microsoft/hcsshim';
export const HCSSHIM_BUILDS_FILE = 'osversion/windowsbuilds.go';
export const HCSSHIM_COMPAT_FILE = 'osversion/platform_compat_windows.go';

/** The snapshot we keep: which commit, when, the build constants and the stable-interface LTSC builds. */
export interface HcsshimSnapshot {
  repository: string;
  commit: string;
  /** The commit's date as an ISO timestamp. */
  committedAt: string;
  files: string[];
  /** Constant name → build number, e.g. `LTSC2022` → 20348. */
  builds: Record<string, number>;
  /** hcsshim's `compatLTSCReleases`, in its order. */
  compatLTSCReleases: number[];
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/**
 * The integer constants of a Go file (`NAME = 14393`, `NAME uint16 = 14393`, `NAME = OTHER`), with
 * references to earlier constants resolved. Throws when a reference names no known constant.
 */
export function parseGoBuildConstants(source: string): Record<string, number> {
  const declared: [string, string][] = [];
  const blocks = [...stripComments(source).matchAll(/\bconst\s*\(([\s\S]*?)\)/g)].map((m) => m[1] ?? '');
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      const match = /^\s*([A-Za-z_]\w*)(?:\s+u?int\d*)?\s*=\s*([A-Za-z_]\w*|\d+)\s*$/.exec(line);
      if (match?.[1] && match[2]) declared.push([match[1], match[2]]);
    }
  }
  if (declared.length === 0) {
    throw new UpstreamFormatError(`${HCSSHIM_BUILDS_FILE}: expected a const ( … ) block of build numbers`);
  }
  const values = new Map<string, number>();
  const resolve = (name: string, seen: readonly string[]): number => {
    const known = values.get(name);
    if (known !== undefined) return known;
    const raw = declared.find(([declaredName]) => declaredName === name)?.[1];
    if (raw === undefined || seen.includes(name)) {
      throw new UpstreamFormatError(
        `${HCSSHIM_BUILDS_FILE}: constant ${seen.at(-1) ?? name} refers to unknown ${name}`,
      );
    }
    const value = /^\d+$/.test(raw) ? Number(raw) : resolve(raw, [...seen, name]);
    values.set(name, value);
    return value;
  };
  // Keep the file's order, so a diff of two snapshots reads like the source.
  return Object.fromEntries(declared.map(([name]) => [name, resolve(name, [])]));
}

/** hcsshim's `compatLTSCReleases` list, its entries resolved through `constants`. */
export function parseCompatLtscReleases(source: string, constants: Record<string, number>): number[] {
  const match = /\bcompatLTSCReleases\s*=\s*\[\]\w+\s*\{([^}]*)\}/.exec(stripComments(source));
  if (!match?.[1]) {
    throw new UpstreamFormatError(`${HCSSHIM_COMPAT_FILE}: expected "compatLTSCReleases = []uint16{ … }"`);
  }
  return match[1]
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const value = /^\d+$/.test(entry) ? Number(entry) : constants[entry];
      if (value === undefined) {
        throw new UpstreamFormatError(
          `${HCSSHIM_COMPAT_FILE}: compatLTSCReleases names unknown constant ${entry}`,
        );
      }
      return value;
    });
}

/** Validates a stored hcsshim snapshot; `where` names it in errors. */
export function parseHcsshimSnapshot(document: unknown, where: string): HcsshimSnapshot {
  const fail = (field: string, expected: string): never => {
    throw new UpstreamFormatError(`${where}: field "${field}": expected ${expected}`);
  };
  if (typeof document !== 'object' || document === null) return fail('(root)', 'a JSON object');
  const doc = document as Record<string, unknown>;
  const builds = doc['builds'];
  if (typeof doc['commit'] !== 'string') fail('commit', 'a commit id');
  if (typeof doc['committedAt'] !== 'string') fail('committedAt', 'a timestamp');
  if (
    typeof builds !== 'object' ||
    builds === null ||
    Object.values(builds).some((v) => !Number.isInteger(v))
  ) {
    fail('builds', 'an object of constant name → build number');
  }
  const compat = doc['compatLTSCReleases'];
  if (!Array.isArray(compat) || compat.some((v) => !Number.isInteger(v))) {
    fail('compatLTSCReleases', 'a list of build numbers');
  }
  return {
    repository: typeof doc['repository'] === 'string' ? doc['repository'] : HCSSHIM_REPOSITORY,
    commit: doc['commit'] as string,
    committedAt: doc['committedAt'] as string,
    files: Array.isArray(doc['files']) ? doc['files'].filter((f): f is string => typeof f === 'string') : [],
    builds: builds as Record<string, number>,
    compatLTSCReleases: compat as number[],
  };
}
