import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../../data/model';
import { getVariantImageRoutes } from '../../../../../data/platforms';
import { variantImageAnswer } from '../../../../../lib/platforms/platform-answer';
import { platformBadgeSvg } from '../../../../../lib/outputs/platform-share';
import type { Platform, PlatformVariant } from '../../../../../lib/platforms/platform-schema';
import type { Image } from '../../../../../lib/knowledge/schema';

export const getStaticPaths = getVariantImageRoutes satisfies GetStaticPaths;

type Props = { platform: Platform; variant: PlatformVariant; image: Image };

/** The status badge of one image on one platform variant, for READMEs and wikis. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const answer = variantImageAnswer(await getModel(), props.platform, props.variant, props.image);
  return new Response(platformBadgeSvg(answer), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
