import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../../src/lib/readers/dockerfile';
import { catalog, ids } from './fixture-catalog';

const parse = (text: string, buildArgs?: Record<string, string>) =>
  parseDockerfile(text, catalog, buildArgs === undefined ? {} : { buildArgs });

describe('parseDockerfile', () => {
  test('a single FROM', () => {
    const result = parse('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n');
    expect(result.isDockerfile).toBe(true);
    expect(result.stages).toHaveLength(1);
    expect(result.stages[0]).toMatchObject({ kind: 'image', line: 1 });
    expect(ids(result.finalImage?.images ?? [])).toEqual(['servercore-ltsc2022']);
  });

  test('multi-stage: named stages, a stage used as base, --platform', () => {
    const text = [
      'FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019 AS build',
      'WORKDIR /app',
      'FROM build AS publish',
      'RUN msbuild /p:Configuration=Release',
      'FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2019 AS final',
      'COPY --from=publish /app /app',
    ].join('\n');
    const result = parse(text);
    expect(result.stages.map((s) => s.kind)).toEqual(['image', 'stage', 'image']);
    expect(result.stages[1]).toMatchObject({ stageRef: 0, name: 'publish' });
    expect(result.stages[2]).toMatchObject({ platform: 'windows/amd64', name: 'final' });
    expect(ids(result.stages[0]?.reference?.images ?? [])).toEqual(['servercore-ltsc2019']);
    expect(result.finalStage).toBe(2);
    expect(ids(result.finalImage?.images ?? [])).toEqual(['servercore-ltsc2019']);
  });

  test('the final image follows FROM <stage> links back to an image', () => {
    const result = parse('FROM mcr.microsoft.com/windows/nanoserver:1809 AS base\nFROM base\n');
    expect(result.stages[1]?.kind).toBe('stage');
    expect(ids(result.finalImage?.images ?? [])).toEqual(['nanoserver-1809']);
  });

  test('stage names are case-insensitive', () => {
    const result = parse('FROM mcr.microsoft.com/windows/nanoserver:1809 AS Builder\nFROM builder\n');
    expect(result.stages[1]?.kind).toBe('stage');
  });

  test('ARG defaults in ${VAR}, $VAR and ${VAR:-default}', () => {
    const text = [
      'ARG REGISTRY=mcr.microsoft.com',
      'ARG TAG="ltsc2022"',
      'FROM ${REGISTRY}/windows/servercore:${TAG}',
      'FROM $REGISTRY/windows/nanoserver:$TAG',
      'FROM mcr.microsoft.com/windows/server:${SERVER_TAG:-ltsc2025}',
    ].join('\n');
    const result = parse(text);
    expect(result.stages.map((s) => s.resolved)).toEqual([
      'mcr.microsoft.com/windows/servercore:ltsc2022',
      'mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'mcr.microsoft.com/windows/server:ltsc2025',
    ]);
    expect(result.unresolvedArgs).toEqual([]);
    expect(result.args).toEqual([
      { name: 'REGISTRY', value: 'mcr.microsoft.com', line: 1, global: true },
      { name: 'TAG', value: 'ltsc2022', line: 2, global: true },
    ]);
  });

  test('an ARG without a default is reported, with the family it still shows', () => {
    const result = parse(
      'ARG WINDOWS_VERSION\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\n',
    );
    expect(result.stages[0]).toMatchObject({
      kind: 'unresolved',
      family: 'servercore',
      unresolvedArgs: ['WINDOWS_VERSION'],
    });
    expect(result.unresolvedArgs).toEqual(['WINDOWS_VERSION']);
    expect(result.problems.join(' ')).toMatch(/WINDOWS_VERSION has no value/);
  });

  test('build arguments fill in missing defaults', () => {
    const result = parse(
      'ARG WINDOWS_VERSION\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\n',
      {
        WINDOWS_VERSION: '1809',
      },
    );
    expect(ids(result.finalImage?.images ?? [])).toEqual(['servercore-ltsc2019']);
  });

  test('an ARG declared after the first FROM cannot be used in FROM', () => {
    const result = parse(
      'FROM mcr.microsoft.com/windows/nanoserver:1809\nARG TAG=ltsc2022\nFROM mcr.microsoft.com/windows/nanoserver:$TAG\n',
    );
    expect(result.stages[1]?.kind).toBe('unresolved');
    expect(result.problems.join(' ')).toMatch(/after the first FROM/);
  });

  test('line continuations and comments, with the backtick escape', () => {
    const text = [
      '# escape=`',
      '# syntax=docker/dockerfile:1',
      'FROM `',
      '  mcr.microsoft.com/windows/servercore:ltsc2019 `',
      '  AS base',
      '# a comment',
      'RUN powershell -Command `',
      '    # comment inside the continuation',
      '    Write-Host hello',
      'WORKDIR C:\\app',
    ].join('\n');
    const result = parse(text);
    expect(result.escapeChar).toBe('`');
    expect(result.stages).toHaveLength(1);
    expect(result.stages[0]).toMatchObject({ name: 'base', line: 3 });
    expect(ids(result.finalImage?.images ?? [])).toEqual(['servercore-ltsc2019']);
    expect(result.usedLines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('backslash continuation (default escape)', () => {
    const result = parse('FROM \\\n  mcr.microsoft.com/windows/nanoserver:ltsc2022\n');
    expect(ids(result.finalImage?.images ?? [])).toEqual(['nanoserver-ltsc2022']);
  });

  test('FROM scratch is not a Windows base image', () => {
    const result = parse('FROM scratch\n');
    expect(result.stages[0]?.kind).toBe('scratch');
    expect(result.finalImage).toBeUndefined();
  });

  test('a base image that does not exist is flagged through the reference', () => {
    const result = parse('FROM mcr.microsoft.com/windows:ltsc2022\n');
    expect(result.finalImage?.exists).toBe('no');
    expect(result.finalImage?.suggestion).toBe('mcr.microsoft.com/windows/server:ltsc2022');
  });

  test('a Linux platform flag is reported', () => {
    const result = parse('FROM --platform=linux/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n');
    expect(result.problems.join(' ')).toMatch(/Linux platform/);
  });

  test('BuildKit platform variables are not reported as missing', () => {
    const result = parse('FROM --platform=$BUILDPLATFORM mcr.microsoft.com/windows/nanoserver:ltsc2022\n');
    expect(result.unresolvedArgs).toEqual([]);
    expect(result.stages[0]?.kind).toBe('image');
  });

  test('--platform=windows/arm64 on an image without arm64', () => {
    const result = parse('FROM --platform=windows/arm64 mcr.microsoft.com/windows/server:ltsc2025\n');
    expect(result.problems.join(' ')).toMatch(/arm64/);
  });

  test('a misspelt FROM', () => {
    const result = parse(
      'FORM mcr.microsoft.com/windows/servercore:ltsc2022\nFROM mcr.microsoft.com/windows/nanoserver:1809\n',
    );
    expect(result.stages).toHaveLength(1);
    expect(result.problems.join(' ')).toMatch(/FORM is not an instruction; did you mean FROM/);
  });

  test('text without FROM is not a Dockerfile', () => {
    const result = parse('RUN echo hi\n');
    expect(result.isDockerfile).toBe(false);
    expect(result.problems.join(' ')).toMatch(/No FROM/);
  });

  test('heredoc bodies are skipped', () => {
    const result = parse('FROM mcr.microsoft.com/windows/nanoserver:1809\nRUN <<EOF\nFROM nothing\nEOF\n');
    expect(result.stages).toHaveLength(1);
  });

  test('a trailing continuation is reported', () => {
    const result = parse('FROM mcr.microsoft.com/windows/nanoserver:1809 \\');
    expect(result.stages).toHaveLength(1);
    expect(result.problems.join(' ')).toMatch(/line continuation/);
  });
});
