import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAnnouncements } from '../../data/announcements';
import { url } from '../../data/url';
import { SITE_NAME } from '../../lib/site/site';
import { announcementPath } from '../../lib/knowledge/paths';

/** The announcements feed, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { posts } = await getAnnouncements();
  return rss({
    title: `${SITE_NAME}: announcements`,
    description:
      'News that changed which Windows container base image runs on which host, and which tag to use.',
    site: site ?? 'http://localhost/',
    items: posts.map((post) => ({
      title: post.title,
      link: url(announcementPath(post.slug)),
      pubDate: new Date(`${post.date}T00:00:00Z`),
      description: post.summary ?? post.title,
      categories: [...post.categories],
      ...(post.author ? { author: post.author } : {}),
    })),
    customData: '<language>en</language>',
  });
};
