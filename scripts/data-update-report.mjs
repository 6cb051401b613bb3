// Writes the pull request body of the data-update workflow: what `npm run data:update` changed, the
// update check's drift report, and whether `npm test` passed (with the end of its output when not).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TAIL_LINES = 60;

/**
 * The Markdown report.
 * @param {{ updateText: string, testText: string, outcome: string }} run
 */
export function dataUpdateReport({ updateText, testText, outcome }) {
  const lines = updateText.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('>'));
  const drift = lines.filter((line) => line.startsWith('updates check:'));
  const changes = lines.filter((line) => !line.startsWith('updates check:'));
  const passed = outcome === 'success';
  const tail = testText.split(/\r?\n/).slice(-TAIL_LINES).join('\n');
  return [
    '## Upstream changes',
    '',
    ...(changes.length > 0 ? changes.map((line) => `- ${line}`) : ['- (none)']),
    '',
    '## Drift report',
    '',
    ...(drift.length > 0 ? drift.map((line) => `- ${line}`) : ['- The update check found nothing.']),
    '',
    '## Tests',
    '',
    passed
      ? '`npm test` passed against the new snapshots.'
      : `\`npm test\` ${outcome === 'failure' ? 'failed' : `ended as "${outcome}"`}: fix content/ (or add an override with its reason and sources) before merging. The end of its output:`,
    ...(passed ? [] : ['', '```', tail, '```']),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { update: { type: 'string' }, test: { type: 'string' }, outcome: { type: 'string' } },
  });
  /** @param {string | undefined} path */
  const read = (path) => (path && existsSync(path) ? readFileSync(path, 'utf8') : '');
  process.stdout.write(
    dataUpdateReport({
      updateText: read(values.update),
      testText: read(values.test),
      outcome: values.outcome ?? 'unknown',
    }),
  );
}
