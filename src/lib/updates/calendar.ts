/** Month and Patch Tuesday arithmetic on ISO dates (YYYY-MM-DD), in UTC so a build's time zone never matters. */

/** The month of an ISO date, YYYY-MM. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The second Tuesday of a month (YYYY-MM): the day Microsoft releases its monthly security update. */
export function patchTuesday(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const firstWeekday = new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return `${month}-${String(firstTuesday + 7).padStart(2, '0')}`;
}

/** Whether a date is its month's Patch Tuesday. */
export function isPatchTuesday(date: string): boolean {
  return patchTuesday(monthOf(date)) === date;
}

/** The month after a month (YYYY-MM). */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included (YYYY-MM). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

/** Whole days from one ISO date to a later one (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The weekday of an ISO date, 0 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month for people: `2026-05` → `May 2026`. */
export function monthName(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[monthNumber - 1] ?? '?'} ${year}`;
}

/**
 * How old the update list is on `today`: days since its newest update and the Patch Tuesdays since then
 * that it cannot know about (time passing is told to readers, not a failed test).
 */
export function listAge(
  newest: string,
  today: string,
): { days: number; missedPatchTuesdays: string[]; sentence: string; behindNote: string | null } {
  const days = Math.max(0, daysBetween(newest, today));
  const missed = monthsBetween(nextMonth(monthOf(newest)), monthOf(today))
    .map(patchTuesday)
    .filter((day) => day > newest && day <= today);
  const gap =
    missed.length === 0
      ? 'no Patch Tuesday has passed since, so the list is current.'
      : `${missed.length} Patch Tuesday${missed.length > 1 ? 's' : ''} (${missed.map((day) => monthName(monthOf(day))).join(', ')}) came since, and ${missed.length > 1 ? 'their updates are' : 'its update is'} not in this list yet.`;
  const dayWord = `${days} day${days === 1 ? '' : 's'}`;
  return {
    days,
    missedPatchTuesdays: missed,
    // The short form, for a box that names the newest update itself; null while the list is current.
    behindNote:
      missed.length === 0
        ? null
        : `This list ends ${dayWord} before this page was built; later months are not in it yet`,
    sentence: `The newest update in this list is from ${newest}, ${dayWord} before this page was built (${today}): ${gap}`,
  };
}
