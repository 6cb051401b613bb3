/**
 * Revision lines of one build. From January 2026 build 26100 has two: Windows 11 24H2 stays on
 * 26100.7xxx–9xxx while Windows Server 2025 (and its base images) moved to 26100.3xxxx, so a bigger
 * revision is not a later update across the two. Updates are ordered by date across lines.
 */
import type { UpdateCatalogue, UpdateLine, WindowsUpdate } from './catalogue.ts';

/** The line a revision is on: that of its update, else of the nearest known update below it; undefined = the shared line. */
export function lineOfRevision(
  catalogue: UpdateCatalogue,
  build: number,
  revision: number,
): UpdateLine | undefined {
  const updates = catalogue.get(build) ?? [];
  const exact = updates.find((update) => update.revision === revision);
  if (exact) return exact.line;
  return [...updates].reverse().find((update) => update.revision < revision)?.line;
}

/** Whether an update applies to a machine on `line`: shared updates apply to both lines. */
export const appliesTo = (update: WindowsUpdate, line: UpdateLine | undefined): boolean =>
  update.line === undefined || line === undefined || update.line === line;

/** The updates a machine on `line` gets, oldest first by date (then revision). */
export function updatesOfLine(
  catalogue: UpdateCatalogue,
  build: number,
  line: UpdateLine | undefined,
): WindowsUpdate[] {
  // A revision on the shared line (before the split) is followed by the server line, the one images take.
  const wanted = line ?? 'server';
  return (catalogue.get(build) ?? [])
    .filter((update) => update.line === undefined || update.line === wanted)
    .sort((a, b) => a.date.localeCompare(b.date) || a.revision - b.revision);
}

/** The security releases after `date` on a line, and the newest one. */
export function securityAfter(
  catalogue: UpdateCatalogue,
  build: number,
  line: UpdateLine | undefined,
  date: string,
): { behind: number; newest: WindowsUpdate | undefined } {
  const security = updatesOfLine(catalogue, build, line).filter((update) => update.kind === 'security');
  return { behind: security.filter((update) => update.date > date).length, newest: security.at(-1) };
}

/** Words for a line: "the Windows Server 2025 line (26100.3xxxx)"; undefined for a build with one line. */
export function lineName(
  catalogue: UpdateCatalogue,
  build: number,
  line: UpdateLine | undefined,
): string | undefined {
  if (line === undefined) return undefined;
  const sample = [...(catalogue.get(build) ?? [])].reverse().find((update) => update.line === line);
  const digits = String(sample?.revision ?? '').length;
  const pattern = `${build}.${String(sample?.revision ?? '').slice(0, 1)}${'x'.repeat(Math.max(0, digits - 1))}`;
  const version = sample?.version ?? '';
  return line === 'server'
    ? `the Windows Server ${version} line (${pattern})`
    : `the client line, version ${version} (${pattern})`;
}
