import type { APIRoute } from 'astro';
import { getModel } from '../../../data/model';
import { getUpdates } from '../../../data/updates';
import { url } from '../../../data/url';
import { apiUpdates } from '../../../lib/updates/pages';

/** Every update per release with its KB, date, kind and container build tag. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const { catalogue, containers, asOf } = getUpdates();
  const body = JSON.stringify(apiUpdates(catalogue, containers, model.hosts, model.images, asOf, url));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
