/**
 * Platform defaults (content/platforms `defaults`): what a platform picks when a paste leaves the variant out.
 * The build rejects defaults it could not answer with, the version bands read as written, and the AKS rule
 * for Windows node pools without an OS SKU holds the documented boundaries.
 */
import { describe, expect, test } from 'vitest';
import { buildPlatforms } from '../../../src/lib/platforms/platforms';
import type { Platform } from '../../../src/lib/platforms/platform-schema';
import {
  bandFor,
  bandText,
  compareVersions,
  readVersion,
} from '../../../src/lib/platforms/platform-versions';
import { identify } from '../../../src/lib/readers';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { loadModel } from '../helpers/content';
import { loadPlatforms, loadPlatformsInput } from '../helpers/platforms';

/** The real input with the AKS default changed by `change`. */
function withAksDefault(change: (entry: Platform['defaults'][number]) => Platform['defaults'][number]) {
  const input = loadPlatformsInput();
  const platforms = input.platforms.map((file) =>
    file.data.id === 'aks'
      ? { ...file, data: { ...file.data, defaults: file.data.defaults.map(change) } }
      : file,
  );
  return () => buildPlatforms({ ...input, platforms });
}

describe('versions', () => {
  test('compare numerically and read major.minor from what people write', () => {
    expect(compareVersions('1.9', '1.10')).toBeLessThan(0);
    expect(compareVersions('1.37', '1.37')).toBe(0);
    const patterns = [/--kubernetes-version[ =]+["']?(v?\d+\.\d+)/i];
    expect(readVersion('--kubernetes-version 1.29.2', patterns)?.version).toBe('1.29');
    expect(readVersion('--kubernetes-version=v1.31', patterns)?.version).toBe('1.31');
    expect(readVersion('--os-type Windows', patterns)).toBeUndefined();
    const bands = [{ to: '1.24' }, { from: '1.25', to: '1.35' }, { from: '1.37' }];
    expect(bandFor(bands, '1.24')).toBe(bands[0]);
    expect(bandFor(bands, '1.25')).toBe(bands[1]);
    expect(bandFor(bands, '1.36')).toBeUndefined();
    expect(bands.map(bandText)).toEqual(['up to 1.24', '1.25 to 1.35', 'from 1.37']);
  });
});

describe('the AKS default for Windows pools without an OS SKU', () => {
  const aks = loadPlatforms().find((platform) => platform.id === 'aks');
  const rules = aks?.defaults[0]?.rules ?? [];

  test('follows the documented boundaries: 2019 up to 1.24, 2022 from 1.25, 2025 from 1.37, both on 1.36', () => {
    const at = (version: string) => bandFor(rules, version)?.variants;
    expect(at('1.24')).toEqual(['windows2019']);
    expect(at('1.25')).toEqual(['windows2022']);
    expect(at('1.35')).toEqual(['windows2022']);
    expect(at('1.36')).toEqual(['windows2022', 'windows2025']);
    expect(at('1.37')).toEqual(['windows2025']);
    expect(at('1.40')).toEqual(['windows2025']);
  });

  test('an undated paste without a version never names one host', () => {
    const catalog = islandCatalog(loadModel(), loadPlatforms());
    const result = identify('az aks nodepool add -g rg --cluster-name c -n win1 --os-type Windows', catalog);
    expect(result.platforms.readings[0]?.hosts.length).toBeGreaterThan(1);
    expect(result.hostCandidates.length).toBeGreaterThan(1);
    expect(result.label).toBe('AKS Windows node pool without an OS SKU');
    const versioned = identify(
      'az aks nodepool add -g rg --cluster-name c -n win1 --os-type Windows --kubernetes-version 1.29.2',
      catalog,
    );
    expect(versioned.label).toBe(
      'AKS Windows Server 2022 node pools (OS SKU Windows2022), the default for Kubernetes 1.29',
    );
  });
});

describe('what the build rejects in a default', () => {
  test('a rule naming a variant the platform lacks', () => {
    const run = withAksDefault((entry) => ({
      ...entry,
      rules: entry.rules.map((rule, i) => (i === 0 ? { ...rule, variants: ['windows2012'] } : rule)),
    }));
    expect(run).toThrow(
      /defaults\[0\]\.rules\[0\]\.variants": expected a variant id of aks, but "windows2012"/,
    );
  });

  test('bands that overlap', () => {
    const run = withAksDefault((entry) => ({
      ...entry,
      rules: entry.rules.map((rule, i) => (i === 1 ? { ...rule, from: '1.24' } : rule)),
    }));
    expect(run).toThrow(/defaults\[0\]\.rules\[1\]\.from": expected the band to start after/);
  });

  test('an example a variant also recognises (it would get two answers)', () => {
    const run = withAksDefault((entry) => ({
      ...entry,
      writtenAs: [
        ...entry.writtenAs,
        {
          text: 'az aks nodepool add -n w --os-type Windows --os-sku Windows2022',
          sources: ['AKS-OSSKU-API'],
        },
      ],
    }));
    expect(run).toThrow(/to name no variant, but aks\/windows2022's pattern/);
  });

  test('an example whose version does not read as stated', () => {
    const run = withAksDefault((entry) => ({
      ...entry,
      writtenAs: entry.writtenAs.map((example) =>
        example.version === '1.29' ? { ...example, version: '1.28' } : example,
      ),
    }));
    expect(run).toThrow(/expected the version read from the example \(1\.29\) to be 1\.28/);
  });

  test('a version pattern without a group to capture the version', () => {
    const run = withAksDefault((entry) => ({ ...entry, versionMatch: ['--kubernetes-version \\S+'] }));
    expect(run).toThrow(/expected a capturing group for the version/);
  });
});

describe('replacements of removed variants', () => {
  test('the removed Windows Server 2016 runners name what to move to, and the build rejects unknown ones', () => {
    const input = loadPlatformsInput();
    const github = input.platforms.find((file) => file.data.id === 'github-actions');
    const old = github?.data.variants.find((variant) => variant.id === 'windows-2016');
    expect(old?.lifecycle.removed?.date).toBe('2022-03-15');
    expect(old?.replacedBy?.variants).toEqual(['windows-2025', 'windows-2022']);
    const platforms = input.platforms.map((file) =>
      file === github
        ? {
            ...file,
            data: {
              ...file.data,
              variants: file.data.variants.map((variant) =>
                variant.id === 'windows-2016'
                  ? { ...variant, replacedBy: { variants: ['windows-2030'], sources: ['RI-4312'] } }
                  : variant,
              ),
            },
          }
        : file,
    );
    expect(() => buildPlatforms({ ...input, platforms })).toThrow(
      /replacedBy\.variants": expected another variant id of github-actions, but "windows-2030" is none/,
    );
  });
});
