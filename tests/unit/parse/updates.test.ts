import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../../src/lib/updates/catalogue';
import {
  answerUpdates,
  encodeUpdates,
  isUpdateLine,
  readUpdateMentions,
} from '../../../src/lib/readers/updates';
import { loadBuildNumbers, loadUpdatesFile } from '../updates/load';
import { loadModel } from '../helpers/content';
import { searchEntries } from '../../../src/lib/site/search';
import { updateRows } from '../../../src/lib/updates/pages';

const file = loadUpdatesFile();
const catalogue = buildCatalogue(loadBuildNumbers().rows, file.catalogue);
// Through the compact form, as the browser gets it.
const compact = JSON.parse(
  JSON.stringify(encodeUpdates(catalogue, file.containers, file.revisions, '2026-08-12')),
) as ReturnType<typeof encodeUpdates>;
const first = (text: string) => answerUpdates(text, compact).items[0]?.facts[0];

describe('every reader form maps to its update', () => {
  test.each([
    ['10.0.20348.5139'],
    ['20348.5139'],
    ['OS Build 20348.5139'],
    ['Microsoft Windows [Version 10.0.20348.5139]'],
    ['KB5087545'],
    ['kb 5087545'],
  ])('%s → the May 2026 security release of 20348', (text) => {
    expect(first(text)).toMatchObject({
      update: { build: 20348, revision: 5139, kb: 'KB5087545', kind: 'security' },
      month: 'May 2026',
      kbUrl: 'https://support.microsoft.com/help/5087545',
      securityBehind: 3,
      newest: { revision: 5499 },
      tag: { tag: '10.0.20348.5139', status: 'expected' },
    });
  });

  test('a KB-style tag names the image update of its release', () => {
    expect(first('mcr.microsoft.com/windows/servercore:1809-KB4480116-amd64')).toMatchObject({
      update: { build: 17763, revision: 253, kb: 'KB4480116' },
      month: 'January 2019',
    });
    // January 2019 is before build tags came back (2019-02-12), but the tagging post shows this one.
    expect(first('1809-KB4480116')?.tag?.tag).toBe('10.0.17763.253');
    // The month before it has no build tag: none is claimed.
    expect(first('17763.194')?.update.kb).toBeDefined();
    expect(first('17763.194')?.tag).toBeUndefined();
    expect(first('1809-KB4493509')?.tag).toEqual({
      tag: '10.0.17763.437',
      status: 'published',
      published: true,
    });
  });

  test('the container-only February 2020 release: 1809-KB4546852 is 17763.1040', () => {
    expect(first('1809-KB4546852')).toMatchObject({
      update: { build: 17763, revision: 1040, kind: 'out-of-band' },
      tag: { tag: '10.0.17763.1040', status: 'published' },
    });
  });

  test('a preview has no image: the nearest older tag is named as such', () => {
    const preview = first('20348.5074');
    if (preview?.update.kind === 'preview') expect(preview.tag?.status).toBe('nearest-older');
    const kb = answerUpdates('KB5087545 KB1234567', compact).items[1];
    expect(kb?.facts).toEqual([]);
    expect(kb?.unknown).toContain('is not a cumulative update of the releases we keep');
  });

  test('a KB shared by several builds gives each of them', () => {
    expect(answerUpdates('KB4601319', compact).items[0]?.facts.map((f) => f.update.build)).toEqual([
      19041, 19042,
    ]);
  });

  test('a host and an image revision are compared: image newer than host', () => {
    const answer = answerUpdates(
      'Host: Microsoft Windows [Version 10.0.20348.5139]\nImage: mcr.microsoft.com/windows/servercore:10.0.20348.5256',
      compact,
    );
    expect(answer.comparison).toMatchObject({
      verdict: 'may-fail',
      hostNeeds: { kb: 'KB5094128' },
      pinTag: '10.0.20348.5139',
    });
  });

  test('docker info kernel strings and other numbers are not taken for updates', () => {
    expect(
      readUpdateMentions('Kernel Version: 10.0 20348 (20348.1.amd64fre.fe_release.210507-1500)'),
    ).toEqual([]);
    expect(readUpdateMentions('price 12345.67')).toEqual([]);
    expect(isUpdateLine('OS Build 20348.5139')).toBe(true);
    expect(isUpdateLine('docker pull x:10.0.20348.5139')).toBe(false);
  });
});

describe('the pickers find the release of a KB-style tag', () => {
  const model = loadModel();
  const images = model.images.map((image) => ({
    id: image.id,
    name: image.name,
    build: image.build,
    terms: [...image.tags, ...image.aliases],
  }));
  test.each([
    ['1809-KB4480116-amd64', 'servercore-ltsc2019'],
    ['ltsc2022-KB5033118', 'servercore-ltsc2022'],
    ['1709_KB4043961', 'servercore-1709'],
  ])('%s → %s', (query, id) => {
    expect(searchEntries(images, query).map((entry) => entry.id)).toContain(id);
  });
});

describe('no tag is claimed after the last serviced image of a build', () => {
  const model = loadModel();
  const spans = model.images.map((image) => ({
    build: image.build,
    from: image.available,
    until: image.support.extended?.[0]?.date ?? image.support.mainstream?.[0]?.date,
  }));
  const withSpans = encodeUpdates(catalogue, file.containers, file.revisions, '2026-08-12', spans);
  const factOf = (text: string) => answerUpdates(text, withSpans).items[0]?.facts[0];

  test('20H2 images ended in 2022: its 2023 client update has no image tag, its 2022 one does', () => {
    expect(factOf('19042.2965')?.tag).toBeUndefined();
    expect(factOf('19042.1586')?.tag).toEqual({
      tag: '10.0.19042.1586',
      status: 'expected',
      published: false,
    });
  });

  test('the release page rows follow the same spans', () => {
    const rows = updateRows(catalogue, file.containers, 19042, model.images);
    expect(rows.find((row) => row.revision === 2965)?.tag).toBeUndefined();
    expect(rows.find((row) => row.revision === 1586)?.tag).toBe('10.0.19042.1586');
  });
});

test('a Windows 11 24H2 revision after the split is answered with the nearest older image tag, not as its own', () => {
  const fact = first('26100.9168');
  expect(fact?.update.clientOnly).toBe(true);
  expect(fact?.tag?.status).toBe('nearest-older');
});

describe('build 26100 after the split: Windows 11 24H2 (26100.9xxx) and Windows Server 2025 (26100.3xxxx) are two lines', () => {
  test('each update counts the security releases behind on its own line and names it', () => {
    const client = first('26100.8875');
    expect(client?.securityBehind).toBe(1);
    expect(client?.newest?.kb).toBe('KB5121003');
    expect(client?.lineName).toBe('the client line, version 24H2 (26100.9xxx)');
    const server = first('26100.33158');
    expect(server?.securityBehind).toBe(1);
    expect(server?.newest?.kb).toBe('KB5120233');
    expect(server?.lineName).toBe('the Windows Server 2025 line (26100.3xxxx)');
  });

  test('a client update takes the server image of its month, not a revision below it from 2025', () => {
    expect(first('26100.9168')?.tag).toMatchObject({
      tag: '10.0.26100.33296',
      status: 'nearest-older',
      published: false,
    });
  });

  test('a Windows 11 24H2 host and an ltsc2025 image of the same month are fine', () => {
    const answer = answerUpdates('host: ver 10.0.26100.9168\nimage: 10.0.26100.33296', compact);
    expect(answer.comparison?.verdict).toBe('fine');
    expect(answer.comparison?.reason).toContain('compared by the update each is');
  });

  test('a Windows 11 24H2 host one month behind an ltsc2025 image needs the client KB of the image month; pin the server tag of the host month', () => {
    const answer = answerUpdates('host: ver 10.0.26100.8875\nimage: 10.0.26100.33296', compact);
    expect(answer.comparison).toMatchObject({
      verdict: 'may-fail',
      hostNeeds: { kb: 'KB5121003', revision: 9168 },
      pinTag: '10.0.26100.33158',
    });
    expect(answer.comparison?.host.line).toBe('client');
    expect(answer.comparison?.image.line).toBe('server');
  });

  test('a Windows Server 2025 host one month behind an ltsc2025 image needs the server KB', () => {
    const answer = answerUpdates('host: ver 10.0.26100.33158\nimage: 10.0.26100.33296', compact);
    expect(answer.comparison).toMatchObject({
      verdict: 'may-fail',
      hostNeeds: { kb: 'KB5120233' },
      pinTag: '10.0.26100.33158',
    });
  });
});

test('a revision newer than the newest known update says so, with the newest one and the list date', () => {
  const item = answerUpdates('10.0.20348.5600', compact).items[0];
  expect(item?.facts).toEqual([]);
  expect(item?.unknown).toBe(
    '10.0.20348.5600 is newer than the newest update we know of build 20348 (20348.5499, KB5120242, 2026-08-11): it is probably a later update, released after our list was taken (2026-08-12).',
  );
});

test('revisions the list lacks are still compared: 14393 host and image that differ fail', () => {
  const answer = answerUpdates('host: ver 10.0.14393.8000\nimage: 10.0.14393.7970', compact);
  expect(answer.comparison?.verdict).toBe('fails');
  expect(answer.comparison?.pinTag).toBeUndefined();
});

test('a KB-style tag of January 2019 names its build tag as published (a source shows 10.0.17763.253)', () => {
  expect(first('1809-KB4480116')?.tag).toEqual({
    tag: '10.0.17763.253',
    status: 'published',
    published: true,
  });
});
