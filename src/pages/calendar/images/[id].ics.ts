import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../data/calendar';
import { getModel } from '../../../data/model';
import { imageEvents } from '../../../lib/outputs/calendar';
import type { Image } from '../../../lib/knowledge/schema';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.images.map((image) => ({ params: { id: image.id }, props: { image } }));
}) satisfies GetStaticPaths;

/** One image's end-of-support dates. */
export const GET: APIRoute<{ image: Image }> = async ({ props, site }) =>
  calendarResponse(
    site,
    `${props.image.name} end of support`,
    imageEvents(props.image, (await getModel()).today),
  );
