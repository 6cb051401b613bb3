import { describe, expect, test } from 'vitest';
import { allEvents, calendarText } from '../../../src/lib/calendar';
import { changeProblems, knownIds, resolveChanges } from '../../../src/lib/changes';
import { platformEvents } from '../../../src/lib/platform-calendar';
import { apiPlatforms } from '../../../src/lib/platform-api';
import { changeSchema } from '../../../src/lib/schema';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const model = loadModel();
const platforms = loadPlatforms();
const aks = platforms.find((platform) => platform.id === 'aks');
if (!aks) throw new Error('no aks');

describe('platform retirements in the calendars', () => {
  test('AKS Windows Server 2019 retirement is an event that puts the OS date next to it', () => {
    const events = platformEvents(aks, model);
    const retired = events.find((event) => event.uid === 'platform-aks-windows2019-platformRetired');
    expect(retired?.date).toBe('2026-03-01');
    expect(retired?.summary).toMatch(/retired by the platform \(AKS's date\)/);
    expect(retired?.description).toMatch(/Windows Server 2019 itself: \d{4}-\d{2}-\d{2}/);
    expect(retired?.page).toBe('/platforms/aks/windows2019/');
  });

  test('platform events write as valid all-day iCalendar events next to the OS events', () => {
    const text = calendarText([...allEvents(model), ...platformEvents(aks, model)], {
      name: 'test',
      absoluteUrl: (path) => `https://example.org${path}`,
      stamp: model.today,
    });
    expect(text).toContain('UID:platform-aks-windows2019-platformRetired@example.org');
    expect(text).toContain('DTSTART;VALUE=DATE:20260301');
  });
});

describe('the platforms API document', () => {
  const document = apiPlatforms(model, platforms, (path) => `/base${path}`);

  test('names each variant, its hosts over time and whose date decides', () => {
    const variant = document.platforms
      .find((p) => p.id === 'aks')
      ?.variants.find((v) => v.id === 'windows2022');
    expect(variant?.url).toBe('/base/platforms/aks/windows2022/');
    expect(variant?.hostsToday).toEqual(['ws2022']);
    expect(variant?.isolation.hyperv.allowed).toBe(false);
    expect(variant?.support[0]).toMatchObject({ host: 'ws2022', decidedBy: 'platform' });
    expect(variant?.images.some((i) => i.image === 'servercore-ltsc2022')).toBe(true);
  });

  test('survives a JSON round trip unchanged (no undefined, no functions)', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe('platform changes in "What changed"', () => {
  test('a change about a platform names and links it', () => {
    const change = changeSchema.parse({
      id: 'p',
      date: '2026-12-03',
      kind: 'platform-added',
      platforms: ['aks'],
      summary: 'x',
      sources: ['AKS-REL'],
    });
    const [resolved] = resolveChanges([change], model, platforms);
    expect(resolved?.subjects).toEqual([
      { id: 'aks', kind: 'platform', name: 'Azure Kubernetes Service', path: '/platforms/aks/' },
    ]);
    const known = { ...knownIds(model), platformIds: new Set(['github-actions']) };
    expect(changeProblems([change], known)).toEqual([
      'content/changes.yaml: p: field "platforms[0]": expected a platform id from content/platforms/, got "aks"',
    ]);
  });
});
