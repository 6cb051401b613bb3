import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../data/cards';
import { getModel } from '../../../../data/model';
import { cellCardPath } from '../../../../lib/outputs/cards/catalog';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.hosts.flatMap((host) =>
    model.images.map((image) => ({ params: { host: host.id, image: image.id } })),
  );
}) satisfies GetStaticPaths;

/** The social card of one cell page (og:image). */
export const GET: APIRoute = ({ params }) =>
  cardResponse(cellCardPath(params.host ?? '', params.image ?? ''));
