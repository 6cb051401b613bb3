import { describe, expect, test } from 'vitest';
import { isRetired, lifecycle } from '../../src/lib/lifecycle';

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
