import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

test.describe('announcements', () => {
  test('the list is newest first, and a category filter narrows it with counts', async ({ page }) => {
    await page.goto('/announcements/');
    const dates = await page.locator('main ol time').allTextContents();
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.getByRole('link', { name: /^tags \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/announcements\/category\/tags\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Announcements: tags');
    await expectNoAxeViolations(page);
  });

  test('an announcement shows its date, body with callouts and code, sources and its releases today', async ({
    page,
  }) => {
    await page.goto('/announcements/latest-tag-removed/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The latest tag is removed on 2019-04-16',
    );
    await expect(page.locator('header time')).toHaveAttribute('datetime', '2019-04-02');
    await expect(page.getByRole('note').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('[!');
    await expect(page.locator('pre code').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Server Core ltsc2019 on Windows Server 2019' }),
    ).toBeVisible();
    expect(await page.locator('script[src], astro-island').count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('a superseded announcement says so at its top and links to the newer one', async ({ page }) => {
    await page.goto('/announcements/windows-server-1709-images/');
    const notice = page.getByTestId('superseded');
    await expect(notice).toContainText('Superseded');
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(/\/announcements\/latest-tag-removed\/$/);
  });

  test('the RSS feed lists the announcements', async ({ request }) => {
    const response = await request.get('/announcements/rss.xml');
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(xml).toContain('<rss');
    expect(xml).toContain('/announcements/latest-tag-removed/');
  });

  test('site search finds an announcement', async ({ page }) => {
    await page.goto('/search/?q=underscores');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.pagefind-ui__results')).toContainText(/tag/i);
  });
});

test.describe('paste anything and the tag resolver', () => {
  const pastes: [string, string, RegExp][] = [
    ['a bare build', '10.0.17763.5458', /Windows Server 2019/],
    [
      'docker info output',
      'Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)\nOSType: windows',
      /Windows Server 2022/,
    ],
    [
      'a Dockerfile',
      'ARG TAG=ltsc2022\nFROM mcr.microsoft.com/windows/servercore:${TAG} AS build\nFROM build',
      /Server Core ltsc2022/,
    ],
    [
      'an error message',
      'no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
      /Windows 10, version 22H2/,
    ],
    ['a runner label', 'runs-on: windows-2025', /Windows Server 2025/],
  ];
  for (const [kind, text, expected] of pastes) {
    test(`recognises ${kind}`, async ({ page }) => {
      await page.goto('/');
      const box = page.getByRole('textbox', { name: 'Paste anything' });
      await waitForHydrate(page, box);
      await box.fill(text);
      await expect(page.getByTestId('paste-result')).toContainText(expected);
    });
  }

  test('a bare build asks whether it came from the host or a container', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('textbox', { name: 'Paste anything' });
    await waitForHydrate(page, box);
    await box.fill('Microsoft Windows [Version 10.0.20348.2113]');
    await expect(
      page.getByRole('group', { name: 'Is this from the host or from inside a container?' }),
    ).toBeVisible();
    await page.getByRole('radio', { name: 'Inside a container' }).check();
    await expect(page.getByTestId('paste-result')).toContainText('Server Core ltsc2022');
    await expectNoAxeViolations(page);
  });

  test('the tag resolver explains a tag that does not exist and where the right one runs', async ({
    page,
  }) => {
    await page.goto('/tags/');
    const input = page.getByRole('textbox', { name: 'Image reference' });
    await waitForHydrate(page, input);
    await input.fill('mcr.microsoft.com/windows:ltsc2022');
    const result = page.getByTestId('resolver-result');
    await expect(result).toContainText('Does not exist');
    await expect(result).toContainText('mcr.microsoft.com/windows/server:ltsc2022');
    await input.fill('mcr.microsoft.com/windows/servercore:1809');
    await expect(result).toContainText('Exists');
    await expect(result.getByRole('link', { name: 'Windows Server 2019' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
