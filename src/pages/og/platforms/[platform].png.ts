import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards';
import { getPlatforms } from '../../../data/platforms';
import { platformCardPath } from '../../../lib/outputs/cards/platform-card';

export const getStaticPaths = (async () =>
  (await getPlatforms()).map((platform) => ({ params: { platform: platform.id } }))) satisfies GetStaticPaths;

/** The social card of one platform page. */
export const GET: APIRoute = ({ params }) => cardResponse(platformCardPath(params.platform ?? ''));
