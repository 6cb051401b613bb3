import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendar';
import { getModel } from '../data/model';
import { allEvents } from '../lib/outputs/calendar';
import { getPlatforms } from '../data/platforms';
import { allPlatformEvents } from '../lib/outputs/platform-calendar';

/** Every end-of-support date of every host, edition and image, and every platform retirement. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const platformEvents = allPlatformEvents(await getPlatforms(), model);
  return calendarResponse(site, 'end of support', [...allEvents(model), ...platformEvents]);
};
