import { defineConfig } from 'vitest/config';

// Checks of the production build in dist/ (links, valid HTML, byte budgets, security headers in meta).
// They run after `astro build`, so they live apart from the fast unit tests.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
