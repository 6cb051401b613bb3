import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../data/model';
import { cellBadgeSvg } from '../../../lib/outputs/badge';
import type { Host, Image } from '../../../lib/knowledge/schema';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.hosts.flatMap((host) =>
    model.images.map((image) => ({ params: { host: host.id, image: image.id }, props: { host, image } })),
  );
}) satisfies GetStaticPaths;

/** The status badge of one cell, for READMEs and wikis. */
export const GET: APIRoute<{ host: Host; image: Image }> = async ({ props }) => {
  const model = await getModel();
  const cell = model.cell(props.host.id, props.image.id);
  return new Response(cellBadgeSvg(props.host, props.image, cell.verdict), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
