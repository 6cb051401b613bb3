/**
 * CI runner labels are platform data (content/platforms/), read by the platform reader; the host-text reader
 * no longer keeps its own list. Each form people paste still names its hosts, on the real content.
 */
import { describe, expect, test } from 'vitest';
import { identify } from '../../../src/lib/readers';
import { parseHostText } from '../../../src/lib/readers/host-text';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const catalog = islandCatalog(loadModel(), loadPlatforms());
const hostIds = (text: string): string[] =>
  identify(text, catalog)
    .hostCandidates.map((h) => h.id)
    .sort();

describe('runner labels through the platform reader', () => {
  test.each([
    ['a GitHub Actions job', 'jobs:\n  build:\n    runs-on: windows-2022', ['ws2022']],
    ['an Azure Pipelines pool', "pool:\n  vmImage: 'windows-2019'", ['ws2019']],
    ['a build matrix', '    os: [windows-2019, windows-2022]', ['ws2019', 'ws2022']],
    ['windows-latest on the build date', 'runs-on: windows-latest', ['ws2025']],
  ])('%s', (_name, text, hosts) => {
    expect(identify(text, catalog).kind).toBe('platform');
    expect(hostIds(text)).toEqual(hosts);
  });

  test('a runner label and a FROM line name a cell', () => {
    const result = identify(
      'runs-on: windows-2019\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
      catalog,
    );
    expect(result.namesCell).toBe(true);
    expect(result.hostCandidates.map((h) => h.id)).toEqual(['ws2019']);
  });

  test('the host-text reader itself names no host from a runner label', () => {
    expect(parseHostText('runs-on: windows-2022', catalog).hostCandidates).toEqual([]);
  });
});
