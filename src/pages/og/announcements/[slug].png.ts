import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../data/cards';
import { getAnnouncements } from '../../../data/announcements';
import { announcementCardPath } from '../../../lib/outputs/cards/catalog';

export const getStaticPaths = (async () => {
  const { posts } = await getAnnouncements();
  return posts.map((post) => ({ params: { slug: post.slug } }));
}) satisfies GetStaticPaths;

/** The social card of one announcement. */
export const GET: APIRoute = ({ params }) => cardResponse(announcementCardPath(params.slug ?? ''));
