import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../data/calendar';
import { getModel } from '../../../data/model';
import { getPlatforms } from '../../../data/platforms';
import { platformEvents } from '../../../lib/outputs/platform-calendar';
import type { Platform } from '../../../lib/platforms/platform-schema';

export const getStaticPaths = (async () => {
  const platforms = await getPlatforms();
  return platforms.map((platform) => ({ params: { id: platform.id }, props: { platform } }));
}) satisfies GetStaticPaths;

/** One platform's own retirement and removal dates for its variants. */
export const GET: APIRoute<{ platform: Platform }> = async ({ props, site }) =>
  calendarResponse(
    site,
    `${props.platform.name} retirements`,
    platformEvents(props.platform, await getModel()),
  );
