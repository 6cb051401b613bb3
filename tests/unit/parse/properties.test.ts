import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { identify, parseDockerfile, parseHostText, parseImageReference } from '../../../src/lib/readers';
import { catalog } from './fixture-catalog';

// Pieces of real input, so random strings reach the interesting code paths and not only the "junk" exit.
const FRAGMENTS = [
  'FROM',
  'ARG TAG=',
  'AS build',
  '--platform=windows/amd64',
  'mcr.microsoft.com/windows/servercore',
  'mcr.microsoft.com/windows/nanoserver',
  'microsoft/windowsservercore',
  'windows/server',
  '/insider',
  ':ltsc2022',
  ':1809',
  ':20h2',
  ':latest',
  '-amd64',
  '_arm64',
  '-KB4480116',
  '_KB4043961',
  '@sha256:',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  '10.0.17763.5458',
  '10.0.1776',
  '26100',
  '99999',
  '${TAG:-1809}',
  '$TAG',
  'Microsoft Windows [Version 10.0.20348.2113]',
  'Version 22H2 (OS Build 19045.3803)',
  'OS Name: Microsoft Windows Server 2022 Datacenter',
  'Kernel Version: 10.0 17763 (17763.1.amd64fre.rs5_release.180914-1434)',
  'Default Isolation: hyperv',
  'node.kubernetes.io/windows-build=10.0.17763',
  'runs-on: windows-latest',
  '0xc0370101',
  'no matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
  'a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
  'manifest for mcr.microsoft.com/windows/servercore:latest not found',
  '# escape=`',
  '`',
  '\\',
];

const SEPARATORS = ['', ' ', '\n', '\r\n', ':', '/', '@', '{', '}', '"', '\t'];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 16 })
    .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join('')),
);

const RUNS = { numRuns: 300 };

describe('properties: every parser, any string', () => {
  test('parseImageReference never throws, is deterministic and always answers', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = parseImageReference(input, catalog);
        expect(parseImageReference(input, catalog)).toEqual(first);
        expect(Array.isArray(first.understood) && Array.isArray(first.problems)).toBe(true);
        expect(['yes', 'no', 'unknown']).toContain(first.exists);
        // A "yes" always names the image; a "no" always says why.
        if (first.exists === 'yes') expect(first.images.length).toBeGreaterThan(0);
        if (first.exists === 'no') expect(typeof first.reason).toBe('string');
        if (first.image !== undefined) expect(first.images).toEqual([first.image]);
      }),
      RUNS,
    );
  });

  test('parseHostText never throws, is deterministic and keeps its invariants', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = parseHostText(input, catalog);
        expect(parseHostText(input, catalog)).toEqual(first);
        expect(Array.isArray(first.understood) && Array.isArray(first.problems)).toBe(true);
        if (first.askHostOrContainer) expect(first.context).toBe('unknown');
        if (first.build !== undefined) expect(first.builds[0]).toBe(first.build);
        if (first.builds.length > 0) {
          for (const host of first.hostCandidates) expect(first.builds).toContain(host.build);
        }
      }),
      RUNS,
    );
  });

  test('parseDockerfile never throws, is deterministic and stages are consistent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = parseDockerfile(input, catalog);
        expect(parseDockerfile(input, catalog)).toEqual(first);
        expect(Array.isArray(first.understood) && Array.isArray(first.problems)).toBe(true);
        expect(first.isDockerfile).toBe(first.stages.length > 0);
        for (const stage of first.stages) {
          if (stage.kind === 'stage') expect(stage.stageRef).toBeLessThan(stage.index);
          if (stage.kind === 'unresolved') expect(stage.reference).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  test('identify never throws, is deterministic and bounded', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = identify(input, catalog);
        expect(identify(input, catalog)).toEqual(first);
        expect(Array.isArray(first.understood) && Array.isArray(first.problems)).toBe(true);
        expect(Array.isArray(first.notUnderstood)).toBe(true);
        expect(first.notUnderstood.length).toBeLessThanOrEqual(50);
        expect(first.notUnderstoodCount).toBeGreaterThanOrEqual(first.notUnderstood.length);
      }),
      RUNS,
    );
  });

  test('non-string input from untyped callers does not throw', () => {
    const junk = [undefined, null, 42, {}, []] as unknown as string[];
    for (const value of junk) {
      expect(() => identify(value, catalog)).not.toThrow();
      expect(() => parseImageReference(value, catalog)).not.toThrow();
      expect(() => parseHostText(value, catalog)).not.toThrow();
      expect(() => parseDockerfile(value, catalog)).not.toThrow();
    }
  });
});
