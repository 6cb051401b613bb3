/**
 * The error pages on the production build: found by the site search, accessible, readable without
 * JavaScript and on a phone, and wired both ways to the paste box.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

/**
 * The link of the top-ranked result. Pagefind's UI lists the results in rank order but fills each in as
 * its data arrives, so the first link in the page may belong to a lower result for a moment.
 */
function firstResult(page: Page): Locator {
  return page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first();
}

// A code or the first words of a message, and the page a search for it must put first.
const SEARCHES: [query: string, page: string][] = [
  ['0xc0370101', 'image-mismatch'],
  ['0xc0370106', 'unexpected-exit'],
  ['HCS_E_INVALID_LAYER', 'invalid-layer'],
  ['The container operating system does not match', 'image-mismatch'],
  ['failed to register layer', 'register-layer-failed'],
  ['No hypervisor is present', 'no-hypervisor'],
  ['no matching manifest for unknown', 'no-manifest-unknown'],
  // Messages sharing their first six words, whole as people paste them: the words after the shared part
  // decide ("is not running" against "already exists"; "is" alone is too common a word to rank by).
  ['The connection with the virtual machine or container was closed', 'hcs-connection-closed'],
  ['A virtual machine or container with the specified identifier does not exist.', 'hcs-not-found'],
  ['The virtual machine or container with the specified identifier is not running.', 'already-stopped'],
  ['The virtual machine or container exited unexpectedly while starting', 'terminated-during-start'],
];

// Near-identical messages that differ in one word, which both pages use as often (a Windows engine, a Linux
// image and the reverse): Pagefind ranks words, not phrases, so the two pages come first and second in either
// order. Each must be in the first two; which comes first is a known limit of word ranking.
const TWINS: [query: string, page: string][] = [
  ['image operating system "windows" cannot be used on this platform', 'windows-image-on-linux-engine'],
  ['image operating system "linux" cannot be used on this platform', 'linux-image-on-windows-engine'],
];

test.describe('site search', () => {
  for (const [query, id] of TWINS) {
    test(`"${query}" puts /errors/${id}/ in the first two`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const resultLink = (n: number): Locator =>
        page.locator('.pagefind-ui__result').nth(n).locator('.pagefind-ui__result-link').first();
      await expect(resultLink(1)).toHaveAttribute('href', /\/errors\//, { timeout: 15_000 });
      const firstTwo = await Promise.all([0, 1].map((n) => resultLink(n).getAttribute('href')));
      expect(
        firstTwo.some((href) => href?.endsWith(`/errors/${id}/`)),
        firstTwo.join(', '),
      ).toBe(true);
    });
  }

  for (const [query, id] of SEARCHES) {
    test(`"${query}" puts /errors/${id}/ first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = firstResult(page);
      await expect(first).toHaveAttribute('href', new RegExp(`/errors/${id}/$`), { timeout: 15_000 });
    });
  }
});

test('every code puts its own page first', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { errors } = (await (await request.get('/api/v1/errors.json')).json()) as {
    errors: { id: string; code: string | null; url: string }[];
  };
  const misses: string[] = [];
  for (const error of errors.filter((entry) => entry.code !== null)) {
    await page.goto(`/search/?q=${encodeURIComponent(error.code ?? '')}`);
    const first = firstResult(page);
    await first.waitFor({ timeout: 15_000 });
    const href = (await first.getAttribute('href')) ?? '';
    if (!href.endsWith(error.url)) misses.push(`${error.code ?? ''} → ${href}, not ${error.url}`);
  }
  expect(misses).toEqual([]);
});

test('an error page and the index pass axe', async ({ page }) => {
  for (const path of ['/errors/', '/errors/image-mismatch/', '/errors/no-windows-manifest/']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('the index lists every error page and the header links the index', async ({ page }) => {
  await page.goto('/errors/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error messages');
  expect(await page.locator('main li a[href*="/errors/"]').count()).toBeGreaterThanOrEqual(30);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Errors' }).click();
  await expect(page).toHaveURL(/\/errors\/$/);
});

test('the paste box links the error it recognised to its page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await waitForHydrate(page, box);
  await box.fill(
    'failed to create shim task: hcs::CreateComputeSystem 3f2a: The container operating system does not match the host operating system.: unknown',
  );
  const link = page.getByTestId('paste-error-link');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/errors\/image-mismatch\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('0xc0370101');
});

test('"Paste your output" opens the paste box with the message, read and linked back', async ({ page }) => {
  await page.goto('/errors/unexpected-exit/');
  await page.getByTestId('paste-link').click();
  await expect(page).toHaveURL(/\/#paste=/);
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await expect(box).toHaveValue(/exited unexpectedly/);
  await expect(box).toBeFocused();
  await expect(page.getByTestId('paste-error-link')).toHaveAttribute('href', /\/errors\/unexpected-exit\/$/);
});

test('text in the link stays text: markup is shown in the box, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const text = '<img src=x onerror=alert(1)> (0xc0370101)';
  await page.goto(`/#paste=${encodeURIComponent(text)}`);
  await expect(page.getByRole('textbox', { name: 'Paste anything' })).toHaveValue(text);
  await expect(page.getByTestId('paste-error-link')).toHaveCount(1);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an error page shows its heading, causes, fixes and sources', async ({ page }) => {
    await page.goto('/errors/image-mismatch/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'The container operating system does not match the host operating system',
    );
    await expect(page.getByRole('heading', { name: /Cause 1:/ })).toBeVisible();
    await expect(page.getByText('How to tell:').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('an error page does not scroll sideways', async ({ page }) => {
    await page.goto('/errors/register-layer-failed/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
