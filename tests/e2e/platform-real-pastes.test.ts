/**
 * A few of the adversarial platform texts of `tests/fixtures/real-platform-pastes.ts` pasted into the
 * production build's paste box: every variant (and no other) gets an answer with the hosts and date the
 * unit test expects, a look-alike gets none, and the answer fits a 375 px wide screen.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { REAL_PASTES } from '../fixtures/real-platform-pastes';
import type { RealPaste } from '../fixtures/real-platform-pastes';
import { waitForHydrate } from './helpers';

const PICKED = [
  'workflow with an inline matrix of two Windows labels',
  'windows-latest raw log during the rollout: the log names 2025',
  'Azure Pipelines Initialize job log (agent, runner image 2022)',
  'docker version on Docker Desktop (Windows containers) with ver on Windows 11 24H2',
  'Karpenter EC2NodeClass on Windows 2022 (amiFamily and alias)',
  'self-hosted runner with a windows-2022 label of its own: not a hosted image',
  'an undated windows-latest log from the web view whose runner was 2022',
];

function paste(name: string): RealPaste {
  const found = REAL_PASTES.find((c) => c.name === name);
  if (!found) throw new Error(`no real paste named "${name}"`);
  return found;
}

async function pasteText(page: Page, text: string): Promise<void> {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await waitForHydrate(page, box);
  await box.fill(text);
  await expect(page.getByTestId('paste-result')).toContainText('Recognised:');
}

for (const name of PICKED) {
  test(`paste box: ${name}`, async ({ page }) => {
    const c = paste(name);
    await pasteText(page, c.text);
    const answers = page.getByTestId('platform-answer');
    await expect(answers).toHaveCount(c.variants.length);
    const read = await answers.evaluateAll((nodes) =>
      nodes.map(
        (node) => `${node.getAttribute('data-platform') ?? ''}/${node.getAttribute('data-variant') ?? ''}`,
      ),
    );
    expect(read).toEqual(c.variants);
    if (c.variants.length === 0) return;
    const first = answers.first();
    if (c.hosts) await expect(first).toHaveAttribute('data-hosts', c.hosts.join(' '));
    if (c.date) await expect(first).toHaveAttribute('data-date', c.date);
    await expect(first).toHaveAttribute('data-date-from', c.date ? 'paste' : 'build');
  });
}

test('a platform answer fits a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await pasteText(page, paste('windows-latest raw log during the rollout: the log names 2025').text);
  await expect(page.getByTestId('platform-answer').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('paste-result').screenshot({ path: 'test-results/platform-real-paste-375.png' });
});

test('an old undated log says its own build chose the host', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await pasteText(page, paste('an undated windows-latest log from the web view whose runner was 2022').text);
  await expect(page.getByTestId('platform-narrowed').first()).toContainText('the paste is older');
  await page.getByTestId('paste-result').screenshot({ path: 'test-results/platform-real-paste-old-375.png' });
});
