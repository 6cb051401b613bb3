import { defineConfig } from 'vitest/config';

// Runs real `astro build`s on broken copies of the project to check that content errors fail the build
// with a message naming the file and the field. Slow (one build per case), so kept apart and sequential.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    // Removing a throw-away build (about 3,000 files) can take longer than the default 10 s on a busy machine.
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
