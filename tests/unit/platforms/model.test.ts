import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/lib/model/model';
import { hostsOnDate, isMoving } from '../../../src/lib/platforms/platform-core';
import { platformSchema } from '../../../src/lib/platforms/platform-schema';
import type { Platform, PlatformVariant } from '../../../src/lib/platforms/platform-schema';
import {
  buildPlatforms,
  platformVerdict,
  upcomingChanges,
  platformChanges,
  variantLifecycle,
} from '../../../src/lib/platforms/platforms';
import { loadModel } from '../helpers/content';
import { loadPlatforms, loadPlatformsInput, rawPlatforms } from '../helpers/platforms';

function find(platforms: Platform[], platformId: string, variantId: string): [Platform, PlatformVariant] {
  const platform = platforms.find((p) => p.id === platformId);
  const variant = platform?.variants.find((v) => v.id === variantId);
  if (!platform || !variant) throw new Error(`no ${platformId}/${variantId} in content/platforms`);
  return [platform, variant];
}

/** A deep copy of one real platform file's YAML, changed by `edit`. */
function editedRaw(platformId: string, edit: (raw: Record<string, unknown>) => void): unknown {
  const entry = rawPlatforms().find(({ file }) => file.endsWith(`/${platformId}.yaml`));
  if (!entry) throw new Error(`no content/platforms/${platformId}.yaml`);
  const copy = structuredClone(entry.raw) as Record<string, unknown>;
  edit(copy);
  return copy;
}

function firstVariant(raw: Record<string, unknown>): Record<string, unknown> {
  const variants = raw['variants'] as Record<string, unknown>[];
  const first = variants[0];
  if (!first) throw new Error('no variant');
  return first;
}

describe('the real platform files', () => {
  test('validate, reference known hosts and dated sources, and sort CI first', () => {
    const platforms = loadPlatforms();
    expect(platforms.length).toBeGreaterThanOrEqual(2);
    expect(platforms[0]?.kind).toBe('ci');
  });

  test('every example of a variant is recognised by that variant and no other', () => {
    const compiled = loadPlatforms().flatMap((platform) =>
      platform.variants.map((variant) => ({
        key: `${platform.id}/${variant.id}`,
        variant,
        patterns: variant.match.map((source) => new RegExp(source, 'i')),
      })),
    );
    for (const own of compiled)
      for (const example of own.variant.writtenAs) {
        const claimedBy = compiled.filter((other) => other.patterns.some((p) => p.test(example.text)));
        expect(
          claimedBy.map((c) => c.key),
          example.text,
        ).toEqual([own.key]);
      }
  });
});

describe('a platform fact that loses its source or date fails', () => {
  test('a host entry without sources fails the schema, naming the field', () => {
    const raw = editedRaw('aks', (copy) => {
      const hosts = firstVariant(copy)['hosts'] as Record<string, unknown>[];
      if (hosts[0]) hosts[0]['sources'] = [];
    });
    const result = platformSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['variants', 0, 'hosts', 0, 'sources']);
    expect(result.error?.issues[0]?.message).toMatch(/at least one source key/);
  });

  test('a lifecycle date without its date fails the schema', () => {
    const raw = editedRaw('aks', (copy) => {
      const variants = copy['variants'] as Record<string, unknown>[];
      const withRetired = variants.find(
        (v) => (v['lifecycle'] as Record<string, unknown> | undefined)?.['retired'],
      );
      const retired = (withRetired?.['lifecycle'] as Record<string, Record<string, unknown>>)['retired'];
      if (retired) delete retired['date'];
    });
    const result = platformSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.slice(-3)).toEqual(['lifecycle', 'retired', 'date']);
  });

  test('a cited source without a date fails the build, naming file and field', () => {
    const input = loadPlatformsInput();
    const sources = new Map(input.sources);
    const key = input.platforms[0]?.data.sources[0] ?? '';
    const source = sources.get(key);
    if (!source) throw new Error('no source');
    sources.set(key, { ...source, date: undefined });
    const run = () => buildPlatforms({ ...input, sources });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(
      /content\/platforms\/[a-z-]+\.yaml: field "[^"]*sources": expected source "[^"]+" to carry a date/,
    );
  });

  test('an unknown source key fails the build', () => {
    const input = loadPlatformsInput();
    const [first, ...rest] = input.platforms;
    if (!first) throw new Error('no platform');
    const broken = { ...first, data: { ...first.data, sources: ['NO-SUCH-SOURCE'] } };
    expect(() => buildPlatforms({ ...input, platforms: [broken, ...rest] })).toThrow(
      /field "sources": expected a key of content\/sources.yaml, but "NO-SUCH-SOURCE" is none/,
    );
  });
});

describe('what the build checks besides sources', () => {
  test('an unknown host id fails, naming the variant and host entry', () => {
    const input = loadPlatformsInput();
    const [first, ...rest] = input.platforms;
    if (!first) throw new Error('no platform');
    const variants = first.data.variants.map((variant, index) =>
      index === 0 ? { ...variant, hosts: [{ host: 'ws2099', sources: ['AKS-REL'] }] } : variant,
    );
    const broken = { ...first, data: { ...first.data, variants } };
    expect(() => buildPlatforms({ ...input, platforms: [broken, ...rest] })).toThrow(
      /field "variants\[0\]\.hosts\[0\]\.host": expected a host id of content\/hosts\/, but "ws2099" is none/,
    );
  });

  test('an example that another variant also recognises fails, naming both', () => {
    const input = loadPlatformsInput();
    const platforms = input.platforms.map((entry) =>
      entry.data.id !== 'aks'
        ? entry
        : {
            ...entry,
            data: {
              ...entry.data,
              variants: entry.data.variants.map((variant, index) =>
                index === 0
                  ? {
                      ...variant,
                      writtenAs: [
                        ...variant.writtenAs,
                        {
                          form: 'other' as const,
                          text: 'runs-on: windows-latest # os-sku Windows2025',
                          sources: entry.data.sources,
                        },
                      ],
                    }
                  : variant,
              ),
            },
          },
    );
    expect(() => buildPlatforms({ ...input, platforms })).toThrow(/github-actions\/windows-latest's pattern/);
  });

  test('an example its own patterns do not match fails the schema', () => {
    const raw = editedRaw('aks', (copy) => {
      const written = firstVariant(copy)['writtenAs'] as Record<string, unknown>[];
      written.push({ form: 'other', text: 'something else entirely', sources: ['AKS-REL'] });
    });
    const result = platformSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/"match" patterns to match "something else entirely"/);
  });

  test('"from" after "to" and lifecycle dates out of order fail the schema', () => {
    const raw = editedRaw('aks', (copy) => {
      const variant = firstVariant(copy);
      variant['hosts'] = [{ host: 'ws2025', from: '2030-01-01', to: '2029-01-01', sources: ['AKS-REL'] }];
      variant['lifecycle'] = {
        retired: { date: '2030-01-01', sources: ['AKS-REL'] },
        removed: { date: '2029-01-01', sources: ['AKS-REL'] },
      };
    });
    const messages = platformSchema.safeParse(raw).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('expected "from" to be earlier than "to"');
    expect(messages).toContain('expected removed (2029-01-01) on or after retired (2030-01-01)');
  });

  test('an invalid regular expression fails the schema with the engine message', () => {
    const raw = editedRaw('aks', (copy) => {
      firstVariant(copy)['match'] = ['(unclosed'];
    });
    expect(platformSchema.safeParse(raw).error?.issues[0]?.message).toMatch(
      /expected a JavaScript regular expression/,
    );
  });
});

describe('moving labels, verdicts and whose date wins', () => {
  const platforms = loadPlatforms();
  const model = loadModel();

  test('windows-latest gives ws2022 before September 2025, ws2025 after, both during the rollout', () => {
    const [, latest] = find(platforms, 'github-actions', 'windows-latest');
    expect(isMoving(latest.hosts)).toBe(true);
    expect(hostsOnDate(latest.hosts, '2025-08-31').map((h) => h.host)).toEqual(['ws2022']);
    expect(hostsOnDate(latest.hosts, '2025-09-10').map((h) => h.host)).toEqual(['ws2022', 'ws2025']);
    expect(hostsOnDate(latest.hosts, '2025-10-01').map((h) => h.host)).toEqual(['ws2025']);
  });

  test("AKS Windows2022: AKS's 2028 retirement wins over the OS's later date and says so", () => {
    const [aks, variant] = find(platforms, 'aks', 'windows2022');
    const life = variantLifecycle(aks, variant, model.hostsById.get('ws2022') ?? fail(), '2026-12-03');
    expect(life.decidedBy).toBe('platform');
    expect(life.date).toBe('2028-06-30');
    expect(life.ended).toBe(false);
    expect(life.label).toMatch(/AKS's date, earlier than the OS's/);
  });

  test('AKS Windows2019 is retired by AKS while Windows Server 2019 itself is still supported', () => {
    const [aks, variant] = find(platforms, 'aks', 'windows2019');
    const host = model.hostsById.get('ws2019') ?? fail();
    const life = variantLifecycle(aks, variant, host, '2026-12-03');
    expect(life).toMatchObject({ decidedBy: 'platform', date: '2026-03-01', ended: true });
    expect(life.osEnd && life.osEnd > '2026-12-03').toBe(true);
  });

  test('a variant without a platform end follows the OS and says so', () => {
    const [gh, variant] = find(platforms, 'github-actions', 'windows-2025');
    const life = variantLifecycle(gh, variant, model.hostsById.get('ws2025') ?? fail(), '2026-12-03');
    expect(life.decidedBy).toBe('os');
    expect(life.label).toMatch(/the OS's date/);
  });

  test('a cell that runs only with Hyper-V isolation does not run where the platform forbids it', () => {
    const [aks, variant] = find(platforms, 'aks', 'windows2022');
    const cell = model.cell('ws2022', 'servercore-ltsc2019').verdict;
    expect(cell.hyperv.verdict).not.toBe('unsupported');
    const answer = platformVerdict(aks, variant, cell);
    expect(answer.verdict).toBe('unsupported');
    expect(answer.isolation).toBeNull();
    expect(answer.hyperv).toMatchObject({ allowed: false, verdict: 'unsupported' });
    expect(answer.hyperv.reason).toMatch(/AKS does not offer Hyper-V isolation/);
  });

  test('a matching image keeps its process-isolation verdict on the platform', () => {
    const [aks, variant] = find(platforms, 'aks', 'windows2022');
    const answer = platformVerdict(aks, variant, model.cell('ws2022', 'servercore-ltsc2022').verdict);
    expect(answer).toMatchObject({ verdict: 'supported', isolation: 'process' });
  });

  test('upcoming changes keep the future ones only (the day itself included), in date order', () => {
    const changes = [
      { date: '2025-01-01', text: 'past', sources: ['X'], variantId: 'a' },
      { date: '2026-12-03', text: 'today', sources: ['X'], variantId: 'a' },
      { date: '2028-06-30', text: 'later', sources: ['X'], variantId: 'b' },
    ];
    expect(upcomingChanges(changes, '2026-12-03').map((c) => c.text)).toEqual(['today', 'later']);
    const [aks] = find(platforms, 'aks', 'windows2022');
    const dates = platformChanges(aks).map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
  });
});

function fail(): never {
  throw new Error('missing host');
}
