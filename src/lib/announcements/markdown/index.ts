/**
 * The Markdown pipeline for announcements, as plugin lists for `unified()` from @astrojs/markdown-remark.
 *
 * Astro's order is: remark-parse, GFM, smartypants, OUR remark plugins, remarkCollectImages, remark-rehype,
 * Astro's highlighter (if markdown.syntaxHighlight is set), OUR rehype plugins, rehypeImages, heading ids,
 * rehype-raw, stringify. Raw HTML therefore reaches our rehype plugins unparsed; we parse it ourselves so
 * the sanitiser sees it, and we highlight after the sanitiser, which is why astro.config.mjs must set
 * `markdown.syntaxHighlight: false` (a clear error says so otherwise).
 *
 *   markdown: { syntaxHighlight: false, processor: unified(announcementMarkdownPlugins({ ... })) }
 */
import { rehypeCodeLanguageNames, rehypeFocusableCode } from './code';
import { markdownConfigDefaults, rehypePrism, rehypeShiki } from '@astrojs/markdown-remark';
import type { RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { remarkAlert } from 'remark-github-blockquote-alert';
import { remarkAccessibleAlerts, remarkAlertMarkerLine } from './alerts';
import { remarkPostHeadings } from './headings';
import { DEFAULT_PUBLISHER_ORIGINS, SITE_ROUTE_PREFIXES } from './links';
import { rehypeAnnouncementContent, rehypePrepareForSanitiser } from './rehype-content';
import type { MarkdownReport } from './rehype-content';
import { announcementSanitizeSchema } from './sanitize';

export { ALERT_TITLES, remarkAccessibleAlerts, remarkAlertMarkerLine } from './alerts';
export type { AlertType } from './alerts';
export { remarkPostHeadings } from './headings';
export { classifyImageSource } from './images';
export type { ImageSourceKind } from './images';
export { DEFAULT_PUBLISHER_ORIGINS, resolveLink, SITE_ROUTE_PREFIXES, withBase } from './links';
export type { LinkContext, LinkResolution } from './links';
export type { MarkdownReport } from './rehype-content';
export { announcementSanitizeSchema } from './sanitize';
export { rehypeFocusableCode } from './code';

/** Options of the announcement pipeline; all optional. */
export interface AnnouncementMarkdownOptions {
  /**
   * Origins for site-absolute links of foreign posts. Keys starting with `/` are path prefixes; a dialect
   * key (`docs`, `blog`, `ours`) is the fallback for that dialect's other site-absolute paths.
   * Default: DEFAULT_PUBLISHER_ORIGINS (Microsoft Learn paths).
   */
  publisherOrigins?: Readonly<Record<string, string>>;
  /** Receives every link or image the site cannot serve as written. Default: console.warn the message. */
  onReport?: (report: MarkdownReport) => void;
  /**
   * Whether `public/` has a file (path like `/assets/x.png`, without base). Without it every site-absolute
   * image counts as missing: such paths come from the post's original site, and public/ carries none.
   */
  publicFileExists?: (path: string) => boolean;
  /** The site's base path (astro.config `base`), added to links to our routes and public files. Default `/`. */
  base?: string;
  /** Our route prefixes. Default: SITE_ROUTE_PREFIXES. */
  siteRoutes?: readonly string[];
  /** Highlighter run after the sanitiser. Default `prism`: classes only, so the CSP needs no inline styles. */
  highlight?: 'prism' | 'shiki' | false;
  /** Shiki settings when `highlight` is `shiki` (Astro's markdown.shikiConfig is not used then). */
  shikiConfig?: ShikiConfig;
}

/** The plugin lists for `unified({ remarkPlugins, rehypePlugins })`. */
export interface AnnouncementMarkdownPlugins {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
}

/** Builds the remark and rehype plugin lists that render announcements safely and accessibly. */
export function announcementMarkdownPlugins(
  options: AnnouncementMarkdownOptions = {},
): AnnouncementMarkdownPlugins {
  const content = {
    publisherOrigins: options.publisherOrigins ?? DEFAULT_PUBLISHER_ORIGINS,
    onReport: options.onReport ?? ((report: MarkdownReport) => console.warn(report.message)),
    publicFileExists: options.publicFileExists ?? (() => false),
    base: options.base ?? '/',
    siteRoutes: options.siteRoutes ?? SITE_ROUTE_PREFIXES,
  };
  const highlight = options.highlight ?? 'prism';
  const rehypePlugins: RehypePlugins = [
    rehypePrepareForSanitiser,
    rehypeRaw,
    [rehypeAnnouncementContent, content],
    [rehypeSanitize, announcementSanitizeSchema],
  ];
  if (highlight === 'prism') rehypePlugins.push(rehypeCodeLanguageNames, rehypePrism);
  if (highlight === 'shiki')
    rehypePlugins.push([rehypeShiki, options.shikiConfig ?? markdownConfigDefaults.shikiConfig]);
  rehypePlugins.push(rehypeFocusableCode);
  return {
    remarkPlugins: [remarkPostHeadings, remarkAlertMarkerLine, remarkAlert, remarkAccessibleAlerts],
    rehypePlugins,
  };
}
