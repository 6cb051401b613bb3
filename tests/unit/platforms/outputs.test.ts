import { describe, expect, test } from 'vitest';
import { allEvents, calendarText } from '../../../src/lib/outputs/calendar';
import { changeProblems, knownIds, resolveChanges } from '../../../src/lib/outputs/changes';
import { platformEvents } from '../../../src/lib/outputs/platform-calendar';
import { apiPlatforms } from '../../../src/lib/platforms/platform-api';
import { variantImageAnswer } from '../../../src/lib/platforms/platform-answer';
import {
  platformAnswerMarkdown,
  platformAnswerPlain,
  platformBadgeSvg,
  platformShareFacts,
} from '../../../src/lib/outputs/platform-share';
import { changeSchema } from '../../../src/lib/knowledge/schema';
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
      sources: aks.sources.slice(0, 1),
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

describe('platform answers that travel', () => {
  const variant = aks.variants.find((v) => v.id === 'windows2022');
  const image = model.imagesById.get('servercore-ltsc2019');
  if (!variant || !image) throw new Error('no aks/windows2022 or servercore-ltsc2019');
  const answer = variantImageAnswer(model, aks, variant, image);

  test('the copyable lines say it does not run on AKS, what to use instead and whose date counts', () => {
    const facts = platformShareFacts(
      answer,
      'https://example.org/platforms/aks/windows2022/servercore-ltsc2019/',
    );
    expect(platformAnswerMarkdown(facts)).toBe(
      `[Server Core ltsc2019 on AKS ${variant.name}](https://example.org/platforms/aks/windows2022/servercore-ltsc2019/): Does not run on AKS. Use instead: \`mcr.microsoft.com/windows/servercore:ltsc2022\`. ${facts.dates}.`,
    );
    expect(platformAnswerPlain(facts)).toMatch(
      /^Server Core ltsc2019 on AKS .*Use instead: mcr\.microsoft\.com\/windows\/servercore:ltsc2022\. .*AKS's date.* https:\/\/example\.org\//,
    );
  });

  test('the badge is named in words and coloured as not running', () => {
    const svg = platformBadgeSvg(answer);
    expect(svg).toContain(`aria-label="Server Core ltsc2019 on AKS ${variant.name}: does not run on AKS"`);
    expect(svg).toContain('#be123c');
  });
});
