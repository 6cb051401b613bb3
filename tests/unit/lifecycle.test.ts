import { describe, expect, test } from 'vitest';
import {
  hostLifecycle,
  imageLifecycle,
  isRetired,
  lifecycle,
  releaseLifecycle,
} from '../../src/lib/knowledge/lifecycle';
import { loadModel } from './helpers/content';

const support = {
  mainstream: [{ date: '2024-01-09', sources: ['LC'] }],
  extended: [{ date: '2029-01-09', sources: ['LC'] }],
};

describe('lifecycle', () => {
  test('supported before the mainstream end', () => {
    expect(lifecycle(support, '2023-06-01')).toMatchObject({
      state: 'supported',
      label: 'Supported until 2024-01-09',
    });
  });

  test('extended between the two dates', () => {
    expect(lifecycle(support, '2026-11-23')).toMatchObject({ state: 'extended', retires: '2029-01-09' });
  });

  test('ended after the last date, and the end day itself still counts as supported', () => {
    expect(lifecycle(support, '2029-01-10').state).toBe('ended');
    expect(lifecycle(support, '2029-01-09').state).toBe('extended');
    expect(isRetired(support, '2030-01-01')).toBe(true);
  });

  test('unknown without dates, disputed when sources give two', () => {
    expect(lifecycle({}, '2026-01-01').state).toBe('unknown');
    const twoReadings = {
      mainstream: [
        { date: '2029-10-09', sources: ['LC'] },
        { date: '2029-11-13', sources: ['DFG'] },
      ],
    };
    expect(lifecycle(twoReadings, '2026-01-01').disputed).toBe(true);
  });
});

describe('lifecycle of client editions', () => {
  test('different dates for different editions are not a dispute', () => {
    const editions = {
      mainstream: [
        { date: '2021-05-11', sources: ['DFG'], edition: 'Enterprise and Education' },
        { date: '2020-11-10', sources: ['DFG'], edition: 'Home and Pro' },
      ],
    };
    expect(lifecycle(editions, '2020-12-01')).toMatchObject({ disputed: false, state: 'supported' });
  });
});

describe('per-edition lifecycle (API and pages)', () => {
  const ga = {
    mainstream: [
      { date: '2021-05-11', sources: ['EOL-WIN'], edition: 'Enterprise and Education' },
      { date: '2020-11-10', sources: ['EOL-WIN'], edition: 'Home and Pro' },
    ],
  };
  const ltsc = {
    id: 'enterprise-ltsc-2019',
    name: 'Windows 10 Enterprise LTSC 2019',
    released: '2018-11-13',
    sources: ['EOL-WIN'],
    support: {
      mainstream: [{ date: '2024-01-09', sources: ['EOL-WIN'] }],
      extended: [{ date: '2029-01-09', sources: ['EOL-WIN'] }],
    },
  };

  test('one entry per edition label and per long-term edition, each with its own state', () => {
    const life = releaseLifecycle(
      { released: '2018-11-13', releaseSources: ['EOL-WIN'], support: ga, editions: [ltsc] },
      '2026-11-30',
    );
    expect(life.entries.map((entry) => [entry.edition, entry.state])).toEqual([
      ['Enterprise and Education', 'ended'],
      ['Home and Pro', 'ended'],
      ['Windows 10 Enterprise LTSC 2019', 'extended'],
    ]);
    // A release is not out of support while one of its editions still gets updates.
    expect(life.state).toBe('extended');
    expect(life.label).toBe('Security fixes only, until 2029-01-09 (Windows 10 Enterprise LTSC 2019)');
  });

  test('a client release has one servicing end: active and security support end together', () => {
    const [entry] = releaseLifecycle(
      {
        released: null,
        releaseSources: [],
        support: { mainstream: [{ date: '2025-10-14', sources: ['X'] }] },
      },
      '2026-01-01',
    ).entries;
    expect(entry?.activeSupportEnd).toEqual({ date: '2025-10-14', sources: ['X'] });
    expect(entry?.securitySupportEnd).toEqual({ date: '2025-10-14', sources: ['X'] });
    expect(entry?.release).toBeNull();
  });

  test('paid security updates are named while they last', () => {
    const support = {
      mainstream: [{ date: '2025-10-14', sources: ['X'] }],
      esu: [{ date: '2028-10-10', sources: ['X'] }],
    };
    const subject = { released: '2022-10-18', releaseSources: ['X'], support };
    expect(releaseLifecycle(subject, '2026-11-30').label).toBe(
      'Out of support since 2025-10-14; paid security updates until 2028-10-10',
    );
    expect(releaseLifecycle(subject, '2028-10-11').label).toBe('Out of support since 2025-10-14');
  });

  test('every real host and image has a lifecycle whose dates name their sources', () => {
    const model = loadModel();
    for (const host of model.hosts) {
      for (const entry of hostLifecycle(host, model.today).entries) {
        for (const fact of [entry.release, entry.activeSupportEnd, entry.securitySupportEnd]) {
          if (fact) expect(fact.sources.length, host.id).toBeGreaterThan(0);
        }
      }
    }
    for (const image of model.images) {
      expect(imageLifecycle(image, model.today).entries.length, image.id).toBeGreaterThan(0);
    }
  });
});
