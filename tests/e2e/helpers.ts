/**
 * Shared helpers for the end-to-end tests: accessibility checks and waiting for React islands.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Runs axe (WCAG 2.1 A and AA) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits until the React island around `locator` has hydrated (Astro removes its `ssr` attribute then).
 * A `client:interact` island waits for the reader, so the pointer is moved onto it first, as a reader's is.
 */
export async function waitForHydrate(page: Page, locator: Locator): Promise<void> {
  const island = locator.locator('xpath=ancestor-or-self::astro-island').first();
  await expect(island).toHaveCount(1);
  if ((await island.getAttribute('client')) === 'interact') await locator.hover();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  await page.waitForFunction(() => document.readyState === 'complete');
}

/** Sets the colour scheme before any script runs, so the theme script sees it on first paint. */
export async function useStoredTheme(page: Page, theme: 'dark' | 'light'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('theme', value), theme);
}
