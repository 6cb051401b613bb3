/** What changed between two snapshots, in lines a person reads after `npm run data:update`. */
import type { EolCycle, EolProduct } from './endoflife.ts';
import type { HcsshimSnapshot } from './hcsshim.ts';

const FIELDS = [
  'releaseDate',
  'eoas',
  'eol',
  'eoes',
  'latest',
] as const satisfies readonly (keyof EolCycle)[];

const show = (value: string | number | null | undefined): string =>
  value === undefined ? '(no column)' : String(value);

/** Added and removed cycles and changed dates of one endoflife.date product; `previous` null = first snapshot. */
export function diffEndoflife(previous: EolProduct | null, next: EolProduct): string[] {
  if (!previous) return [`${next.product}: new snapshot with ${next.cycles.length} cycles`];
  const before = new Map(previous.cycles.map((cycle) => [cycle.name, cycle]));
  const after = new Map(next.cycles.map((cycle) => [cycle.name, cycle]));
  const lines: string[] = [];
  for (const cycle of next.cycles) {
    const old = before.get(cycle.name);
    if (!old) {
      lines.push(
        `${next.product}: added cycle ${cycle.name} (released ${show(cycle.releaseDate)}, latest ${show(cycle.latest)})`,
      );
      continue;
    }
    for (const field of FIELDS) {
      if (old[field] !== cycle[field]) {
        lines.push(`${next.product}/${cycle.name}: ${field} ${show(old[field])} → ${show(cycle[field])}`);
      }
    }
  }
  for (const cycle of previous.cycles) {
    if (!after.has(cycle.name)) lines.push(`${next.product}: removed cycle ${cycle.name}`);
  }
  return lines;
}

/** Changed build constants and stable-interface list between two hcsshim snapshots. */
export function diffHcsshim(previous: HcsshimSnapshot | null, next: HcsshimSnapshot): string[] {
  if (!previous) return [`hcsshim: new snapshot with ${Object.keys(next.builds).length} build constants`];
  const lines: string[] = [];
  for (const [name, build] of Object.entries(next.builds)) {
    const old = previous.builds[name];
    if (old === undefined) lines.push(`hcsshim: added constant ${name} = ${build}`);
    else if (old !== build) lines.push(`hcsshim: ${name} ${old} → ${build}`);
  }
  for (const name of Object.keys(previous.builds)) {
    if (!(name in next.builds)) lines.push(`hcsshim: removed constant ${name}`);
  }
  const oldList = previous.compatLTSCReleases.join(', ');
  const newList = next.compatLTSCReleases.join(', ');
  if (oldList !== newList) lines.push(`hcsshim: compatLTSCReleases [${oldList}] → [${newList}]`);
  return lines;
}
