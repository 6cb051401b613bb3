/**
 * Windows updates on the production build: pasted KBs, `ver` output with a revision, a host and image
 * pair, and KB-style tags each answered with their update, comparison and tag.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

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
  // A recognised KB is not also "not understood".
  await expect(page.getByTestId('paste-problems')).toHaveCount(0);

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

test('a cell page names the newest build tag of its image, with its date and KB', async ({ page }) => {
  await page.goto('/matrix/ws2019/servercore-ltsc2019/');
  const newest = page.getByTestId('newest-build-tag');
  await expect(newest).toContainText('Newest build tag as of 2026-08-12');
  await expect(newest).toContainText('mcr.microsoft.com/windows/servercore:10.0.17763.9121');
  await expect(newest).toContainText('2026-08-11');
  await expect(newest).toContainText('KB5120238');
  await expect(newest).toContainText('expected by the monthly rule');
  // The pinning advice cites the same tag, not a 2019 example.
  // Rendered as a code span since the islands show code spans.
  await expect(page.getByTestId('pinning').first()).toContainText('such as 10.0.17763.9121');
});

test('the updates index, a release page with anchors and the KB index work and pass axe', async ({
  page,
}) => {
  await page.goto('/updates/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Windows updates');
  await expectNoAxeViolations(page);
  await page.goto('/updates/kb/#kb5087545');
  await page.locator('#kb5087545').getByRole('link', { name: '20348.5139' }).click();
  await expect(page).toHaveURL(/\/updates\/20348\/#r5139$/);
  const row = page.locator('#r5139');
  await expect(row).toContainText('2026-05-12');
  await expect(row).toContainText('Security (Patch Tuesday)');
  await expect(row).toContainText('10.0.20348.5139');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Windows Server 2022 updates (build 20348)',
  );
  await expect(page.getByTestId('release-newest')).toContainText('Image build tag to pin: 10.0.20348.5499');
  // No source shows August 2026's tag yet: the pin says it is expected, never published.
  await expect(page.getByTestId('release-newest')).toContainText('(expected by the monthly rule');
  await expectNoAxeViolations(page);
  await page.goto('/hosts/ws2022/');
  await expect(page.getByTestId('recent-updates')).toContainText('20348.5499');
});

test('Windows 11 24H2 host and an ltsc2025 image: each line named, compared by month, the client KB to install', async ({
  page,
}) => {
  const box = await openPasteBox(page);
  const pair = await pasteUpdate(
    page,
    box,
    'host: Microsoft Windows [Version 10.0.26100.8875]\nimage: mcr.microsoft.com/windows/servercore:10.0.26100.33296',
  );
  await expect(pair).toContainText('on the client line, version 24H2');
  await expect(pair).toContainText('on the Windows Server 2025 line (26100.3xxxx)');
  const comparison = pair.getByTestId('update-comparison');
  await expect(comparison).toHaveAttribute('data-verdict', 'may-fail');
  await expect(comparison).toContainText('install KB5121003');
  await expect(comparison.getByTestId('update-pin')).toHaveText('10.0.26100.33158');

  const ws2016 = await pasteUpdate(page, box, 'host: ver 10.0.14393.8000\nimage: 10.0.14393.7970');
  await expect(ws2016.getByTestId('update-comparison')).toHaveAttribute('data-verdict', 'fails');
  await expect(ws2016.getByTestId('update-pin')).toHaveCount(0);

  const newer = await pasteUpdate(page, box, '10.0.20348.5600');
  await expect(newer).toContainText('newer than the newest update we know of build 20348');
});

test('the tag resolver answers a KB-style tag with its update and tag; /updates/ says how old the list is', async ({
  page,
}) => {
  await page.goto('/tags/');
  const input = page.getByRole('textbox', { name: 'Image reference' });
  await waitForHydrate(page, input);
  await input.fill('mcr.microsoft.com/windows/servercore:1809-KB4480116');
  const answer = page.getByTestId('paste-updates');
  await expect(answer.getByTestId('update-fact')).toHaveAttribute('data-update', '17763.253');
  await expect(answer).toContainText('January 2019');
  await expect(answer.getByTestId('update-tag')).toContainText('10.0.17763.253 (published)');

  await page.goto('/updates/');
  await expect(page.getByTestId('updates-age')).toContainText(
    'The newest update in this list is from 2026-08-11',
  );
});

test('real command output: reg query UBR in hex, a one-sentence 0xc0370106 report, a systeminfo hotfix list', async ({
  page,
}) => {
  const box = await openPasteBox(page);
  const reg = await pasteUpdate(
    page,
    box,
    [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
      '    CurrentBuild    REG_SZ    20348',
      '    UBR    REG_DWORD    0x8b3',
    ].join('\n'),
  );
  await expect(reg.getByTestId('update-fact')).toHaveAttribute('data-update', '20348.2227');
  await expect(reg.getByTestId('update-note')).toContainText(
    'UBR 2227 (0x8b3) is the revision of build 20348',
  );

  const report = await pasteUpdate(
    page,
    box,
    'Since Patch Tuesday our containers die with 0xc0370106. The host is 10.0.20348.2322 and the image is 10.0.20348.2340.',
  );
  const comparison = report.getByTestId('update-comparison');
  await expect(comparison).toHaveAttribute('data-verdict', 'may-fail');
  await expect(comparison).toContainText('install KB5035857');
  await expect(comparison.getByTestId('update-pin')).toHaveText('10.0.20348.2322');

  const systeminfo = await pasteUpdate(
    page,
    box,
    [
      'OS Name:                   Microsoft Windows Server 2022 Datacenter',
      'OS Version:                10.0.20348 N/A Build 20348',
      'Hotfix(s):                 2 Hotfix(s) Installed.',
      '                           [01]: KB5034439',
      '                           [02]: KB5034129',
    ].join('\n'),
  );
  await expect(systeminfo.getByTestId('update-fact')).toHaveAttribute('data-update', '20348.2227');
  await expect(systeminfo).toContainText('KB5034439 is not a cumulative update we know of');
  await expect(systeminfo.getByTestId('update-note')).toContainText('without its revision');
  await expectNoAxeViolations(page);
});
