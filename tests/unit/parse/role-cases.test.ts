/**
 * Roles from words, per class of text (see `role-cases.ts`), on the real content: which build is the host's,
 * which the image's, both revisions and whether they differ, and that a threshold never becomes the host.
 */
import { describe, expect, test } from 'vitest';
import { islandCatalog } from '../../../src/lib/site/island-catalog';
import { identify } from '../../../src/lib/readers';
import { describeRevisions, parseHostText } from '../../../src/lib/readers/host-text';
import { loadModel } from '../helpers/content';
import { ROLE_CLASSES, roleList } from './role-cases';

const catalog = islandCatalog(loadModel());

describe.each(Object.entries(ROLE_CLASSES))('roles from words: %s', (_kind, cases) => {
  test.each(cases)('$name', (c) => {
    const result = parseHostText(c.text, catalog);
    expect(roleList(result.roleBuilds)).toEqual(c.roles);
    if (c.hostBuild === null) {
      expect(result.build).toBeUndefined();
      expect(result.hostCandidates).toEqual([]);
      expect(identify(c.text, catalog).hostCandidates).toEqual([]);
    } else expect(result.build).toBe(c.hostBuild);
    expect(result.revision).toBe(c.hostRevision);
    expect(result.imageBuild).toBe(c.imageBuild);
    expect(result.imageRevision).toBe(c.imageRevision);
    expect(result.revisionsDiffer).toBe(c.revisionsDiffer);
  });
});

describe('both revisions in the answer', () => {
  test('same build, different update levels', () => {
    const result = parseHostText('the runner is 10.0.26100.2894 while the image is 10.0.26100.3194', catalog);
    expect(describeRevisions(result)).toBe(
      'Host 10.0.26100.2894, image 10.0.26100.3194: same build, different update levels.',
    );
  });

  test('same build and update level', () => {
    const text =
      'Container OS Version: 10.0.17763.805 (ltsc2019)\nHost OS Version: 10.0.17763.805 (ltsc2019)';
    const result = parseHostText(text, catalog);
    expect(result.revisionsDiffer).toBe(false);
    expect(describeRevisions(result)).toBe(
      'Host and image are both 10.0.17763.805: same build and update level.',
    );
  });

  test('no line when only one side has a revision', () => {
    const result = parseHostText(
      'a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
      catalog,
    );
    expect(describeRevisions(result)).toBeUndefined();
  });
});

describe('a told role beats a guess', () => {
  test('a labelled container build is not the host, even after ver output', () => {
    const text = [
      'Microsoft Windows [Version 10.0.17763.2114]',
      'Container OS Version: 10.0.17763.2114 (ltsc2019)',
      'Host OS Version: 10.0.20348.1547 (ltsc2022)',
    ].join('\n');
    const result = parseHostText(text, catalog);
    expect(result.build).toBe(20348);
    expect(result.imageBuild).toBe(17763);
  });

  test('a ceiling without ceiling words is still no machine', () => {
    const result = parseHostText('os.version: 10.0.17763.9999', catalog);
    expect(result.build).toBeUndefined();
  });

  test('a year next to "host" is not a release label', () => {
    const result = parseHostText('our Windows Server 2019 host cannot run the 2022 image', catalog);
    expect(result.hostCandidates.map((h) => h.id)).toEqual(['ws2019']);
    expect(result.roleBuilds).toEqual([]);
  });
});
