import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../../data/model';
import { getPlatforms } from '../../../../../data/platforms';
import { variantImageAnswer, variantImages } from '../../../../../lib/platforms/platform-answer';
import { platformBadgeSvg } from '../../../../../lib/outputs/platform-share';
import type { Platform, PlatformVariant } from '../../../../../lib/platforms/platform-schema';
import type { Image } from '../../../../../lib/knowledge/schema';

export const getStaticPaths = (async () => {
  const [model, platforms] = await Promise.all([getModel(), getPlatforms()]);
  return platforms.flatMap((platform) =>
    platform.variants.flatMap((variant) =>
      variantImages(model, platform, variant).map((image) => ({
        params: { platform: platform.id, variant: variant.id, image: image.id },
        props: { platform, variant, image },
      })),
    ),
  );
}) satisfies GetStaticPaths;

type Props = { platform: Platform; variant: PlatformVariant; image: Image };

/** The status badge of one image on one platform variant, for READMEs and wikis. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const answer = variantImageAnswer(await getModel(), props.platform, props.variant, props.image);
  return new Response(platformBadgeSvg(answer), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
