import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const isCI = Boolean(process.env.CI);
const chromiumPath = findChromium();

// End-to-end tests run against the production build (`astro preview` serves dist/), in a real
// Chromium found by scripts/browser.mjs. `npm test` builds first; run-e2e.mjs checks the browser.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI ? 'line' : 'list',
  timeout: 30_000,
  expect: { timeout: 6_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // No executablePath when none is found: Playwright then uses its own download, if any.
        launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a preview the developer may already have open (npm start).
    command: `npx astro preview --ignore-lock --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
