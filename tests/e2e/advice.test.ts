/**
 * One advice, three views: for five cells of different kinds, the verdict panel on /matrix/ (host and image
 * picked in the comboboxes), the cell page and the paste box on the home page show the same sentences.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './helpers';

interface AdviceCase {
  kind: string;
  host: { id: string; name: string; search: string };
  image: { id: string; name: string; search: string };
  /** A paste that names the pair: a `ver` line of the host's build and the image reference. */
  paste: string;
  /** What the advice must contain, so the three views cannot agree on something wrong. */
  says: string[];
  /** What it must not say. */
  never: string[];
}

const CASES: AdviceCase[] = [
  {
    kind: 'an alternative for process isolation',
    host: { id: 'ws2022', name: 'Windows Server 2022', search: 'Windows Server 2022' },
    image: { id: 'windows-1809', name: 'Windows 1809', search: 'windows:1809' },
    paste: 'Microsoft Windows [Version 10.0.20348.2402]\nFROM mcr.microsoft.com/windows:1809',
    says: ['Runs only with Hyper-V isolation', 'For process isolation, use'],
    never: ['For a supported image'],
  },
  {
    kind: 'an alternative for support',
    host: { id: 'ws2016', name: 'Windows Server 2016', search: 'Windows Server 2016' },
    image: { id: 'nanoserver-sac2016', name: 'Nano Server sac2016', search: 'nanoserver:sac2016' },
    paste: 'Microsoft Windows [Version 10.0.14393.6897]\nFROM mcr.microsoft.com/windows/nanoserver:sac2016',
    says: ['is out of support since', 'For a supported image, use'],
    never: ['For process isolation'],
  },
  {
    kind: 'no alternative needed',
    host: { id: 'ws2019', name: 'Windows Server 2019', search: 'Windows Server 2019' },
    image: { id: 'servercore-ltsc2019', name: 'Server Core ltsc2019', search: 'servercore:ltsc2019' },
    paste: 'Microsoft Windows [Version 10.0.17763.5696]\nFROM mcr.microsoft.com/windows/servercore:ltsc2019',
    says: ['Runs with process isolation: use mcr.microsoft.com/windows/servercore:ltsc2019.'],
    never: ['instead', 'For a supported image', 'out of support'],
  },
  {
    kind: 'nothing runs',
    host: { id: 'ws2019', name: 'Windows Server 2019', search: 'Windows Server 2019' },
    image: { id: 'servercore-ltsc2022', name: 'Server Core ltsc2022', search: 'servercore:ltsc2022' },
    paste: 'Microsoft Windows [Version 10.0.17763.5696]\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    says: [
      'Does not run here in either isolation mode',
      'mcr.microsoft.com/windows/servercore:ltsc2019 instead',
    ],
    never: ['use mcr.microsoft.com/windows/servercore:ltsc2022'],
  },
  {
    kind: 'disputed process isolation',
    host: { id: 'win11-25h2', name: 'Windows 11, version 25H2', search: 'Windows 11 25H2' },
    image: { id: 'server-ltsc2022', name: 'Server ltsc2022', search: 'server:ltsc2022' },
    paste: 'Microsoft Windows [Version 10.0.26200.6584]\nFROM mcr.microsoft.com/windows/server:ltsc2022',
    says: ['Whether process isolation runs here is unknown'],
    never: ['For a supported image'],
  },
];

/** The advice sentences of one view, whitespace normalised. */
async function sentences(scope: Locator): Promise<string[]> {
  const texts = await scope.getByTestId('advice-sentence').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

async function pick(page: Page, label: 'Host' | 'Image', search: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(search);
  await page
    .getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) })
    .first()
    .click();
}

test.describe('the same advice in every view', () => {
  for (const c of CASES) {
    test(`${c.kind}: ${c.image.id} on ${c.host.id}`, async ({ page }) => {
      // The cell page, static HTML.
      await page.goto(`/matrix/${c.host.id}/${c.image.id}/`);
      const cellAdvice = await sentences(page.getByTestId('advice'));
      expect(cellAdvice.length, 'cell page sentences').toBeGreaterThan(0);
      const said = cellAdvice.join(' ');
      for (const words of c.says) expect(said).toContain(words);
      for (const words of c.never) expect(said).not.toContain(words);
      expect(said).not.toContain('`');

      // The verdict panel, after picking the host and the image.
      await page.goto('/matrix/');
      await waitForHydrate(page, page.getByRole('combobox', { name: 'Host', exact: true }));
      await pick(page, 'Host', c.host.search, c.host.name);
      await pick(page, 'Image', c.image.search, c.image.name);
      await expect(page).toHaveURL(new RegExp(`host=${c.host.id}&image=${c.image.id}`));
      const panel = page.getByTestId('verdict-panel');
      await expect(panel).toContainText(`${c.image.name} on ${c.host.name}`);
      await expect.poll(() => sentences(panel)).toEqual(cellAdvice);

      // The paste box's cell answer.
      await page.goto('/');
      const box = page.getByRole('textbox', { name: 'Paste anything' });
      await waitForHydrate(page, box);
      await box.fill(c.paste);
      const answer = page
        .getByTestId('paste-cell')
        .filter({ has: page.locator(`a[href$="/matrix/${c.host.id}/${c.image.id}/"]`) });
      await expect(answer).toHaveCount(1);
      await expect.poll(() => sentences(answer)).toEqual(cellAdvice);
    });
  }

  test('a cell page with an alternative passes axe and links to the alternative’s answer', async ({
    page,
  }) => {
    await page.goto('/matrix/ws2022/windows-1809/');
    const alternative = page.getByTestId('alternative');
    await expect(alternative.getByRole('link')).toHaveAttribute(
      'href',
      /\/matrix\/ws2022\/server-ltsc2022\/$/,
    );
    await expect(alternative.locator('code')).toHaveText('mcr.microsoft.com/windows/server:ltsc2022');
    await expectNoAxeViolations(page);
  });
});
