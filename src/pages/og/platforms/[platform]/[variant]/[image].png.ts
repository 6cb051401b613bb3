import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../../data/cards';
import { getModel } from '../../../../../data/model';
import { getPlatforms } from '../../../../../data/platforms';
import { variantImageCardPath } from '../../../../../lib/outputs/cards/platform-card';
import { variantImages } from '../../../../../lib/platforms/platform-answer';

export const getStaticPaths = (async () => {
  const [model, platforms] = await Promise.all([getModel(), getPlatforms()]);
  return platforms.flatMap((platform) =>
    platform.variants.flatMap((variant) =>
      variantImages(model, platform, variant).map((image) => ({
        params: { platform: platform.id, variant: variant.id, image: image.id },
      })),
    ),
  );
}) satisfies GetStaticPaths;

/** The social card of one image on one platform variant. */
export const GET: APIRoute = ({ params }) =>
  cardResponse(variantImageCardPath(params.platform ?? '', params.variant ?? '', params.image ?? ''));
