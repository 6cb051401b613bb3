// Takes screenshots of key pages at phone and desktop widths in both themes, for the README and for
// looking at the site as a reader would. Needs a running preview: npm run preview, then
// `node scripts/screenshots.mjs [outDir] [baseUrl]`.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const outDir = process.argv[2] ?? 'docs/screenshots';
const baseUrl = process.argv[3] ?? 'http://127.0.0.1:4321';
const pages = (
  process.env.PAGES ?? '/,/matrix/?host=ws2022&image=servercore-ltsc2019,/matrix/ws2019/servercore-ltsc2022/'
)
  .split(',')
  .filter(Boolean);
const widths = [375, 1280];
const themes = ['light', 'dark'];

mkdirSync(outDir, { recursive: true });
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
for (const path of pages) {
  for (const width of widths) {
    for (const theme of themes) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 } });
      await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${theme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(`${outDir}/${name}`);
    }
  }
}
await browser.close();
