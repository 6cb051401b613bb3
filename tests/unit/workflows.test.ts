import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { PATCH_WINDOW_CRON, isDayAfterPatchTuesday, isDue } from '../../scripts/data-update-due.mjs';
import { dataUpdateReport } from '../../scripts/data-update-report.mjs';

const DIR = join(import.meta.dirname, '../../.github/workflows');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

describe('GitHub Actions workflows', () => {
  test.each(readdirSync(DIR))('%s passes the workflow linter', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  test('the linter catches a broken workflow', () => {
    const broken = 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  test('data-update runs weekly and in the Patch Tuesday window, then tests and opens a pull request', () => {
    const workflow = parse(read('data-update.yml')) as {
      on: { schedule: { cron: string }[] };
      jobs: { update: { steps: { run?: string; uses?: string }[] } };
    };
    expect(workflow.on.schedule.map((entry) => entry.cron)).toEqual(['17 6 * * 1', PATCH_WINDOW_CRON]);
    const steps = workflow.jobs.update.steps.map((step) => step.run ?? step.uses ?? '');
    const at = (text: string) => steps.findIndex((step) => step.includes(text));
    expect(at('npm run data:update')).toBeGreaterThan(-1);
    expect(at('npm test')).toBeGreaterThan(at('npm run data:update'));
    expect(at('peter-evans/create-pull-request')).toBeGreaterThan(at('data-update-report.mjs'));
  });

  test('deploy builds with SITE and BASE from the Pages configuration and deploys dist/', () => {
    const text = read('deploy.yml');
    expect(text).toContain('SITE: ${{ steps.pages.outputs.origin }}');
    expect(text).toContain('BASE: ${{ steps.pages.outputs.base_path }}/');
    expect(text).toContain('actions/deploy-pages@');
    expect((parse(text) as { on: { push: { branches: string[] } } }).on.push.branches).toEqual(['main']);
  });
});

describe('scripts/data-update-due.mjs', () => {
  test('the daily window lets through only the day after Patch Tuesday', () => {
    expect(isDayAfterPatchTuesday('2026-05-13')).toBe(true);
    expect(isDayAfterPatchTuesday('2026-05-12')).toBe(false);
    expect(isDayAfterPatchTuesday('2026-09-09')).toBe(true);
    expect(isDue({ event: 'schedule', schedule: PATCH_WINDOW_CRON, today: '2026-05-14' })).toBe(false);
    expect(isDue({ event: 'schedule', schedule: PATCH_WINDOW_CRON, today: '2026-05-13' })).toBe(true);
    expect(isDue({ event: 'schedule', schedule: '17 6 * * 1', today: '2026-05-18' })).toBe(true);
    expect(isDue({ event: 'workflow_dispatch', today: '2026-05-14' })).toBe(true);
  });
});

describe('scripts/data-update-report.mjs', () => {
  test('lists the changes and the drift, and the end of a failed test run', () => {
    const report = dataUpdateReport({
      updateText:
        'updates: added 20348.5620 (KB5200001, 2026-09-08, Standard)\nupdates check: stale: the newest update is old\n',
      testText: 'lots\nof\noutput\nFAIL tests/unit/upstream/content.test.ts',
      outcome: 'failure',
    });
    expect(report).toContain('- updates: added 20348.5620 (KB5200001, 2026-09-08, Standard)');
    expect(report).toContain('## Drift report\n\n- updates check: stale: the newest update is old');
    expect(report).toContain('`npm test` failed');
    expect(report).toContain('FAIL tests/unit/upstream/content.test.ts');
  });

  test('a clean run says so', () => {
    const report = dataUpdateReport({
      updateText: 'No upstream changes.\n',
      testText: '',
      outcome: 'success',
    });
    expect(report).toContain('The update check found nothing.');
    expect(report).toContain('`npm test` passed');
  });
});
