import type { APIRoute } from 'astro';
import { apiErrors } from '../../../lib/errors/api';
import { getModel } from '../../../data/model';
import { url } from '../../../data/url';

/** Every error page as JSON, from the same data as the pages and the paste box. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify(apiErrors((await getModel()).dataCheckedOn, url));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
