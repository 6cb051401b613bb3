// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';

// SITE and BASE let a deployment set its own origin and sub-path (e.g. BASE=/compat/ npm run build)
// without editing this file; canonical URLs, feeds and the sitemap all derive from them.
const site = process.env.SITE ?? 'https://wincontainers.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [react()],
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
  vite: {
    plugins: [tailwindcss()],
  },
});
