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
  vite: {
    plugins: [tailwindcss()],
  },
});
