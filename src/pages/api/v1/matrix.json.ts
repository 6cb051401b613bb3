import type { APIRoute } from 'astro';
import { getApiMatrix } from '../../../data/api';

/** The whole model as JSON, generated at build time from the same model as the pages. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify(await getApiMatrix());
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
