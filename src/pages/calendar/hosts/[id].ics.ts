import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../../data/calendar';
import { getModel } from '../../../data/model';
import { hostEvents } from '../../../lib/outputs/calendar';
import type { Host } from '../../../lib/knowledge/schema';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.hosts.map((host) => ({ params: { id: host.id }, props: { host } }));
}) satisfies GetStaticPaths;

/** One host's end-of-support dates, its long-term editions included. */
export const GET: APIRoute<{ host: Host }> = async ({ props, site }) =>
  calendarResponse(
    site,
    `${props.host.name} end of support`,
    hostEvents(props.host, (await getModel()).today),
  );
