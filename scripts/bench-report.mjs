// bench/REPORT.md as a document the bench edits: whole sections replaced, table rows merged, so a partial
// run (`--cards`, `--against`, `--pages`) updates its part and keeps the rest.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The report file. */
export const REPORT = join(resolve(import.meta.dirname, '..'), 'bench/REPORT.md');

/** Bytes as kilobytes with one decimal. */
export const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Puts a section (its lines, from its `## ` heading) into bench/REPORT.md in place of the one whose
 * heading starts with `headingStart`; a new one goes before the `before` heading, or at the end.
 */
/** @param {string} headingStart @param {string[]} section @param {string} [before] */
export function replaceSection(headingStart, section, before) {
  const report = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmark report\n\n';
  const start = report.indexOf(headingStart);
  const end = start < 0 ? -1 : report.indexOf('\n## ', start + 1);
  const anchor = before === undefined ? -1 : report.indexOf(before);
  const updated =
    start >= 0
      ? `${report.slice(0, start)}${section.join('\n')}${end < 0 ? '' : report.slice(end + 1)}`
      : anchor >= 0
        ? `${report.slice(0, anchor)}${section.join('\n')}\n${report.slice(anchor)}`
        : `${report.trimEnd()}\n\n${section.join('\n')}`;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, updated);
}

/** Replaces or appends table rows (keyed by their first cell) in the table under `heading` in the report. */
/**
 * @param {string} report
 * @param {string} heading
 * @param {string[]} header
 * @param {string[]} rows
 * @returns {string}
 */
export function upsertRows(report, heading, header, rows) {
  const lines = report.split('\n');
  const at = lines.findIndex((line) => line === heading);
  if (at < 0) return `${report.trimEnd()}\n\n${[heading, '', ...header, ...rows, ''].join('\n')}`;
  let first = lines.findIndex((line, i) => i > at && line.startsWith('|'));
  const next = lines.findIndex((line, i) => i > at && line.startsWith('## '));
  if (first < 0 || (next >= 0 && first > next)) {
    // No table yet under the heading (for example "Not run"): one goes right after it.
    lines.splice(at + 1, 0, '', ...header);
    first = at + 2;
  }
  let last = first;
  while (lines[last + 1]?.startsWith('|')) last += 1;
  const key = (/** @type {string} */ line) => line.split('|')[1]?.trim();
  const table = lines.slice(first, last + 1);
  for (const row of rows) {
    const i = table.findIndex((line, j) => j >= 2 && key(line) === key(row));
    if (i >= 0) table[i] = row;
    else table.push(row);
  }
  lines.splice(first, last - first + 1, ...table);
  return lines.join('\n');
}

/** Page weight table heading rows. */
export const WEIGHT_HEADER = [
  '| Page type | HTML | CSS | JavaScript | Requests |',
  '| --- | ---: | ---: | ---: | ---: |',
];
/** Lighthouse table heading rows. */
export const LIGHTHOUSE_HEADER = [
  '| Page type | Performance | Accessibility | Best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: |',
];
/** Page weight table rows. */
export const weightRows = (
  /** @type {Record<string, { html: number, css: number, js: number, requests: number }>} */ weights,
) =>
  Object.entries(weights).map(
    ([type, w]) => `| ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${w.requests} |`,
  );
/** Lighthouse table rows. */
export const lighthouseRowsText = (/** @type {Record<string, Record<string, number>>} */ scores) =>
  Object.entries(scores).map(
    ([type, s]) => `| ${type} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`,
  );
