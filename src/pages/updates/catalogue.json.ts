import type { APIRoute } from 'astro';
import { getUpdates } from '../../data/updates';
import { encodeUpdates } from '../../lib/parse/updates';

/** The update catalogue in the compact form the paste box loads on first use (see src/lib/parse/updates.ts). */
export const GET: APIRoute = () => {
  const { catalogue, containers, revisions, asOf } = getUpdates();
  const body = JSON.stringify(encodeUpdates(catalogue, containers, revisions, asOf));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
