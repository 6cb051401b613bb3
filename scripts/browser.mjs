// Finds a Chromium for Playwright. Playwright's own browser download is not reachable on every
// machine, so a system Chromium (Debian's `chromium` package) is preferred when present.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags this network needs: without them Chromium keeps dialling hosts it cannot reach. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

/** The path of a usable Chromium, or undefined when none is installed. */
export function findChromium() {
  for (const candidate of SYSTEM_CANDIDATES) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core not resolvable or no bundled browser: fall through.
  }
  return undefined;
}
