// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import {
  announcementMarkdownPlugins,
  DEFAULT_PUBLISHER_ORIGINS,
} from './src/lib/announcements/markdown/index.ts';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { hydrateOnInteraction } from './src/islands/directives/integration.ts';

// SITE and BASE let a deployment set its own origin and sub-path (e.g. BASE=/compat/ npm run build)
// without editing this file; canonical URLs, feeds and the sitemap all derive from them.
const site = process.env.SITE ?? 'https://wincontainers.example.org';
const base = process.env.BASE ?? '/';
// Where the site-absolute links of blog-dialect posts point when a post does not name its own address
// (canonical_url, original_url, permalink, guid); unset, such links are reported and shown as text.
const blogOrigin = process.env.ANNOUNCEMENTS_BLOG_ORIGIN;

// Alias URLs are redirect pages; the sitemap lists canonical pages only. Ids are the data's file names.
/** @param {string} folder */
const idsIn = (folder) => new Set(readdirSync(folder).map((name) => name.replace(/\.ya?ml$/, '')));
const hostIds = idsIn('./content/hosts');
const imageIds = idsIn('./content/images');

/** Whether a page URL is an alias (redirect) page rather than a canonical host, image or cell page. */
/** @param {string} page */
function aliasPage(page) {
  const [section, first, second] = new URL(page).pathname
    .slice(base.length - 1)
    .split('/')
    .filter(Boolean);
  if (section === 'hosts' && first) return !hostIds.has(first);
  if (section === 'images' && first) return !imageIds.has(first);
  if (section === 'matrix' && first && second) return !hostIds.has(first) || !imageIds.has(second);
  return false;
}

export default defineConfig({
  site,
  base,
  // OUT_DIR lets the sub-path check build next to the normal build without overwriting it.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Rendering a page takes about a millisecond of CPU; writing it takes longer, and with one page at a
  // time the main thread sat idle for half of the build (CPU profile, December 2026). Four pages in
  // flight overlap those writes; the output is byte-for-byte the same as with one.
  build: { concurrency: 4 },
  // Alias pages only redirect; they stay out of the sitemap.
  // client:interact keeps the paste box's and tag resolver's code out of the page load.
  integrations: [react(), sitemap({ filter: (page) => !aliasPage(page) }), hydrateOnInteraction()],
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own inline scripts and
  // styles, so no 'unsafe-inline' is needed for scripts.
  // default-src 'self' also keeps every page free of third-party requests.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // Our pipeline highlights with Prism itself, after the sanitiser (Prism marks tokens with classes;
    // Shiki's inline styles would need the CSP to allow inline style attributes).
    syntaxHighlight: false,
    // Astro 7's default processor runs no remark/rehype plugins; announcements need them (alerts,
    // captions, publisher links, sanitising), so they use the unified processor.
    processor: unified(
      announcementMarkdownPlugins({
        base,
        publicFileExists: (path) => existsSync(`./public${path}`),
        publisherOrigins: blogOrigin
          ? { ...DEFAULT_PUBLISHER_ORIGINS, blog: blogOrigin }
          : DEFAULT_PUBLISHER_ORIGINS,
      }),
    ),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
