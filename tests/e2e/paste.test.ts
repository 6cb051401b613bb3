/**
 * The paste box on the production build: the realistic pastes of `tests/unit/parse/paste-cases.ts` typed
 * into one loaded home page, one after another, each checked for the hosts, images, the leading cell link
 * and the advice a user sees.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { FLEET_2004_ALONE, FLEET_2004_TABLE } from '../unit/fleet-cases';
import { FLEET_CASE, PASTE_CASES } from '../unit/parse/paste-cases';
import type { PasteCase } from '../unit/parse/paste-cases';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

/** The ids at the end of the links in a result section (`/hosts/ws2019/` → `ws2019`), sorted. */
async function linkIds(section: Locator): Promise<string[]> {
  const hrefs = await section
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').filter(Boolean).pop() ?? '').sort();
}

/** Types a paste, waiting first for the previous answer to clear so no stale answer is checked. */
/** The home page's paste box, loaded and ready for typing. */
async function openPasteBox(page: Page): Promise<Locator> {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Paste anything' });
  await waitForHydrate(page, box);
  return box;
}

async function paste(page: Page, box: Locator, text: string): Promise<Locator> {
  const result = page.getByTestId('paste-result');
  await box.fill('');
  await expect(result).not.toContainText('Recognised:');
  await box.fill(text);
  await expect(result).toContainText('Recognised:');
  return result;
}

/** Checks one case's answer on the page. */
async function checkCase(result: Locator, c: PasteCase): Promise<void> {
  if (c.hosts !== undefined && c.name !== FLEET_CASE) {
    await expect.poll(() => linkIds(result.getByTestId('paste-hosts')), c.name).toEqual([...c.hosts].sort());
  }
  if (c.images !== undefined) {
    await expect
      .poll(() => linkIds(result.getByTestId('paste-images')), c.name)
      .toEqual([...c.images].sort());
  }
  const cells = result.getByTestId('paste-cell');
  if (c.cell === undefined) await expect(cells, c.name).toHaveCount(0);
  else {
    await expect(cells.first().getByRole('link').first(), c.name).toHaveAttribute(
      'href',
      new RegExp(`/matrix/${c.cell}/$`),
    );
    await expect(cells.first(), c.name).toContainText('Process isolation:');
    await expect(cells.first(), c.name).toContainText('Hyper-V isolation:');
    // A tag to use where the pair runs in some mode; where it never runs, the advice recommends none.
    const neverRuns = /✕ unsupported · Hyper-V isolation: ✕ unsupported/.test(
      (await cells.first().textContent()) ?? '',
    );
    await expect(cells.first(), c.name).toContainText(
      neverRuns ? 'no tag of this image is recommended' : 'Tag: mcr.microsoft.com/',
    );
    if (neverRuns) await expect(cells.first(), c.name).not.toContainText('Tag:');
  }
  for (const words of c.says ?? []) await expect(result, `${c.name}: ${words}`).toContainText(words);
  if (c.editions !== undefined) {
    await expect(result.getByTestId('paste-edition'), c.name).toHaveAttribute(
      'data-editions',
      c.editions.join(' '),
    );
  }
}

test.describe('paste box', () => {
  test('a cell answer passes axe', async ({ page }) => {
    const box = await openPasteBox(page);
    const result = await paste(
      page,
      box,
      'runs-on: windows-2019\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    );
    await expect(result.getByTestId('paste-cell')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('only a short summary is announced; both revisions are shown', async ({ page }) => {
    const box = await openPasteBox(page);
    const result = await paste(page, box, 'the runner is 10.0.26100.2894 while the image is 10.0.26100.3194');
    // The answer is a normal region: announcing all of it on each keystroke would drown a screen reader.
    await expect(result).not.toHaveAttribute('aria-live');
    const status = page.getByRole('status').filter({ hasText: 'Recognised' });
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText(
      /^Recognised Windows Server 2025 host and Server Core ltsc2025 image: runs with process and Hyper-V isolation\./,
    );
    await expect(result.getByTestId('paste-revisions')).toHaveText(
      'Host 10.0.26100.2894, image 10.0.26100.3194: same build, different update levels.',
    );
    await expectNoAxeViolations(page);
  });

  test('realistic pastes: hosts, images, the cell first, advice', async ({ page }) => {
    test.setTimeout(120_000);
    const box = await openPasteBox(page);
    const cases = PASTE_CASES.filter((c) => c.name !== FLEET_CASE);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) {
      const result = await paste(page, box, c.text);
      await checkCase(result, c);
    }
  });

  test('a node list (fleet): each node its host, Linux apart, per-build tags with a nodeSelector', async ({
    page,
  }) => {
    const box = await openPasteBox(page);
    const fleet = PASTE_CASES.find((c) => c.name === FLEET_CASE);
    const result = await paste(page, box, fleet?.text ?? '');
    const panel = result.getByTestId('paste-fleet');
    await expect(panel).toContainText('3 nodes');
    await expect
      .poll(() =>
        panel.getByTestId('fleet-node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-host'))),
      )
      .toEqual(['ws2019', 'ws2022']);
    await expect(panel.getByTestId('fleet-notes')).toContainText('Left out, Linux: aks-system-31415');
    const servercore = panel.locator('[data-testid="fleet-family"][data-family="servercore"]');
    await expect(servercore).toHaveAttribute('data-kind', 'per-build');
    await expect(servercore).toContainText('mcr.microsoft.com/windows/servercore:ltsc2019');
    await expect(servercore).toContainText('mcr.microsoft.com/windows/servercore:ltsc2022');
    await expect(servercore).toContainText('node.kubernetes.io/windows-build');
    // A node list is not a cell: no single host-and-image answer leads.
    await expect(result.getByTestId('paste-cell')).toHaveCount(0);
    await panel.locator('summary').first().click();
    await expectNoAxeViolations(page);
  });

  test('a kubectl table of one retired Windows node is a fleet of one: out of support, with the move', async ({
    page,
  }) => {
    const box = await openPasteBox(page);
    const result = await paste(page, box, FLEET_2004_ALONE);
    const panel = result.getByTestId('paste-fleet');
    await expect(panel).toContainText('1 node (kubectl)');
    await expect(panel.getByTestId('fleet-retired-hosts')).toContainText(
      'Windows Server, version 2004 is out of support since 2021-12-14: the node that runs it gets no security updates. Move it to Windows Server 2025 or Windows Server 2022',
    );
    await expectNoAxeViolations(page);
  });

  test('a fleet with a retired 2004 node: node OS and tag named as out of support, with the move', async ({
    page,
  }) => {
    const box = await openPasteBox(page);
    const result = await paste(page, box, FLEET_2004_TABLE);
    const panel = result.getByTestId('paste-fleet');
    await expect(panel).toContainText('2 nodes (kubectl)');
    await expect(panel.getByTestId('fleet-retired-hosts')).toContainText(
      'Windows Server, version 2004 is out of support since 2021-12-14: the node that runs it gets no security updates. Move it to Windows Server 2025 or Windows Server 2022',
    );
    const servercore = panel.locator('[data-testid="fleet-family"][data-family="servercore"]');
    await expect(servercore).toContainText(
      'Tag for every node: mcr.microsoft.com/windows/servercore:2004 (out of support since 2021-12-14)',
    );
    await expect(servercore).toContainText('on the one Windows node');
    await expect(servercore.getByTestId('fleet-retired-images')).toContainText(
      'servercore:2004 is out of support since 2021-12-14',
    );
    await expect(servercore).toContainText('Or servercore:ltsc2019, with Hyper-V isolation');
    await expect(panel).not.toContainText('all 1 ');
    await expectNoAxeViolations(page);
  });

  test('an error message is explained with what to do', async ({ page }) => {
    const box = await openPasteBox(page);
    const result = await paste(
      page,
      box,
      'hcsshim::CreateComputeSystem abc123: The container operating system does not match the host operating system.\n(extra info: {"SystemType":"Container"})',
    );
    const errors = result.getByTestId('paste-errors');
    await expect(errors).toBeVisible();
    await expect(errors.locator('li').first()).toBeVisible();
    // Commands in the explanation are code, as on the error pages: no literal Markdown backticks.
    await expect(errors.locator('li code', { hasText: 'cmd /c ver' })).toBeVisible();
    expect(await errors.innerText()).not.toContain('`');
  });
});
