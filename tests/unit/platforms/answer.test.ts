import { describe, expect, test } from 'vitest';
import { plainText } from '../../../src/lib/advice/advice-text';
import {
  answerHeadline,
  variantImageAnswer,
  variantImages,
} from '../../../src/lib/platforms/platform-answer';
import { platformSnippets } from '../../../src/lib/platforms/platform-snippets';
import type { Platform, PlatformVariant } from '../../../src/lib/platforms/platform-schema';
import { loadModel } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const model = loadModel();
const platforms = loadPlatforms();

function find(platformId: string, variantId: string): [Platform, PlatformVariant] {
  const platform = platforms.find((p) => p.id === platformId);
  const variant = platform?.variants.find((v) => v.id === variantId);
  if (!platform || !variant) throw new Error(`no ${platformId}/${variantId}`);
  return [platform, variant];
}

function image(id: string) {
  const found = model.imagesById.get(id);
  if (!found) throw new Error(`no image ${id}`);
  return found;
}

describe('the answer for an image on a platform variant', () => {
  test('is computed once per model, variant and image, and afresh for another model', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const first = variantImageAnswer(model, aks, variant, image('servercore-ltsc2019'));
    expect(variantImageAnswer(model, aks, variant, image('servercore-ltsc2019'))).toBe(first);
    // Another model object (a rebuilt one, e.g. a dev server after an edit) must not get stale answers.
    const other = { ...model };
    const fresh = variantImageAnswer(other, aks, variant, image('servercore-ltsc2019'));
    expect(fresh).not.toBe(first);
    expect(fresh.hosts.map((h) => h.verdict)).toEqual(first.hosts.map((h) => h.verdict));
  });

  test('an image that needs Hyper-V on AKS gets no tag and the process-isolation alternative', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const answer = variantImageAnswer(model, aks, variant, image('servercore-ltsc2019'));
    const [only] = answer.hosts;
    expect(only?.tag).toBeNull();
    expect(only?.alternative?.reference).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
    expect(answerHeadline(answer)).toBe('Does not run on AKS');
    // The advice's own reason and words, with the platform's modes as input: no separate sentence.
    expect(only?.alternative?.reason).toBe('runs');
    expect(plainText(only?.alternative?.sentence ?? [])).toBe(
      'Use mcr.microsoft.com/windows/servercore:ltsc2022 instead: it runs on this host with process isolation; this image runs here in neither mode.',
    );
  });

  test('windows-latest answers for Windows Server 2025 first (today) and keeps 2022 as history', () => {
    const [gh, variant] = find('github-actions', 'windows-latest');
    const answer = variantImageAnswer(model, gh, variant, image('servercore-ltsc2022'));
    expect(answer.hosts[0]).toMatchObject({ current: true, host: { id: 'ws2025' } });
    const history = answer.hosts.slice(1);
    expect(history.map((h) => h.host.id)).toContain('ws2022');
    expect(history.every((h) => !h.current)).toBe(true);
  });

  test('the variant lists the images that run on its hosts, not every image', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const ids = variantImages(model, aks, variant).map((i) => i.id);
    expect(ids).toContain('servercore-ltsc2022');
    expect(ids).toContain('servercore-ltsc2019');
    expect(ids).not.toContain('servercore-ltsc2025');
    expect(ids.length).toBeLessThan(model.images.length);
  });
});

describe('snippets in the platform own syntax', () => {
  const host = model.hostsById.get('ws2022');
  if (!host) throw new Error('no ws2022');
  const reference = 'mcr.microsoft.com/windows/servercore:ltsc2022';

  test('a runner label becomes a workflow job with docker run', () => {
    const [gh, variant] = find('github-actions', 'windows-2022');
    const snippets = platformSnippets(gh, variant, host, reference, 'process');
    expect(snippets.map((s) => s.id)).toEqual(['workflow', 'docker-run']);
    expect(snippets[0]?.code).toContain('runs-on: windows-2022');
    expect(snippets[0]?.code).toContain(`docker run --rm --isolation=process ${reference}`);
  });

  test('a node pool gets a node selector from its node label and its pool command', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const snippets = platformSnippets(aks, variant, host, reference, 'process');
    expect(snippets[0]?.code).toContain('kubernetes.azure.com/os-sku: Windows2022');
    expect(snippets[0]?.code).toContain(`image: ${reference}`);
    expect(snippets.find((s) => s.id === 'cli')?.code).toMatch(/--os-sku Windows2022/);
  });
});

describe('snippets name the answer image, whatever image the example named', () => {
  test('a config example gets the answer reference', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const host = model.hostsById.get('ws2022');
    if (!host) throw new Error('no ws2022');
    const edited = {
      ...variant,
      writtenAs: [
        ...variant.writtenAs,
        {
          form: 'cli' as const,
          text: 'az container create --image myregistry.azurecr.io/app --os-type Windows',
          sources: ['X'],
        },
      ].filter((w, i, all) => w.form !== 'cli' || i === all.length - 1),
    };
    const reference = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
    const cli = platformSnippets(aks, edited, host, reference, 'process').find((s) => s.id === 'cli');
    expect(cli?.code).toBe(`az container create --image ${reference} --os-type Windows`);
  });

  test('an image that needs Hyper-V where the platform offers only Hyper-V gets no "process" alternative', () => {
    const [aks, variant] = find('aks', 'windows2022');
    const hypervOnly = {
      ...aks,
      isolation: {
        process: { allowed: false, sources: ['X'] },
        hyperv: { allowed: true, sources: ['X'] },
      },
    };
    const answer = variantImageAnswer(
      model,
      hypervOnly,
      { ...variant, isolation: undefined },
      image('servercore-ltsc2019'),
    );
    expect(answer.hosts[0]?.verdict.isolation).toBe('hyperv');
    expect(answer.hosts[0]?.alternative).toBeNull();
  });
});
