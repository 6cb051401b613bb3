/**
 * Every card the site has, keyed by its site-relative path, and which card each page shows. Pure: the
 * routes that emit the PNGs and the layout that links them both read this one list, so a page can never
 * point at a card that was not built.
 */
import { runs } from '../../knowledge/engine';
import { hostLifecycle, imageLifecycle } from '../../knowledge/lifecycle';
import type { Model } from '../../model/model';
import { announcementCard, cellCard, hostCard, imageCard, siteCard } from './content';
import type { CardContent, RunCounts } from './content';
import { errorCard, errorCardPath } from './error-card';
import { errorPages } from '../../errors/pages';
import type { Platform } from '../../platforms/platform-schema';
import { platformCardEntries, platformCardPathForPage } from './platform-catalog';

/** The site card's path, shown by every page without a card of its own. */
export const SITE_CARD_PATH = '/og/site.png';

/** The card of a cell. */
export function cellCardPath(hostId: string, imageId: string): string {
  return `/og/matrix/${hostId}/${imageId}.png`;
}

/** The card of a host page. */
export function hostCardPath(hostId: string): string {
  return `/og/hosts/${hostId}.png`;
}

/** The card of an image page. */
export function imageCardPath(imageId: string): string {
  return `/og/images/${imageId}.png`;
}

/** The card of an announcement. */
export function announcementCardPath(slug: string): string {
  return `/og/announcements/${slug}.png`;
}

/**
 * The card a page would have by its path (`/matrix/h/i/` → `/og/matrix/h/i.png`); whether that card
 * exists is the catalogue's business, see `cardForPage`.
 */
export function cardPathForPage(sitePath: string): string {
  const parts = sitePath.split('/').filter(Boolean);
  const [section, first, second] = parts;
  if (section === 'matrix' && first && second && parts.length === 3) return cellCardPath(first, second);
  if (section === 'hosts' && first && parts.length === 2) return hostCardPath(first);
  if (section === 'images' && first && parts.length === 2) return imageCardPath(first);
  if (section === 'announcements' && first && parts.length === 2) return announcementCardPath(first);
  if (section === 'errors' && first && parts.length === 2) return errorCardPath(first);
  return platformCardPathForPage(parts) ?? SITE_CARD_PATH;
}

/** An announcement as a card needs it. */
export interface CardPost {
  slug: string;
  title: string;
  date: string;
  summary: string | null;
}

/**
 * Every card of the site: path → content. Cells first, in matrix order, then hosts, images, posts, errors,
 * platforms.
 */
export function cardCatalog(
  model: Model,
  posts: readonly CardPost[],
  platforms: readonly Platform[] = [],
): Map<string, CardContent> {
  const cards = new Map<string, CardContent>();
  for (const host of model.hosts)
    for (const image of model.images)
      cards.set(cellCardPath(host.id, image.id), cellCard(host, image, model.cell(host.id, image.id)));
  for (const host of model.hosts) {
    const counts: RunCounts = { process: 0, hyperv: 0, of: model.images.length };
    for (const image of model.images) {
      const { process, hyperv } = model.cell(host.id, image.id).verdict;
      if (runs(process.verdict)) counts.process += 1;
      if (runs(hyperv.verdict)) counts.hyperv += 1;
    }
    cards.set(hostCardPath(host.id), hostCard(host, hostLifecycle(host, model.today).label, counts));
  }
  for (const image of model.images) {
    const counts: RunCounts = { process: 0, hyperv: 0, of: model.hosts.length };
    for (const host of model.hosts) {
      const { process, hyperv } = model.cell(host.id, image.id).verdict;
      if (runs(process.verdict)) counts.process += 1;
      if (runs(hyperv.verdict)) counts.hyperv += 1;
    }
    cards.set(imageCardPath(image.id), imageCard(image, imageLifecycle(image, model.today).label, counts));
  }
  for (const post of posts) cards.set(announcementCardPath(post.slug), announcementCard(post));
  for (const error of errorPages()) cards.set(errorCardPath(error.id), errorCard(error));
  for (const [path, content] of platformCardEntries(model, platforms)) cards.set(path, content);
  cards.set(SITE_CARD_PATH, siteCard());
  return cards;
}

/** The card a page shows: its own when the catalogue has one, else the site's card. */
export function cardForPage(
  catalog: ReadonlyMap<string, CardContent>,
  sitePath: string,
): { path: string; content: CardContent } {
  const own = cardPathForPage(sitePath);
  const content = catalog.get(own);
  if (content) return { path: own, content };
  const site = catalog.get(SITE_CARD_PATH) ?? siteCard();
  return { path: SITE_CARD_PATH, content: site };
}
