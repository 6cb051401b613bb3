import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../data/cards';
import { getPlatforms } from '../../../../data/platforms';
import { variantCardPath } from '../../../../lib/outputs/cards/platform-card';

export const getStaticPaths = (async () =>
  (await getPlatforms()).flatMap((platform) =>
    platform.variants.map((variant) => ({ params: { platform: platform.id, variant: variant.id } })),
  )) satisfies GetStaticPaths;

/** The social card of one platform variant page. */
export const GET: APIRoute = ({ params }) =>
  cardResponse(variantCardPath(params.platform ?? '', params.variant ?? ''));
