import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useStoredTheme } from './helpers';

const PAGE_TYPES = [
  '/',
  '/matrix/',
  '/matrix/win11-25h2/servercore-ltsc2022/',
  '/hosts/',
  '/hosts/win10-1809/',
  '/images/',
  '/images/windows-20h2/',
  '/announcements/',
  '/announcements/year/2019/',
  '/tags/',
  '/errors/',
  '/errors/image-mismatch/',
  '/api/',
  '/search/',
];

test.describe('accessibility in the dark theme', () => {
  for (const path of PAGE_TYPES) {
    test(`axe finds nothing on ${path} (dark)`, async ({ page }) => {
      await useStoredTheme(page, 'dark');
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expectNoAxeViolations(page);
    });
  }
});

test('axe finds nothing on any announcement', async ({ page, request }) => {
  test.setTimeout(120_000);
  const feed = await (await request.get('/announcements/rss.xml')).text();
  const links = [...feed.matchAll(/<link>[^<]*?(\/announcements\/[^<]+\/)<\/link>/g)].map(
    (match) => match[1] ?? '',
  );
  expect(links.length).toBeGreaterThan(15);
  for (const link of links) {
    await page.goto(link);
    await expectNoAxeViolations(page);
  }
});

test('the paste box works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  // No pointer and no waiting: the box hydrates when the keyboard focuses it (client:interact), and
  // what is typed at once must still be read.
  await page.waitForFunction(() => document.readyState === 'complete');
  // Tab from the page start until the paste box has focus.
  for (let i = 0; i < 20 && !(await box.evaluate((element) => element === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('windows-2022');
  // A reader waits for the answer to appear, then tabs into it.
  await expect(page.getByTestId('paste-result')).toContainText('Windows Server 2022');
  await page.keyboard.press('Tab');
  // `windows-2022` is a runner label: the platform's answer comes first, its first link the platform.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/platforms\/github-actions\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/platforms\/github-actions\/$/);
});
