import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

const CELL = '/matrix/ws2025/servercore-ltsc2022/';

test.describe('copy the answer', () => {
  test('without JavaScript a cell page offers both texts to select, matching its verdict, and no button', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/matrix/ws2019/servercore-ltsc2022/');
    const markdown = page.getByRole('textbox', { name: 'Markdown, for issues and pull requests' });
    const plain = page.getByRole('textbox', { name: 'Plain text, for chat' });
    const verdict = await page.getByRole('heading', { name: /Process isolation/ }).textContent();
    expect(verdict).toContain('unsupported');
    await expect(markdown).toHaveValue(
      /^\[Server Core ltsc2022 on Windows Server 2019\]\(https?:\/\/[^)]+\/matrix\/ws2019\/servercore-ltsc2022\/\): process isolation ✕ unsupported, Hyper-V isolation ✕ unsupported\. Does not run here in either isolation mode, so no tag of this image is recommended\. Use `mcr\.microsoft\.com\/windows\/servercore:ltsc2019` instead: [^`]+$/,
    );
    await expect(plain).toHaveValue(
      /^Server Core ltsc2022 on Windows Server 2019: process isolation unsupported, Hyper-V isolation unsupported\. Does not run here in either isolation mode, so no tag of this image is recommended\. Use mcr\.microsoft\.com\/windows\/servercore:ltsc2019 instead: [^`]+ https?:\/\/\S+\/matrix\/ws2019\/servercore-ltsc2022\/$/,
    );
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await context.close();
  });

  test('with JavaScript the Copy button copies the text and says so politely', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CELL);
    const markdown = page.getByRole('textbox', { name: 'Markdown, for issues and pull requests' });
    const tag = await page.getByTestId('recommended-tag').textContent();
    await expect(markdown).toHaveValue(
      new RegExp(`use \`${(tag ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`\\.`),
    );
    const button = page.getByRole('button', { name: 'Copy Markdown, for issues and pull requests' });
    await button.click();
    await expect(page.locator('#answer-markdown-status')).toHaveText('Copied');
    await expect(page.locator('#answer-markdown-status')).toHaveAttribute('role', 'status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await markdown.inputValue());
    await expectNoAxeViolations(page);
  });

  test('the matrix verdict panel offers the same texts as the cell page', async ({ page }) => {
    await page.goto(CELL);
    const cellText = await page.getByRole('textbox', { name: 'Plain text, for chat' }).inputValue();
    await page.goto('/matrix/?host=ws2025&image=servercore-ltsc2022');
    const panel = page.getByTestId('verdict-panel');
    await waitForHydrate(page, panel);
    await panel.getByText('Share this answer').click();
    await expect(panel.getByRole('textbox', { name: 'Plain text, for chat' })).toHaveValue(cellText);
  });

  test('on a phone the share box fits the width', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(CELL);
    const box = page.getByTestId('copy-answer');
    await box.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await box.screenshot({ path: 'test-results/share-phone.png' });
    await context.close();
  });
});

test.describe('what changed', () => {
  test('the footer links to the newest-first change log, which passes axe, and its feed', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'What changed' }).click();
    await expect(page).toHaveURL(/\/changes\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
    const days = await page.locator('main h2 time').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    expect([...days].sort().reverse()).toEqual(days);
    await expect(page.locator('#ws2016-extended-end-corrected')).toContainText('2027-01-12');
    await expectNoAxeViolations(page);
    const feed = await request.get('/changes/rss.xml');
    expect(feed.ok()).toBe(true);
    expect(await feed.text()).toContain('/changes/#ws2016-extended-end-corrected');
  });
});

test.describe('islands that wait for the reader', () => {
  test('the home page loads no island code until the paste box is used, then answers what was typed', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const box = page.getByRole('textbox', { name: 'Paste anything' });
    // Typed straight away, before the island has hydrated: the text must not be lost.
    await box.click();
    await page.keyboard.type('runs-on: windows-2025');
    await expect(page.getByTestId('paste-result')).toContainText('Windows Server 2025');
    await expect(box).toHaveValue('runs-on: windows-2025');
  });

  test('the tag guide resolves a tag typed before its island hydrated', async ({ page }) => {
    await page.goto('/tags/');
    const input = page.getByRole('textbox', { name: 'Image reference' });
    await input.click();
    await page.keyboard.type('mcr.microsoft.com/windows/servercore:1809');
    await expect(page.getByTestId('resolver-result')).toContainText('Exists');
    await expect(input).toHaveValue('mcr.microsoft.com/windows/servercore:1809');
  });
});
