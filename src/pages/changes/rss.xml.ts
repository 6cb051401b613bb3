import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChanges } from '../../data/changes';
import { url } from '../../data/url';
import { changeTitle } from '../../lib/outputs/changes';
import { SITE_NAME } from '../../lib/site/site';

/** The data-change feed, newest first: one item per recorded change, linked to its entry on /changes/. */
export const GET: APIRoute = async ({ site }) => {
  const changes = await getChanges();
  return rss({
    title: `${SITE_NAME}: data changes`,
    description:
      'Releases added, dates added or corrected, verdicts changed and platform changes in the compatibility data.',
    site: site ?? 'http://localhost/',
    items: changes.map((change) => ({
      title: changeTitle(change),
      link: url(`/changes/#${change.id}`),
      pubDate: new Date(`${change.date}T00:00:00Z`),
      description: change.summary,
      categories: [change.kind],
    })),
    customData: '<language>en</language>',
  });
};
