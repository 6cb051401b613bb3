/**
 * Windows updates on the production build: pasted KBs, `ver` output with a revision, a host and image
 * pair, and KB-style tags each answered with their update, comparison and tag.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { waitForHydrate } from './helpers';

async function openPasteBox(page: Page): Promise<Locator> {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await waitForHydrate(page, box);
  return box;
}

/** Types a paste and returns the update answer once loaded. */
async function pasteUpdate(page: Page, box: Locator, text: string): Promise<Locator> {
  await box.fill('');
  await box.fill(text);
  const answer = page.getByTestId('paste-updates');
  await expect(answer).toBeVisible();
  return answer;
}

test('a pasted KB, a ver with a revision, a pair and a KB-style tag each give their update', async ({
  page,
}) => {
  const box = await openPasteBox(page);

  const kb = await pasteUpdate(page, box, 'KB5087545');
  await expect(page.getByTestId('paste-result')).toContainText('Recognised: Windows update KB5087545');
  await expect(kb.getByTestId('update-fact')).toHaveAttribute('data-update', '20348.5139');
  await expect(kb).toContainText('May 2026');
  await expect(kb).toContainText('monthly security release');
  await expect(kb).toContainText('3 security releases behind the newest');
  await expect(kb.getByRole('link', { name: 'KB5087545' })).toHaveAttribute(
    'href',
    'https://support.microsoft.com/help/5087545',
  );
  await expect(kb.getByTestId('update-tag')).toContainText('10.0.20348.5139');

  const ver = await pasteUpdate(page, box, 'Microsoft Windows [Version 10.0.20348.5139]');
  await expect(page.getByTestId('paste-result')).toContainText('Windows Server 2022');
  await expect(ver.getByTestId('update-fact')).toHaveAttribute('data-update', '20348.5139');

  const pair = await pasteUpdate(
    page,
    box,
    'Host: Microsoft Windows [Version 10.0.20348.5139]\nImage: mcr.microsoft.com/windows/servercore:10.0.20348.5256',
  );
  const comparison = pair.getByTestId('update-comparison');
  await expect(comparison).toHaveAttribute('data-verdict', 'may-fail');
  await expect(comparison).toContainText('0xc0370106');
  await expect(comparison).toContainText('install KB5094128');
  await expect(comparison.getByTestId('update-pin')).toHaveText('10.0.20348.5139');

  const tag = await pasteUpdate(page, box, 'mcr.microsoft.com/windows/servercore:1809-KB4546852');
  await expect(tag.getByTestId('update-fact')).toHaveAttribute('data-update', '17763.1040');
  await expect(tag.getByTestId('update-tag')).toContainText('10.0.17763.1040 (published)');
});
