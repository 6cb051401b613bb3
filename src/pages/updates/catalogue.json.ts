import type { APIRoute } from 'astro';
import { getUpdates } from '../../data/updates';
import { encodeUpdates } from '../../lib/readers/updates';
import { getModel } from '../../data/model';
import { imageServicing } from '../../lib/updates/pages';

/** The update catalogue in the compact form the paste box loads on first use (see src/lib/readers/updates.ts). */
export const GET: APIRoute = async () => {
  const { catalogue, containers, revisions, asOf } = getUpdates();
  const spans = (await getModel()).images.map((image) => {
    const { build, available, end } = imageServicing(image);
    return { build, from: available, until: end };
  });
  const body = JSON.stringify(encodeUpdates(catalogue, containers, revisions, asOf, spans));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
