/**
 * content/platforms/aks.yaml against our record of the Azure/AKS repository (upstream/aks/windows.json):
 * node image builds and days, retirement and removal days of the release notes, and the Kubernetes limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAksUpstream } from '../../../src/lib/platforms/platform-aks-upstream';
import type { Platform } from '../../../src/lib/platforms/platform-schema';
import { AKS_WINDOWS_FILE, parseAksWindowsSnapshot } from '../../../src/lib/upstream/aks-windows';
import type { AksWindowsSnapshot } from '../../../src/lib/upstream/aks-windows';
import { parseManifest, snapshotDate } from '../../../src/lib/upstream/manifest';
import { loadModelInput } from '../helpers/content';
import { loadPlatforms } from '../helpers/platforms';

const UPSTREAM = join(import.meta.dirname, '../../../upstream');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(UPSTREAM, file), 'utf8'));
const snapshot = parseAksWindowsSnapshot(readJson(AKS_WINDOWS_FILE), `upstream/${AKS_WINDOWS_FILE}`);
const taken = snapshotDate(parseManifest(readJson('snapshots.json')), AKS_WINDOWS_FILE);
const hostBuilds = Object.fromEntries(
  loadModelInput().hosts.map((entry) => [entry.data.id, entry.data.build]),
);
const aks = loadPlatforms().find((platform) => platform.id === 'aks');
if (!aks) throw new Error('no aks platform');

/** The AKS platform with one lifecycle date of one variant replaced. */
function withDate(variantId: string, field: 'available' | 'retired' | 'removed', date: string): Platform {
  return {
    ...aks!,
    variants: aks!.variants.map((variant) =>
      variant.id === variantId
        ? {
            ...variant,
            lifecycle: { ...variant.lifecycle, [field]: { ...variant.lifecycle[field], date, sources: [] } },
          }
        : variant,
    ),
  };
}

const messages = (platform: Platform, snap: AksWindowsSnapshot = snapshot): string[] =>
  checkAksUpstream(platform, snap, hostBuilds, taken).map((f) => `${f.where}: ${f.message}`);

describe('AKS dates against the Azure/AKS repository', () => {
  test('the data agrees with the snapshot: no finding', () => {
    expect(messages(aks)).toEqual([]);
  });

  test('the snapshot holds what the data says (the facts the check stands on)', () => {
    expect(snapshot.nodeImages['2019']?.at(-1)).toEqual({
      version: '17763.8389.260210',
      build: 17763,
      date: '2026-02-10',
    });
    expect(snapshot.nodeImages['23H2']?.at(-1)?.date).toBe('2026-05-13');
    expect(snapshot.nodeImages['2025']?.[0]?.version).toBe('26100.4946.250823');
    const ws2022 = snapshot.notices.find((n) => n.subject === 'Windows2022' && n.dates.length > 0);
    expect(ws2022).toEqual({
      release: '2026-06-19',
      subject: 'Windows2022',
      dates: ['2028-06-30', '2029-06-30'],
      kubernetes: ['1.37'],
    });
    expect(snapshot.skipped).toEqual(['2022/0348.2402.240410.txt']);
  });

  test.each([
    [
      'windows2019',
      'retired',
      '2026-04-01',
      /windows2019: lifecycle\.retired is 2026-04-01, but the newest dated notice about Windows2019 \(release notes of 2026-05-29\) names 2026-03-01, 2027-04-01/,
    ],
    [
      'windows-annual',
      'retired',
      '2026-05-01',
      /windows-annual: AKS published node image 25398\.2330\.260513 on 2026-05-13, after the retirement on 2026-05-01/,
    ],
    [
      'windows2022',
      'retired',
      '2027-03-15',
      /windows2022: lifecycle\.retired is 2027-03-15, but .* names 2028-06-30, 2029-06-30/,
    ],
    ['windows2022', 'removed', '2029-07-01', /windows2022: lifecycle\.removed is 2029-07-01/],
    [
      'windows2025',
      'available',
      '2025-08-01',
      /windows2025: lifecycle\.available 2025-08-01 is before the first node image 26100\.4946\.250823/,
    ],
  ] as const)('a changed date fails: %s %s → %s', (variantId, field, date, expected) => {
    expect(messages(withDate(variantId, field, date))).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  test('a moved Windows Server 2025 start and a lost Kubernetes limit fail', () => {
    const moved: Platform = {
      ...aks,
      variants: aks.variants.map((variant) =>
        variant.id === 'windows2025'
          ? { ...variant, hosts: variant.hosts.map((host) => ({ ...host, from: '2026-01-04' })) }
          : variant,
      ),
    };
    expect(messages(moved)).toEqual([
      expect.stringMatching(
        /windows2025: hosts ws2025 from 2026-01-04, but the first node image 26100\.4946\.250823 is dated 2025-08-23/,
      ),
    ]);
    const notices = snapshot.notices.map((n) =>
      n.release === '2026-06-19' ? { ...n, kubernetes: ['1.38'] } : n,
    );
    expect(messages(aks, { ...snapshot, notices })).toEqual([
      expect.stringMatching(
        /windows2022: we say it is not supported from Kubernetes 1\.37, but the notice of 2026-06-19 names Kubernetes 1\.38/,
      ),
    ]);
  });

  test('upstream drift fails: a 2019 image after the retirement, a 2022 pool AKS stopped patching, a wrong build', () => {
    const late = { version: '17763.8500.260310', build: 17763, date: '2026-03-10' };
    const stale = (snapshot.nodeImages['2022'] ?? []).filter((image) => image.date < '2026-01-01');
    const wrongBuild = [
      ...(snapshot.nodeImages['2025'] ?? []),
      { version: '26200.100.260801', build: 26200, date: '2026-08-01' },
    ];
    expect(
      messages(aks, {
        ...snapshot,
        nodeImages: {
          ...snapshot.nodeImages,
          '2019': [...(snapshot.nodeImages['2019'] ?? []), late],
          '2022': stale,
          '2025': wrongBuild,
        },
      }),
    ).toEqual([
      expect.stringMatching(
        /windows2019: AKS published node image 17763\.8500\.260310 on 2026-03-10, after the retirement on 2026-03-01/,
      ),
      expect.stringMatching(/windows2022: no node image since 20348\.4529\.251212 \(2025-12-12\)/),
      expect.stringMatching(
        /windows2025: node image 26200\.100\.260801 is build 26200, but host ws2025 is build 26100/,
      ),
    ]);
  });
});
