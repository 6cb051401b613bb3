import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../../data/cards';
import { getVariantImageRoutes } from '../../../../../data/platforms';
import { variantImageCardPath } from '../../../../../lib/outputs/cards/platform-card';

export const getStaticPaths = (async () =>
  (await getVariantImageRoutes()).map(({ params }) => ({ params }))) satisfies GetStaticPaths;

/** The social card of one image on one platform variant. */
export const GET: APIRoute = ({ params }) =>
  cardResponse(variantImageCardPath(params.platform ?? '', params.variant ?? '', params.image ?? ''));
