import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards';
import { getModel } from '../../../data/model';
import { imageCardPath } from '../../../lib/outputs/cards/catalog';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.images.map((image) => ({ params: { id: image.id } }));
}) satisfies GetStaticPaths;

/** The social card of one image page. */
export const GET: APIRoute = ({ params }) => cardResponse(imageCardPath(params.id ?? ''));
