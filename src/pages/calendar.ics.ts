import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendar';
import { getModel } from '../data/model';
import { allEvents } from '../lib/calendar';

/** Every end-of-support date of every host, edition and image. */
export const GET: APIRoute = async ({ site }) =>
  calendarResponse(site, 'end of support', allEvents(await getModel()));
