import type { APIRoute } from 'astro';
import { apiMatrix } from '../../../lib/outputs/api';
import { getModel } from '../../../data/model';
import { url } from '../../../data/url';

/** The whole model as JSON, generated at build time from the same model as the pages. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify(apiMatrix(await getModel(), url));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
