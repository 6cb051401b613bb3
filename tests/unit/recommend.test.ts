import { describe, expect, test } from 'vitest';
import { imageReference, pinningAdvice, recommendForHost } from '../../src/lib/advice/recommend';
import { plainText } from '../../src/lib/advice/advice-text';
import type { Host, Image } from '../../src/lib/knowledge/schema';
import { loadModel } from './helpers/content';

const model = loadModel();
const host = (id: string): Host => {
  const found = model.hostsById.get(id);
  if (!found) throw new Error(`no host ${id}`);
  return found;
};
const image = (id: string): Image => {
  const found = model.imagesById.get(id);
  if (!found) throw new Error(`no image ${id}`);
  return found;
};
const lookup = (h: Host, i: Image) => model.cell(h.id, i.id).verdict;
const TODAY = '2026-11-23';

describe('recommendForHost', () => {
  test.each([
    ['ws2025', 'mcr.microsoft.com/windows/servercore:ltsc2025', 'process'],
    ['ws2022', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'process'],
    ['ws23h2', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'process'],
    ['ws2019', 'mcr.microsoft.com/windows/servercore:ltsc2019', 'process'],
    ['ws2016', 'mcr.microsoft.com/windows/servercore:ltsc2016', 'process'],
    ['win11-23h2', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'process'],
    ['win11-24h2', 'mcr.microsoft.com/windows/servercore:ltsc2025', 'process'],
    ['win10-22h2', 'mcr.microsoft.com/windows/servercore:ltsc2019', 'hyperv'],
  ])('Server Core on %s: %s with %s isolation', (hostId, reference, isolation) => {
    const found = recommendForHost(host(hostId), 'servercore', model.images, lookup, TODAY);
    expect(found?.reference).toBe(reference);
    expect(found?.isolation).toBe(isolation);
  });

  test('prefers an image still in support over a newer retired one (Windows 10 22H2 → ltsc2019, not 20H2)', () => {
    const found = recommendForHost(host('win10-22h2'), 'servercore', model.images, lookup, TODAY);
    expect(found?.imageId).toBe('servercore-ltsc2019');
    expect(found?.retired).toBe(false);
  });

  test('returns null where a family never runs (the server image on Windows Server 2019)', () => {
    expect(recommendForHost(host('ws2019'), 'server', model.images, lookup, TODAY)).toBeNull();
  });
});

describe('imageReference and pinningAdvice', () => {
  test('fully qualifies the first floating tag', () => {
    expect(imageReference(image('servercore-ltsc2019'))).toBe(
      'mcr.microsoft.com/windows/servercore:ltsc2019',
    );
    expect(imageReference(image('servercore-ltsc2019'), '1809')).toBe(
      'mcr.microsoft.com/windows/servercore:1809',
    );
  });

  test('explains floating tags, and revision pinning on 2016', () => {
    const advice = pinningAdvice(host('ws2016'), image('servercore-ltsc2016'), TODAY)
      .map(plainText)
      .join(' ');
    expect(advice).toMatch(/floating tag/);
    expect(advice).toMatch(/revision/);
  });

  test('names tags as code spans, never as literal backticks', () => {
    const [first] = pinningAdvice(host('ws2019'), image('servercore-ltsc2019'), TODAY);
    expect(first?.[0]).toEqual({ code: 'ltsc2019' });
    expect(first?.some((part) => typeof part !== 'string' && /^10\.0\.17763\./.test(part.code))).toBe(true);
    expect(plainText(first ?? [])).not.toContain('`');
  });

  test("a retired image's tag is not said to move each month (its last build is final)", () => {
    const retired = pinningAdvice(host('ws2016'), image('nanoserver-sac2016'), TODAY)
      .map(plainText)
      .join(' ');
    expect(retired).toMatch(/^sac2016 no longer moves/);
    expect(retired).not.toMatch(/Patch Tuesday|floating tag/);
    const current = pinningAdvice(host('ws2016'), image('servercore-ltsc2016'), TODAY)
      .map(plainText)
      .join(' ');
    expect(current).toMatch(/moves to the new monthly build each Patch Tuesday/);
  });
});
