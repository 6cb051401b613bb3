/**
 * The announcements as a whole: ordering, cross-references (hosts, images, supersededBy), category and
 * year counts, neighbours. Pure: it receives normalised frontmatter with the file each came from and
 * throws a ContentError naming file and field for a reference that points nowhere.
 */
import { ContentError } from '../model/model';
import { slugify } from '../knowledge/paths';

/** What the index needs of one post (the normalised frontmatter plus where it came from). */
export interface PostInput {
  /** Collection entry id (used to render the body). */
  id: string;
  /** The file, for error messages. */
  file: string;
  slug: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string | null;
  author: string | null;
  categories: readonly string[];
  sources: readonly { title: string; url: string }[];
  hosts: readonly string[];
  images: readonly string[];
  supersededBy: string | null;
  draft: boolean;
}

/** One post, indexed: the input plus the reverse links. */
export interface IndexedPost extends PostInput {
  year: string;
  /** Slugs of the posts this one supersedes (their supersededBy points here). */
  supersedes: string[];
  /** Older and newer neighbours by date. */
  previous: string | null;
  next: string | null;
}

/** The indexed announcements with their facets. */
export interface AnnouncementIndex {
  /** Newest first. */
  posts: IndexedPost[];
  bySlug: ReadonlyMap<string, IndexedPost>;
  /** Category slug → count, most used first. */
  categories: [string, number][];
  /** Year → count, newest first. */
  years: [string, number][];
}

function checkReferences(
  posts: readonly PostInput[],
  hostIds: ReadonlySet<string>,
  imageIds: ReadonlySet<string>,
): void {
  const slugs = new Map<string, string>();
  for (const post of posts) {
    const other = slugs.get(post.slug);
    if (other)
      throw new ContentError(
        post.file,
        'slug',
        `expected a unique announcement slug, but "${post.slug}" is also ${other}`,
      );
    slugs.set(post.slug, post.file);
  }
  for (const post of posts) {
    post.hosts.forEach((id, i) => {
      if (!hostIds.has(id))
        throw new ContentError(
          post.file,
          `hosts[${i}]`,
          `expected a host id from content/hosts/, got "${id}"`,
        );
    });
    post.images.forEach((id, i) => {
      if (!imageIds.has(id))
        throw new ContentError(
          post.file,
          `images[${i}]`,
          `expected an image id from content/images/, got "${id}"`,
        );
    });
    if (post.supersededBy !== null) {
      if (!slugs.has(post.supersededBy)) {
        throw new ContentError(
          post.file,
          'supersededBy',
          `expected the slug of another announcement, got "${post.supersededBy}"`,
        );
      }
      if (post.supersededBy === post.slug)
        throw new ContentError(post.file, 'supersededBy', 'expected another announcement, not this one');
    }
  }
}

function counts(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return map;
}

/** Validates cross-references and indexes the published (non-draft) posts, newest first. */
export function indexAnnouncements(
  inputs: readonly PostInput[],
  hostIds: ReadonlySet<string>,
  imageIds: ReadonlySet<string>,
): AnnouncementIndex {
  checkReferences(inputs, hostIds, imageIds);
  const published = inputs
    .filter((post) => !post.draft)
    .map((post) => ({ ...post, categories: [...new Set(post.categories.map(slugify).filter(Boolean))] }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const posts: IndexedPost[] = published.map((post, index) => ({
    ...post,
    year: post.date.slice(0, 4),
    supersedes: published.filter((other) => other.supersededBy === post.slug).map((other) => other.slug),
    previous: published[index + 1]?.slug ?? null,
    next: published[index - 1]?.slug ?? null,
  }));
  const categories = [...counts(posts.flatMap((post) => post.categories))].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const years = [...counts(posts.map((post) => post.year))].sort((a, b) => b[0].localeCompare(a[0]));
  return { posts, bySlug: new Map(posts.map((post) => [post.slug, post])), categories, years };
}

/** The posts that concern a host or an image, newest first. */
export function postsConcerning(
  index: AnnouncementIndex,
  kind: 'hosts' | 'images',
  id: string,
): IndexedPost[] {
  return index.posts.filter((post) => post[kind].includes(id));
}
