/**
 * Reads the announcements collection once, resolves dates and slugs, and indexes the posts against
 * the model's hosts and images. Pages get announcements only from here.
 */
import { getCollection, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { indexAnnouncements } from '../lib/announcements/announcement-index';
import type { AnnouncementIndex, PostInput } from '../lib/announcements/announcement-index';
import { announcementSlug, resolveAnnouncementDate } from '../lib/announcements/frontmatter';
import { getModel } from './model';

let cached:
  Promise<{ index: AnnouncementIndex; entries: Map<string, CollectionEntry<'announcements'>> }> | undefined;

function toInput(entry: CollectionEntry<'announcements'>): PostInput {
  const file = entry.filePath ?? `content/announcements/${entry.id}`;
  const data = entry.data;
  return {
    id: entry.id,
    file,
    slug: announcementSlug(entry.id),
    title: data.title,
    date: resolveAnnouncementDate(data, file),
    summary: data.summary,
    author: data.author,
    categories: data.categories,
    sources: data.sources,
    hosts: data.hosts,
    images: data.images,
    supersededBy: data.supersededBy,
    draft: data.draft,
  };
}

function load() {
  cached ??= (async () => {
    const [entries, model] = await Promise.all([getCollection('announcements'), getModel()]);
    const index = indexAnnouncements(
      entries.map(toInput),
      new Set(model.hostsById.keys()),
      new Set(model.imagesById.keys()),
    );
    return { index, entries: new Map(entries.map((entry) => [announcementSlug(entry.id), entry])) };
  })();
  return cached;
}

/** The indexed announcements (newest first, with categories and years). */
export async function getAnnouncements(): Promise<AnnouncementIndex> {
  return (await load()).index;
}

/** Renders one announcement's body (Content component and headings for the table of contents). */
export async function renderAnnouncement(slug: string) {
  const entry = (await load()).entries.get(slug);
  if (!entry) throw new Error(`No announcement "${slug}"`);
  return render(entry);
}
