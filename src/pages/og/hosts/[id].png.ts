import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards';
import { getModel } from '../../../data/model';
import { hostCardPath } from '../../../lib/outputs/cards/catalog';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.hosts.map((host) => ({ params: { id: host.id } }));
}) satisfies GetStaticPaths;

/** The social card of one host page. */
export const GET: APIRoute = ({ params }) => cardResponse(hostCardPath(params.id ?? ''));
