/** What changed between two update snapshots, in lines a person reads after `npm run data:update`. */
import type { UpdateRow } from '../upstream/buildnumbers.ts';
import { updateKey } from './catalogue.ts';

const describe = (row: UpdateRow): string => `${updateKey(row)} (${row.kb}, ${row.date}, ${row.label})`;

/** Added, removed and changed updates; `previous` null = first snapshot. */
export function diffUpdates(previous: readonly UpdateRow[] | null, next: readonly UpdateRow[]): string[] {
  if (!previous) return [`updates: new snapshot with ${next.length} rows`];
  const before = new Map(previous.map((row) => [updateKey(row), row]));
  const after = new Map(next.map((row) => [updateKey(row), row]));
  const lines: string[] = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) lines.push(`updates: added ${describe(row)}`);
    else if (old.kb !== row.kb || old.date !== row.date || old.label !== row.label) {
      lines.push(`updates: changed ${describe(old)} → ${describe(row)}`);
    }
  }
  for (const [key, row] of before) if (!after.has(key)) lines.push(`updates: removed ${describe(row)}`);
  return lines;
}
