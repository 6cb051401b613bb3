/**
 * Platforms on the production build: the pages pass axe and answer in the platform's words, the host
 * picker takes a runner label, and the paste box reads the realistic platform texts of
 * `tests/fixtures/platform-pastes.ts` (platform, host, tag, dates). Every text runs: one whose variant has
 * no page in the build fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { PLATFORM_PASTES } from '../fixtures/platform-pastes';
import type { PlatformPaste } from '../fixtures/platform-pastes';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

const DIST = process.env['DIST'] ?? 'dist';

/** Whether the build has a page for the variant (the data for it has landed). */
function built(platform: string, variant: string): boolean {
  return existsSync(join(DIST, 'platforms', platform, variant, 'index.html'));
}

async function openPasteBox(page: Page): Promise<Locator> {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await waitForHydrate(page, box);
  return box;
}

/** Types a paste after the previous answer has cleared, and returns the answer of the expected variant. */
async function pasteFor(page: Page, box: Locator, c: PlatformPaste): Promise<Locator> {
  const result = page.getByTestId('paste-result');
  await box.fill('');
  await expect(result).not.toContainText('Recognised:');
  await box.fill(c.text);
  await expect(result).toContainText('Recognised:');
  return result.locator(
    `[data-testid="platform-answer"][data-platform="${c.platform}"][data-variant="${c.variant}"]`,
  );
}

async function checkPaste(answer: Locator, c: PlatformPaste, buildDate: string): Promise<void> {
  await expect(answer, c.name).toHaveCount(1);
  if (c.hosts !== undefined) await expect(answer, c.name).toHaveAttribute('data-hosts', c.hosts.join(' '));
  await expect(answer, c.name).toHaveAttribute('data-date', c.date ?? buildDate);
  await expect(answer, c.name).toHaveAttribute('data-date-from', c.date ? 'paste' : 'build');
  await expect(answer, c.name).toContainText(
    c.date ? 'the date in the pasted log' : 'the day this site was built',
  );
  if (c.tag !== undefined) {
    const tags = await answer.getByTestId('platform-tag').allTextContents();
    expect(
      tags.some((tag) => tag.includes(c.tag ?? '')),
      `${c.name}: ${tags.join(', ')}`,
    ).toBe(true);
  }
  if (c.dates !== undefined)
    await expect(answer.getByTestId('platform-dates').first(), c.name).toContainText(new RegExp(c.dates));
  else if (c.hosts === undefined || c.hosts.length > 0)
    await expect(answer.getByTestId('platform-dates').first(), c.name).toContainText(
      /\d{4}-\d{2}-\d{2}|no end date|No end-of-support/,
    );
}

test.describe('platform pages', () => {
  for (const path of [
    '/platforms/',
    '/platforms/aks/',
    '/platforms/aks/windows2022/',
    '/platforms/aks/windows2022/servercore-ltsc2019/',
    '/platforms/github-actions/windows-latest/servercore-ltsc2022/',
    '/platforms/github-actions/windows-2016/',
    '/platforms/github-actions/windows-2016/servercore-ltsc2016/',
  ]) {
    test(`${path} passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('a variant × image page answers within what the platform allows, with both dates', async ({
    page,
  }) => {
    await page.goto('/platforms/aks/windows2022/servercore-ltsc2019/');
    await expect(page.getByTestId('headline')).toHaveText('Does not run on AKS');
    const answer = page.getByTestId('platform-host-answer').first();
    await expect(answer).toContainText('AKS does not offer Hyper-V isolation');
    await expect(answer.getByTestId('platform-alternative')).toContainText(
      'Use mcr.microsoft.com/windows/servercore:ltsc2022 instead: it runs on this host with process isolation',
    );
    await expect(answer.getByTestId('platform-dates')).toContainText("AKS's date, earlier than the OS's");
  });

  test('a matching pair shows the tag and snippets in the platform syntax', async ({ page }) => {
    await page.goto('/platforms/aks/windows2022/servercore-ltsc2022/');
    const answer = page.getByTestId('platform-host-answer').first();
    await expect(answer.getByTestId('platform-tag')).toHaveText(
      'mcr.microsoft.com/windows/servercore:ltsc2022',
    );
    await expect(answer).toContainText('kubernetes.azure.com/os-sku: Windows2022');
    await expect(answer).toContainText('--os-sku Windows2022');
  });

  test('a retired variant says so first, with its date and where to move; a coming retirement is next', async ({
    page,
  }) => {
    await page.goto('/platforms/aks/windows2019/servercore-ltsc2019/');
    await expect(page.getByTestId('headline')).toContainText('out of support since 2026-03-01');
    const status = page.getByTestId('platform-status');
    await expect(status).toHaveAttribute('data-state', 'ended');
    await expect(status).toContainText('Retired: AKS retired');
    await expect(status).toContainText('2026-03-01 (9 months ago)');
    // The same image on a supported pool, when that pair has a page, else the pool.
    await expect(status.getByTestId('platform-move-to').getByRole('link').first()).toHaveAttribute(
      'href',
      /\/platforms\/aks\/windows202[25]\//,
    );
    await page.goto('/platforms/aks/windows2022/');
    await expect(page.getByTestId('platform-status')).toContainText('Supported on AKS until 2028-06-30');
    const changes = page.getByTestId('platform-changes');
    await expect(changes).not.toContainText('no dated change');
    await expect(changes).toContainText('2028-06-30');
  });

  test('the platform page links its calendar and the API lists it', async ({ page, request }) => {
    await page.goto('/platforms/aks/');
    // The calendar block offers a webcal: subscription and the download; the download is the file's path.
    await expect(page.getByTestId('calendar-link').getByTestId('calendar-download')).toHaveAttribute(
      'href',
      /\/calendar\/platforms\/aks\.ics$/,
    );
    const calendar = await request.get('/calendar/platforms/aks.ics');
    expect(await calendar.text()).toContain('retired by the platform');
    const api = (await (await request.get('/api/v1/platforms.json')).json()) as {
      platforms: { id: string }[];
    };
    expect(api.platforms.map((p) => p.id)).toContain('aks');
  });
});

test.describe('platforms in the pickers and the paste box', () => {
  test('typing windows-latest in the host picker picks the host it gives and says so', async ({ page }) => {
    await page.goto('/matrix/');
    const host = page.getByRole('combobox', { name: 'Host' });
    await waitForHydrate(page, host);
    await host.fill('windows-latest');
    const option = page.getByRole('option').first();
    await expect(option).toContainText('Windows Server 2025');
    await expect(option).toContainText(/GitHub Actions windows-latest.* gives? this host/);
    await host.press('Enter');
    await expect(page).toHaveURL(/host=ws2025/);
  });

  test('a platform answer in the paste box passes axe', async ({ page }) => {
    const box = await openPasteBox(page);
    const first = PLATFORM_PASTES[0];
    if (!first) throw new Error('no platform pastes');
    await expect(await pasteFor(page, box, first)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('cell answers under an AKS paste say AKS does not allow Hyper-V isolation', async ({ page }) => {
    const box = await openPasteBox(page);
    await box.fill(
      'az aks nodepool add --name win22 --os-type Windows --os-sku Windows2022\nFROM mcr.microsoft.com/windows/servercore:ltsc2019',
    );
    const cell = page.getByTestId('paste-cell').first();
    await expect(cell).toContainText('Windows Server 2022');
    await expect(cell.getByTestId('paste-platform-mode')).toContainText(
      'does not allow Hyper-V isolation: that verdict is the host',
    );
  });

  test('an AKS Windows pool without an OS SKU lists every default by Kubernetes version, never one host', async ({
    page,
  }) => {
    const box = await openPasteBox(page);
    await box.fill('az aks nodepool add -g rg --cluster-name shop -n win1 --os-type Windows');
    const answer = page.getByTestId('platform-answer').first();
    await expect(answer).toHaveAttribute('data-hosts', 'ws2025 ws2022 ws2019');
    await expect(answer.getByTestId('platform-default')).toContainText('depends on that version');
    await expect(answer.getByRole('link', { name: 'Windows node pool without an OS SKU' })).toHaveAttribute(
      'href',
      /\/platforms\/aks\/#windows-without-os-sku$/,
    );
    await expectNoAxeViolations(page);
    await box.fill(
      'az aks nodepool add -g rg --cluster-name shop -n win1 --os-type Windows --kubernetes-version 1.29.2',
    );
    await expect(page.getByTestId('platform-answer').first()).toHaveAttribute('data-hosts', 'ws2022');
    await expect(page.getByTestId('platform-default').first()).toContainText('default for Kubernetes 1.29');
  });

  test('a removed windows-2016 runner says when and what to move to', async ({ page }) => {
    const box = await openPasteBox(page);
    await box.fill('jobs:\n  build:\n    runs-on: windows-2016');
    const answer = page.getByTestId('platform-answer').first();
    await expect(answer).toHaveAttribute('data-variant', 'windows-2016');
    await expect(answer.getByTestId('platform-dates').first()).toContainText(
      'removed windows-2016 on 2022-03-15',
    );
    await expect(answer.getByTestId('platform-replaced')).toHaveText('Move to windows-2025 or windows-2022.');
    await page.goto('/platforms/github-actions/windows-2016/');
    await expect(page.getByTestId('platform-move-to')).toContainText(
      /Move to: windows-2025 .*; windows-2022/,
    );
    await expect(page.getByTestId('variant-replaced-by')).toContainText('Why windows-2025 or windows-2022:');
    // Removed: the host it gave last is not called today's.
    await expect(page.getByTestId('variant-host')).not.toContainText('gives it today');
  });

  test('realistic platform texts: platform, host, tag and dates', async ({ page, request }) => {
    test.setTimeout(120_000);
    const cases = PLATFORM_PASTES.filter((c) => built(c.platform, c.variant));
    // Every case runs: a variant without a page in the build is a failure, not a skip.
    expect(cases.map((c) => c.name)).toEqual(PLATFORM_PASTES.map((c) => c.name));
    expect(new Set(cases.map((c) => c.text)).size).toBeGreaterThanOrEqual(25);
    const box = await openPasteBox(page);
    const api = await request.get('/api/v1/platforms.json');
    const { lifecycleAsOf: buildDate } = (await api.json()) as { lifecycleAsOf: string };
    for (const c of cases) await checkPaste(await pasteFor(page, box, c), c, buildDate);
  });
});
