/**
 * Calendar responses for the routes: absolute URLs from the deployment's site and base, the build date
 * as DTSTAMP.
 */
import { calendarText } from '../lib/outputs/calendar';
import type { LifecycleEvent } from '../lib/outputs/calendar';
import { SITE_NAME } from '../lib/site/site';
import { getModel } from './model';
import { url } from './url';

/** An iCalendar response holding `events`, named "<site>: <title>". */
export async function calendarResponse(
  site: URL | undefined,
  title: string,
  events: readonly LifecycleEvent[],
): Promise<Response> {
  const model = await getModel();
  const origin = site ?? new URL('http://localhost/');
  const text = calendarText(events, {
    name: `${SITE_NAME}: ${title}`,
    absoluteUrl: (path) => new URL(url(path), origin).href,
    stamp: model.today,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
