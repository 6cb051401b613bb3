import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDataUpdate, updateDrift } from '../../../scripts/data-update.mjs';
import {
  AKS_COMMIT_URL,
  HCSSHIM_COMMIT_URL,
  aksContentsUrl,
  aksRawUrl,
  fetchUpstream,
} from '../../../src/lib/upstream/update';
import { FIXTURES, UPSTREAM_DIR } from './load';

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const AKS_SHA = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';

/** Recorded answers keyed by URL, served like the network would; anything else is a failure. */
function recordedFetch(overrides: Record<string, string | Error> = {}): (url: string) => Promise<string> {
  const answers: Record<string, string | Error> = {
    'https://endoflife.date/api/v1/products/windows/': fixture('api-windows.json'),
    'https://endoflife.date/api/v1/products/windows-server/': fixture('api-windows-server.json'),
    'https://endoflife.date/api/v1/products/windows-server-core/': fixture('api-windows-server-core.json'),
    'https://endoflife.date/api/v1/products/windows-nano-server/': fixture('api-windows-nano-server.json'),
    'https://endoflife.date/api/v1/products/github-actions-runner-images/': fixture(
      'api-github-actions-runner-images.json',
    ),
    [HCSSHIM_COMMIT_URL]: fixture('github-commit.json'),
    'https://raw.githubusercontent.com/microsoft/hcsshim/0123456789abcdef0123456789abcdef01234567/osversion/windowsbuilds.go':
      fixture('windowsbuilds.go.txt'),
    'https://raw.githubusercontent.com/microsoft/hcsshim/0123456789abcdef0123456789abcdef01234567/osversion/platform_compat_windows.go':
      fixture('compat.go.txt'),
    'https://raw.githubusercontent.com/altrhombus/DataForGeeks/main/content/ms/win/buildnumbers.json':
      fixture('dataforgeeks-buildnumbers.json'),
    [AKS_COMMIT_URL]: fixture('aks-commit.json'),
    [aksContentsUrl('vhd-notes/AKSWindows', AKS_SHA)]: fixture('aks-notes-root.json'),
    [aksContentsUrl('vhd-notes/AKSWindows/2022', AKS_SHA)]: fixture('aks-notes-2022.json'),
    [aksContentsUrl('vhd-notes/AKSWindows/2025', AKS_SHA)]: fixture('aks-notes-2025.json'),
    [aksRawUrl(AKS_SHA, 'CHANGELOG.md')]: fixture('aks-changelog.md'),
    ...overrides,
  };
  return (url) => {
    const answer = answers[url];
    if (answer === undefined) return Promise.reject(new Error(`unexpected request ${url}`));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
}

/** A copy of the repository's upstream/ folder in a temporary root. */
function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'data-update-'));
  cpSync(UPSTREAM_DIR, join(root, 'upstream'), { recursive: true });
  return root;
}

function snapshotFiles(root: string): Record<string, string> {
  const dir = join(root, 'upstream');
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

describe('fetchUpstream', () => {
  test('reads the four products and hcsshim at the commit it found', async () => {
    const fetched = await fetchUpstream(recordedFetch());
    expect(fetched.endoflife.map((entry) => entry.parsed.cycles.length)).toEqual([2, 2, 1, 1, 2]);
    expect(fetched.hcsshim).toMatchObject({
      commit: '0123456789abcdef0123456789abcdef01234567',
      committedAt: '2030-01-03T10:00:00Z',
      compatLTSCReleases: [20348, 26100, 30000],
    });
  });

  test('reads the AKS node-notes folders and the release-note notices at the commit it found', async () => {
    const { aks } = await fetchUpstream(recordedFetch());
    expect(aks.commit).toBe(AKS_SHA);
    expect(aks.nodeImages).toEqual({
      '2022': [
        { version: '20348.5386.260715', build: 20348, date: '2026-07-15' },
        { version: '20348.5499.260812', build: 20348, date: '2026-08-12' },
      ],
      '2025': [
        { version: '26100.33158.260715', build: 26100, date: '2026-07-15' },
        { version: '26100.33290.260812', build: 26100, date: '2026-08-12' },
      ],
    });
    expect(aks.skipped).toEqual(['2022/0348.2402.240410.txt']);
    // Top-level bullets only; a date inside a link target is not a fact.
    expect(aks.notices).toEqual([
      {
        release: '2029-12-20',
        subject: 'Windows2022',
        dates: ['2028-06-30', '2029-06-30'],
        kubernetes: ['1.37'],
      },
      { release: '2024-04-28', subject: 'Windows2022', dates: ['2027-03-15'], kubernetes: ['1.34'] },
    ]);
  });

  test('an AKS folder answering with something other than a listing is refused', async () => {
    await expect(
      fetchUpstream(
        recordedFetch({ [aksContentsUrl('vhd-notes/AKSWindows/2025', AKS_SHA)]: '{"message": "Not Found"}' }),
      ),
    ).rejects.toThrow('expected a folder listing');
  });

  test('a product answering with another product is refused', async () => {
    await expect(
      fetchUpstream(
        recordedFetch({
          'https://endoflife.date/api/v1/products/windows/': fixture('api-windows-server.json'),
        }),
      ),
    ).rejects.toThrow('expected product "windows", got "windows-server"');
  });
});

describe('runDataUpdate', () => {
  test('writes the snapshots and manifest and reports the changes', async () => {
    const root = tempRoot();
    const changes = await runDataUpdate({ root, fetch: recordedFetch(), today: '2030-01-04' });
    expect(changes).toContain('windows-server: added cycle 2028 (released 2028-11-01, latest 10.0.30000)');
    expect(changes).toContain('windows-server: removed cycle 23h2-ac');
    expect(changes).toContain('hcsshim: added constant DELTA = 30000');
    expect(changes).toContain('hcsshim: compatLTSCReleases [20348, 26100] → [20348, 26100, 30000]');
    const written = snapshotFiles(root);
    const manifest = JSON.parse(written['snapshots.json'] ?? '{}') as { snapshots: { taken: string }[] };
    expect(manifest.snapshots.map((entry) => entry.taken)).toEqual([
      ...Array<string>(6).fill('2030-01-04'),
      '2026-09-09',
      '2030-01-04',
    ]);
    // The AKS record is compared with the one in upstream/ and written in our own format.
    expect(changes).toContain('aks: 2022 node image 20348.5499.260812 (2026-08-12)');
    expect(changes).toContain('aks: node-notes folder 2019 removed');
    expect(JSON.parse(written['aks/windows.json'] ?? '{}')).toMatchObject({ commit: AKS_SHA });
    expect(changes).toContain('updates: added 20348.5620 (KB5200001, 2026-09-08, Standard)');
    const kept = JSON.parse(written['dataforgeeks/buildnumbers.json'] ?? '{}') as {
      data: { build: string }[];
    };
    // Upstream's own format, without the releases before build 14393.
    expect(kept.data.map((row) => row.build)).toEqual([
      '17763.8880',
      '17763.8880',
      '20348.5386',
      '20348.5499',
      '20348.5620',
    ]);
    expect(JSON.parse(written['endoflife.date/windows-server.json'] ?? '{}')).toEqual(
      JSON.parse(fixture('api-windows-server.json')),
    );
    // The platform product is fetched, diffed and written like the Windows ones.
    expect(changes).toContain('github-actions-runner-images: removed cycle ubuntu-24.04');
    expect(JSON.parse(written['endoflife.date/github-actions-runner-images.json'] ?? '{}')).toEqual(
      JSON.parse(fixture('api-github-actions-runner-images.json')),
    );
  });

  test('offline: fails with the unreachable URL and changes nothing', async () => {
    const root = tempRoot();
    const before = snapshotFiles(root);
    const offline = recordedFetch({
      [HCSSHIM_COMMIT_URL]: new Error(
        `could not reach ${HCSSHIM_COMMIT_URL} (getaddrinfo ENOTFOUND api.github.com)`,
      ),
    });
    await expect(runDataUpdate({ root, fetch: offline, today: '2030-01-04' })).rejects.toThrow(
      'could not reach https://api.github.com/repos/microsoft/hcsshim/commits/main',
    );
    expect(snapshotFiles(root)).toEqual(before);
  });

  test('bad upstream data: fails naming the field and changes nothing', async () => {
    const root = tempRoot();
    const before = snapshotFiles(root);
    const broken = recordedFetch({
      'https://endoflife.date/api/v1/products/windows-server-core/': '{"result": 1}',
    });
    await expect(runDataUpdate({ root, fetch: broken, today: '2030-01-04' })).rejects.toThrow('generated_at');
    expect(snapshotFiles(root)).toEqual(before);
  });
});

describe('updateDrift', () => {
  test('reports a stale update snapshot against today, and nothing on the day it was taken', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'content'));
    cpSync(join(UPSTREAM_DIR, '../content/updates.yaml'), join(root, 'content/updates.yaml'));
    expect(updateDrift({ root, today: '2026-08-20' })).toEqual([]);
    expect(updateDrift({ root, today: '2026-12-03' })).toEqual([
      'updates check: stale: the newest update is from 2026-08-11, 114 days before 2026-12-03 (more than 35): run npm run data:update',
    ]);
  });
});
