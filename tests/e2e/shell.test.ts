import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useStoredTheme } from './helpers';

test.describe('site shell', () => {
  test('home page says what the site answers and links to the main sections', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Windows Container Compatibility/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Windows container image');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Matrix', 'Announcements', 'Tag guide', 'API']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page);
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('unknown paths get the real 404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoAxeViolations(page);
  });

  test('the theme follows the system, the toggle switches it and the choice sticks', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await expectNoAxeViolations(page);
  });

  test('dark theme passes axe too (contrast)', async ({ page }) => {
    await useStoredTheme(page, 'dark');
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectNoAxeViolations(page);
  });

  test('a 320 px phone gets no horizontal page scroll on any page type', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const paths = [
      '/',
      '/matrix/',
      '/matrix/ws2019/servercore-ltsc2022/',
      '/hosts/ws2022/',
      '/images/servercore-ltsc2019/',
      '/announcements/',
      '/announcements/build-number-tags-return/',
      '/tags/',
      '/api/',
    ];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
