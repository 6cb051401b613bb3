import { describe, expect, test } from 'vitest';
import {
  aliasMap,
  aliasTable,
  editDistance,
  resolveSegment,
  suggestForPath,
} from '../../src/lib/site/aliases';
import { loadModel } from './helpers/content';

const table = aliasTable(loadModel());

describe('aliasTable', () => {
  test('maps a second floating tag to the image it names', () => {
    expect(table.images['servercore-1809']).toBe('servercore-ltsc2019');
    expect(table.images['servercore-2009']).toBe('servercore-20h2');
  });

  test('maps unique host names and aliases, but not names shared by several hosts', () => {
    expect(table.hosts['windows-server-2019']).toBe('ws2019');
    expect(table.hosts['rs1']).toBeUndefined(); // Windows 10 1607 and Windows Server 2016 share it
    expect(table.hosts['1809']).toBeUndefined();
  });

  test('never maps an id to another entry', () => {
    expect(
      aliasMap([
        { id: 'a', terms: ['b'] },
        { id: 'b', terms: [] },
      ]),
    ).toEqual({});
  });
});

describe('suggestForPath', () => {
  test('resolves an aliased cell to the canonical one', () => {
    expect(suggestForPath('/matrix/ws2019/servercore-1809/', table).resolved).toBe(
      '/matrix/ws2019/servercore-ltsc2019/',
    );
    expect(suggestForPath('/matrix/windows-server-2022/servercore-ltsc2022/', table).resolved).toBe(
      '/matrix/ws2022/servercore-ltsc2022/',
    );
  });

  test('suggests the nearest cells for a typo', () => {
    const { resolved, suggestions } = suggestForPath('/matrix/ws2091/servercore-ltsc2202/', table);
    expect(resolved).toBeNull();
    expect(suggestions.map(([path]) => path)).toContain('/matrix/ws2019/servercore-ltsc2022/');
  });

  test('suggests hosts and images for their own pages', () => {
    expect(suggestForPath('/hosts/windows-2025/', table).resolved).toBe('/hosts/ws2025/');
    expect(suggestForPath('/images/nanoserver-ltsc2016/', table).suggestions.map(([p]) => p)).toContain(
      '/images/nanoserver-sac2016/',
    );
  });

  test('hostile or unrelated paths give no resolution and never throw', () => {
    expect(suggestForPath('/matrix/%E0%A4%A/<script>/', table).resolved).toBeNull();
    expect(suggestForPath('/elsewhere/', table)).toEqual({ resolved: null, suggestions: [] });
    expect(() => suggestForPath(`/matrix/${'x'.repeat(100_000)}/y/`, table)).not.toThrow();
  });
});

describe('resolveSegment and editDistance', () => {
  test('decode and slugify what is in the URL', () => {
    expect(resolveSegment('Windows%20Server%202019', ['ws2019'], table.hosts)).toBe('ws2019');
  });
  test('count edits', () => {
    expect(editDistance('ws2091', 'ws2019')).toBe(1);
    expect(editDistance('ltsc2202', 'ltsc2022')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('tagAliases', () => {
  test('only second floating tags become cell aliases', async () => {
    const { tagAliases } = await import('../../src/lib/site/aliases');
    const aliases = tagAliases(loadModel().images);
    expect(aliases).toMatchObject({
      'servercore-1809': 'servercore-ltsc2019',
      'servercore-2009': 'servercore-20h2',
    });
    expect(Object.keys(aliases).length).toBeLessThan(10);
  });
});
