import { describe, expect, test } from 'vitest';
import { explorerData } from '../../../src/lib/site/explorer';
import { nameKey } from '../../../src/lib/readers/vocabulary';
import { platformHint } from '../../../src/lib/platforms/platform-terms';
import { searchEntries } from '../../../src/lib/site/search';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const hosts = explorerData(loadModel(), loadPlatforms()).hosts;

describe('the host picker accepts platform variants and says what they mean', () => {
  test.each([
    ['windows-latest', 'ws2025', /GitHub Actions windows-latest.* gives? this host/],
    ['AKS Windows2022', 'ws2022', /AKS .*Windows2022.* gives this host/],
    ['aks windows2019', 'ws2019', /AKS .*gives this host/],
    ['GitHub Actions windows-2022', 'ws2022', /windows-2022.* gives? this host/],
  ])('"%s" picks %s first and names the platform', (query, hostId, hint) => {
    const [best] = searchEntries(hosts, query);
    expect(best?.id).toBe(hostId);
    expect(best && platformHint(best, query, nameKey)).toMatch(hint);
  });

  test('an ordinary host query gets no platform sentence', () => {
    const [best] = searchEntries(hosts, 'Windows Server 2022');
    expect(best?.id).toBe('ws2022');
    expect(best && platformHint(best, 'Windows Server 2022', nameKey)).toBeUndefined();
  });

  test('without platforms the hosts carry no platform words', () => {
    expect(explorerData(loadModel()).hosts.every((host) => host.platforms === undefined)).toBe(true);
  });
});
