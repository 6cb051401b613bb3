import { defineConfig } from 'vitest/config';

// Unit tests cover the pure code in src/lib (and the content files through its schemas);
// they never need a build, so plain Vitest without Astro's Vite pipeline is enough and fast.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
