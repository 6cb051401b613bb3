import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { THEME_SCRIPT, THEME_TOGGLE_SCRIPT, scriptHash } from '../../src/lib/site/csp';

describe('scriptHash', () => {
  test('is the base64 SHA-256 of the exact script text, as CSP expects', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`sha256-${expected}`);
  });

  test('changes with a single character, so an edited script must be re-hashed', () => {
    expect(scriptHash(THEME_SCRIPT)).not.toBe(scriptHash(`${THEME_SCRIPT} `));
    expect(scriptHash(THEME_TOGGLE_SCRIPT)).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
