import type { APIRoute } from 'astro';
import { apiPlatforms } from '../../../lib/platforms/platform-api';
import { getModel } from '../../../data/model';
import { getPlatforms } from '../../../data/platforms';
import { url } from '../../../data/url';

/** Every platform, its variants, hosts and dates as JSON, from the same data as the platform pages. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify(apiPlatforms(await getModel(), await getPlatforms(), url));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
