import { describe, expect, test } from 'vitest';
import { buildModel, ContentError } from '../../src/lib/model/model';
import type { ModelInput } from '../../src/lib/model/model';
import { hostSchema } from '../../src/lib/knowledge/schema';
import { loadModelInput } from './helpers/content';

function withChange(change: (input: ModelInput) => ModelInput): () => void {
  return () => buildModel(change(loadModelInput()));
}

describe('buildModel', () => {
  test('builds one cell per host × image from the real content', () => {
    const input = loadModelInput();
    const model = buildModel(input);
    expect(model.hosts).toHaveLength(input.hosts.length);
    expect(model.cell('ws2022', 'servercore-ltsc2022').path).toBe('/matrix/ws2022/servercore-ltsc2022/');
  });

  test('orders hosts by group (LTSC, SAC, Windows 11, Windows 10), newest first', () => {
    const model = buildModel(loadModelInput());
    expect(model.hosts[0]?.id).toBe('ws2025');
    const groups = model.hosts.map((host) => host.group);
    expect(groups.indexOf('windows-10')).toBeGreaterThan(groups.lastIndexOf('windows-11'));
  });

  test('rejects a duplicate host id, naming both files', () => {
    const run = withChange((input) => {
      const first = input.hosts[0];
      if (!first) throw new Error('no hosts');
      return { ...input, hosts: [...input.hosts, { file: 'content/hosts/copy.yaml', data: first.data }] };
    });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/content\/hosts\/copy\.yaml: field "id": expected a unique host id/);
  });

  test('rejects an id that differs from its file name', () => {
    const run = withChange((input) => ({
      ...input,
      hosts: input.hosts.map((entry, i) =>
        i === 0 ? { ...entry, data: { ...entry.data, id: 'renamed' } } : entry,
      ),
    }));
    expect(run).toThrow(/field "id": expected the id to equal the file name/);
  });

  test('rejects an unknown source key, naming the file and the field path', () => {
    const run = withChange((input) => ({
      ...input,
      images: input.images.map((entry) =>
        entry.data.id === 'servercore-ltsc2022'
          ? { ...entry, data: { ...entry.data, sources: ['NOPE'] } }
          : entry,
      ),
    }));
    expect(run).toThrow(/content\/images\/servercore-ltsc2022\.yaml: field "sources\[0\]": .*"NOPE"/);
  });

  test('rejects an exception that names an unknown host', () => {
    const run = withChange((input) => ({
      ...input,
      exceptions: input.exceptions.map((entry, i) =>
        i === 0 ? { ...entry, data: { ...entry.data, when: { hosts: ['ws2099'] } } } : entry,
      ),
    }));
    expect(run).toThrow(
      /content\/exceptions\.yaml: field ".*when\.hosts\[0\]": expected a host id .*"ws2099"/,
    );
  });

  test('rejects a cell left "unknown" without a note (an image without a real verdict)', () => {
    const run = withChange((input) => ({
      ...input,
      exceptions: [
        ...input.exceptions,
        {
          file: 'content/exceptions.yaml',
          data: {
            id: 'gap',
            title: 'A gap',
            when: { images: ['servercore-ltsc2022'], hosts: ['ws2022'] },
            process: { verdict: 'unknown' as const, reason: 'We do not know this one at all.' },
            disagreement: false,
            sources: ['VC'],
          },
        },
      ],
    }));
    expect(run).toThrow(
      /content\/images\/servercore-ltsc2022\.yaml: field "verdict": .*host "ws2022".*no note/,
    );
  });

  test('the host schema names the field and the expectation for a missing build', () => {
    const result = hostSchema.safeParse({ id: 'x', name: 'X' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toContain('build');
  });
});
