import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

test.describe('matrix explorer', () => {
  test('picking a host and an image shows the verdict and puts it in the address bar', async ({ page }) => {
    await page.goto('/matrix/');
    const host = page.getByRole('combobox', { name: 'Host', exact: true });
    await waitForHydrate(page, host);
    await host.fill('rs5');
    await page.getByRole('option', { name: /Windows Server 2019/ }).click();
    const image = page.getByRole('combobox', { name: 'Image', exact: true });
    await image.fill('ltsc2022');
    await page.getByRole('option', { name: /Server Core ltsc2022/ }).click();
    await expect(page).toHaveURL(/\?host=ws2019&image=servercore-ltsc2022$/);
    const panel = page.getByTestId('verdict-panel');
    await expect(panel).toContainText('Server Core ltsc2022 on Windows Server 2019');
    await expect(panel).toContainText('process isolation: ✕ unsupported', { ignoreCase: true });
    await expect(panel.getByRole('link', { name: 'Server Core ltsc2019' })).toBeVisible();
    // The picked row and column are highlighted in the static grid.
    await expect(page.locator('tr[data-host="ws2019"]')).toHaveClass(/mx-sel-row/);
  });

  test("an edition name in the host picker lands on its build, with that edition's dates", async ({
    page,
  }) => {
    await page.goto('/matrix/');
    const host = page.getByRole('combobox', { name: 'Host', exact: true });
    await waitForHydrate(page, host);
    await host.fill('Windows 10 LTSC 2019');
    await page.getByRole('option', { name: /Windows 10, version 1809/ }).click();
    const image = page.getByRole('combobox', { name: 'Image', exact: true });
    await image.fill('ltsc2019');
    await page.getByRole('option', { name: /Server Core ltsc2019/ }).click();
    await expect(page).toHaveURL(/host=win10-1809/);
    const support = page.getByTestId('host-support');
    await expect(support).toContainText(
      'Windows 10 Enterprise LTSC 2019: Security fixes only, until 2029-01-09',
    );
    // Re-typing after a pick, straight after leaving the other picker: leaving a picker must never
    // close the list of the one the reader came back to (it did, when a late blur timer fired).
    await host.focus();
    await image.focus();
    await host.fill('IoT Enterprise LTSC 2021');
    const option = page.getByRole('option', { name: /Windows 10, version 21H2/ });
    await expect(option).toBeVisible();
    await page.waitForTimeout(400);
    await expect(option).toBeVisible();
    await option.click();
    await expect(page).toHaveURL(/host=win10-21h2/);
  });

  test('a cold load of a state URL restores it, and back/forward walk through picks', async ({ page }) => {
    await page.goto('/matrix/?host=ws2022&image=servercore-ltsc2019');
    const panel = page.getByTestId('verdict-panel');
    await expect(panel).toContainText('Server Core ltsc2019 on Windows Server 2022');
    const image = page.getByRole('combobox', { name: 'Image', exact: true });
    await image.fill('ltsc2022');
    await image.press('ArrowDown');
    await image.press('Enter');
    await expect(page).toHaveURL(/image=servercore-ltsc2022/);
    await page.goBack();
    await expect(page).toHaveURL(/image=servercore-ltsc2019/);
    await expect(panel).toContainText('Server Core ltsc2019 on Windows Server 2022');
    await page.goForward();
    await expect(panel).toContainText('Server Core ltsc2022 on Windows Server 2022');
  });

  test('keyboard only: type-ahead by build number, filters in the URL, arrow keys in the grid', async ({
    page,
  }) => {
    await page.goto('/matrix/');
    const host = page.getByRole('combobox', { name: 'Host', exact: true });
    await waitForHydrate(page, host);
    await host.focus();
    await page.keyboard.type('26100');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/host=(ws2025|win11-24h2)/);
    await page.getByRole('checkbox', { name: 'Hide retired versions' }).check();
    await expect(page).toHaveURL(/hideRetired=1/);
    await expect(page.locator('tr[data-host="ws1709"]')).toBeHidden();
    const firstCell = page.locator('#matrix-grid td a').first();
    await firstCell.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#matrix-grid td a').nth(1)).toBeFocused();
  });

  test('the grid works without JavaScript and every cell link names its whole answer', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/matrix/');
    const cell = page.getByRole('link', {
      name: 'P✕ H✕: Server Core ltsc2022 on Windows Server 2019: process isolation unsupported, Hyper-V isolation unsupported',
    });
    await expect(cell).toBeVisible();
    // Label in name (WCAG 2.5.3): every cell link's name begins with the text the cell shows.
    const mismatches = await page
      .locator('#matrix-grid td a')
      .evaluateAll(
        (links) =>
          links.filter(
            (link) =>
              !(link.getAttribute('aria-label') ?? '').startsWith(
                `${link.textContent?.trim() ?? '\u0000'}: `,
              ),
          ).length,
      );
    expect(mismatches).toBe(0);
    await cell.click();
    await expect(page).toHaveURL(/\/matrix\/ws2019\/servercore-ltsc2022\/$/);
    await context.close();
  });

  test('matrix page passes axe', async ({ page }) => {
    await page.goto('/matrix/?host=ws2025&image=servercore-ltsc2022');
    await expect(page.getByTestId('verdict-panel')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('cell pages', () => {
  test('a cold deep link without JavaScript states both verdicts, the tag and snippets', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/matrix/ws2025/servercore-ltsc2022/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Server Core ltsc2022 on Windows Server 2025',
    );
    await expect(page.getByRole('heading', { name: /Process isolation/ })).toContainText('supported');
    await expect(page.getByTestId('recommended-tag')).toHaveText(
      'mcr.microsoft.com/windows/servercore:ltsc2022',
    );
    await expect(page.getByText("node.kubernetes.io/windows-build: '10.0.26100'")).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      /Server Core ltsc2022 on Windows Server 2025: /,
    );
    await context.close();
  });

  test('a cell that does not run offers the best alternative', async ({ page }) => {
    await page.goto('/matrix/ws2019/servercore-ltsc2022/');
    await expect(page.getByTestId('headline')).toHaveText('Does not run');
    await expect(page.getByTestId('alternative')).toContainText(
      'mcr.microsoft.com/windows/servercore:ltsc2019',
    );
    await expectNoAxeViolations(page);
  });

  test('host and image pages show the reverse views', async ({ page }) => {
    await page.goto('/hosts/ws2022/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Windows Server 2022');
    await expect(page.getByText('mcr.microsoft.com/windows/servercore:ltsc2022').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/images/nanoserver-sac2016/');
    await expect(page.getByRole('heading', { name: 'Tags people try that do not exist' })).toBeVisible();
    await expect(page.getByText('ltsc2016', { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('aliases and unknown addresses', () => {
  test('an alias URL redirects to the canonical cell', async ({ page }) => {
    await page.goto('/matrix/ws2019/servercore-1809/');
    await expect(page).toHaveURL(/\/matrix\/ws2019\/servercore-ltsc2019\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Server Core ltsc2019 on Windows Server 2019',
    );
  });

  test('a host alias in a cell URL is resolved by the 404 page', async ({ page }) => {
    await page.goto('/matrix/windows-server-2022/servercore-ltsc2022/');
    await expect(page).toHaveURL(/\/matrix\/ws2022\/servercore-ltsc2022\/$/);
  });

  test('an unknown cell gets the 404 page with suggestions computed from the URL', async ({ page }) => {
    const response = await page.goto('/matrix/ws2091/servercore-ltsc2202/');
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole('heading', { name: 'Did you mean' });
    await expect(suggestions).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Server Core ltsc2022 on Windows Server 2019' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
