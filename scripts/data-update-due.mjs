// Decides whether the data-update workflow runs today: always when started by hand or by the weekly
// schedule, and on the daily schedule (9th–15th) only on the day after Patch Tuesday. Prints `due=true`
// or `due=false` for $GITHUB_OUTPUT.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { patchTuesday } from '../src/lib/updates/calendar.ts';

/** The cron line of the daily window in .github/workflows/data-update.yml. */
export const PATCH_WINDOW_CRON = '17 6 9-15 * *';

/**
 * Whether `day` (YYYY-MM-DD) is the day after its month's Patch Tuesday.
 * @param {string} day
 */
export function isDayAfterPatchTuesday(day) {
  const tuesday = new Date(`${patchTuesday(day.slice(0, 7))}T00:00:00Z`);
  tuesday.setUTCDate(tuesday.getUTCDate() + 1);
  return tuesday.toISOString().slice(0, 10) === day;
}

/**
 * Whether a run is due.
 * @param {{ event: string, schedule?: string, today: string }} run
 */
export function isDue({ event, schedule = '', today }) {
  if (event !== 'schedule') return true;
  return schedule === PATCH_WINDOW_CRON ? isDayAfterPatchTuesday(today) : true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { event: { type: 'string' }, schedule: { type: 'string' } } });
  const today = process.env.TODAY ?? new Date().toISOString().slice(0, 10);
  console.log(`due=${String(isDue({ event: values.event ?? '', schedule: values.schedule ?? '', today }))}`);
}
