import { describe, expect, test } from 'vitest';
import { isCurrentSection, withBase, withoutBase } from '../../src/lib/site/site';
import { cellPath, hostPath, imagePath, slugify } from '../../src/lib/knowledge/paths';

describe('withBase', () => {
  test.each([
    ['/', '/matrix/', '/matrix/'],
    ['/compat/', '/matrix/', '/compat/matrix/'],
    ['/compat', 'matrix/', '/compat/matrix/'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('withoutBase', () => {
  test('strips the deployment base so navigation can tell the current section', () => {
    expect(withoutBase('/compat/', '/compat/matrix/ws2019/')).toBe('/matrix/ws2019/');
    expect(withoutBase('/', '/matrix/')).toBe('/matrix/');
  });
});

describe('isCurrentSection', () => {
  test('marks the section of nested pages, not others', () => {
    expect(isCurrentSection('/matrix/', '/matrix/ws2019/servercore-ltsc2019/')).toBe(true);
    expect(isCurrentSection('/api/', '/announcements/')).toBe(false);
  });
});

describe('paths', () => {
  test('cell, host and image pages have stable, slash-terminated paths', () => {
    expect(cellPath('ws2019', 'servercore-ltsc2019')).toBe('/matrix/ws2019/servercore-ltsc2019/');
    expect(hostPath('win11-24h2')).toBe('/hosts/win11-24h2/');
    expect(imagePath('nanoserver-1809')).toBe('/images/nanoserver-1809/');
  });

  test('slugify turns what people type into URL segments', () => {
    expect(slugify('Win11 24H2')).toBe('win11-24h2');
    expect(slugify('  Windows Server, version 1709 ')).toBe('windows-server-version-1709');
    expect(slugify('<script>')).toBe('script');
  });
});
