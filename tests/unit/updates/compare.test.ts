import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../../../src/lib/updates/catalogue';
import { compareRevisions } from '../../../src/lib/updates/compare';
import { buildTagsOfImage, newestBuildTag } from '../../../src/lib/updates/containers';
import { loadBuildNumbers, loadUpdatesFile } from './load';

const file = loadUpdatesFile();
const catalogue = buildCatalogue(loadBuildNumbers().rows, file.catalogue);
const compare = (host: string, image: string) => {
  const [hb, hr] = host.split('.').map(Number) as [number, number];
  const [ib, ir] = image.split('.').map(Number) as [number, number];
  return compareRevisions(
    catalogue,
    file.containers,
    file.revisions,
    { build: hb, revision: hr },
    { build: ib, revision: ir },
  );
};

describe('compareRevisions: the documented answer per host generation', () => {
  test('Windows Server 2016: equal revisions run, different ones do not; the host needs the image KB, or pin the host revision', () => {
    expect(compare('14393.3443', '14393.3443').verdict).toBe('fine');
    // The March 2020 images (3568) were built for the March host release (3564).
    expect(compare('14393.3564', '14393.3568').verdict).toBe('fine');
    expect(compare('14393.3504', '14393.3568').verdict).toBe('fails');
    const newer = compare('14393.3443', '14393.3630');
    expect(newer.verdict).toBe('fails');
    expect(newer.hostNeeds).toMatchObject({ revision: 3630, kb: 'KB4550929' });
    expect(newer.pinTag).toBe('10.0.14393.3443');
    expect(newer.sources).toEqual(['VC']);
  });

  test('1809 and later: revisions need not match when the image is older', () => {
    const result = compare('17763.8880', '17763.7136');
    expect(result.verdict).toBe('fine');
  });

  test('across the February 2020 baseline the pair fails (KB4542617); the fixed image 17763.1040 runs on host 17763.1039', () => {
    expect(compare('17763.1039', '17763.1040').verdict).toBe('fine');
    const across = compare('17763.1098', '17763.973');
    expect(across.verdict).toBe('fails');
    expect(across.sources).toContain('KB4542617');
    const oldHost = compare('17763.973', '17763.1098');
    expect(oldHost.verdict).toBe('fails');
    expect(oldHost.hostNeeds).toMatchObject({ revision: 1098 });
    expect(oldHost.pinTag).toBe('10.0.17763.973');
  });

  test('an image one month newer than its host may fail with 0xc0370106: the host needs the image month KB, or pin the host month tag', () => {
    const result = compare('20348.5139', '20348.5256');
    expect(result.verdict).toBe('may-fail');
    expect(result.host.update).toMatchObject({ kb: 'KB5087545', date: '2026-05-12' });
    expect(result.host.securityBehind).toBe(3);
    expect(result.hostNeeds).toMatchObject({ kb: 'KB5094128', revision: 5256 });
    expect(result.pinTag).toBe('10.0.20348.5139');
    expect(result.sources).toEqual(['WC-591', 'RUNNER-IMAGES-11582']);
  });

  test('the April 2025 container-only release: host needs the out-of-band update of the same revision', () => {
    const result = compare('17763.7136', '17763.7249');
    expect(result.verdict).toBe('may-fail');
    expect(result.image.containerRelease).toEqual({ date: '2025-04-16', kb: 'KB5059091' });
    expect(result.hostNeeds).toMatchObject({ revision: 7249 });
  });

  test('different builds are left to the build rules', () => {
    expect(compare('20348.5139', '17763.7136').verdict).toBe('other-build');
  });
});

describe('build tags of an image', () => {
  const ltsc2019 = {
    repository: 'mcr.microsoft.com/windows/servercore',
    build: 17763,
    available: '2018-11-13',
    end: '2029-01-09',
  };

  test('one per Patch Tuesday from 2019-02-12, the February 2020 release replaced by the fixed images, out-of-band releases added', () => {
    const tags = buildTagsOfImage(ltsc2019, catalogue, file.containers, '2026-08-12');
    const names = tags.map((t) => t.tag);
    expect(names[0]).toBe('10.0.17763.316');
    expect(names).toContain('10.0.17763.1040');
    expect(names).not.toContain('10.0.17763.1039');
    expect(names).toContain('10.0.17763.7249');
    expect(names).toContain('10.0.17763.1757');
    // A source shows these; the rest is expected by the rule, never shown as confirmed.
    expect(tags.find((t) => t.tag === '10.0.17763.1040')?.status).toBe('published');
    expect(tags.find((t) => t.tag === '10.0.17763.1757')?.status).toBe('expected');
  });

  test('the newest build tag as of the data date is the August 2026 release', () => {
    expect(newestBuildTag(ltsc2019, catalogue, file.containers, '2026-08-12')).toMatchObject({
      date: '2026-08-11',
      status: 'expected',
    });
  });
});

describe('content/updates.yaml', () => {
  test('every source key exists in content/sources.yaml', () => {
    const root = join(import.meta.dirname, '../../..');
    const known = new Set(
      (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id),
    );
    const text = readFileSync(join(root, 'content/updates.yaml'), 'utf8');
    const used = [...text.matchAll(/sources: \[([^\]]+)\]/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((s) => s.trim()),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('build 26100 from January 2026: the server line has its own revisions', () => {
  const ltsc2025 = {
    repository: 'mcr.microsoft.com/windows/servercore',
    build: 26100,
    available: '2024-11-01',
    end: '2034-11-14',
  };
  test('image tags follow Windows Server 2025 (26100.3xxxx), not Windows 11 24H2 (26100.9xxx)', () => {
    const tags = buildTagsOfImage(ltsc2025, catalogue, file.containers, '2026-08-12').map((t) => t.tag);
    expect(tags).toContain('10.0.26100.33296');
    expect(tags).not.toContain('10.0.26100.9168');
    // Before the split both editions shared the revision, and it has images.
    expect(tags).toContain('10.0.26100.4061');
    expect(tags.filter((t) => /^10\.0\.26100\.3\d{4}$/.test(t))).toHaveLength(8);
  });
});

test('Windows Server 2016 host 14393.8000 with image 14393.7970: fails, and no tag is offered for a revision that had no image', () => {
  const result = compare('14393.8000', '14393.7970');
  expect(result.verdict).toBe('fails');
  expect(result.pinTag).toBeUndefined();
  // The next security release with images, where host and image can match again.
  expect(result.hostNeeds).toMatchObject({ kind: 'security' });
  expect(result.hostNeeds?.revision).toBeGreaterThanOrEqual(8000);
});
