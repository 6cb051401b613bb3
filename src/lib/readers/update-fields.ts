/**
 * Revisions that tools give as separate fields rather than as one `build.revision`: the registry's
 * `CurrentBuild` and `UBR` (a REG_DWORD, printed in hex by `reg query`), PowerShell lists and tables of
 * them, the `[Environment]::OSVersion.Version` table, `10.0.20348 Build 2461`; and the fields that look
 * like a revision but are a component's own version (hal.dll, PowerShell), which are not read as one.
 */

/** A revision put together from fields, with the line it was read on. */
export interface FieldRevision {
  text: string;
  build: number;
  revision: number;
  line: number;
}

/** What the fields gave: revisions, lines not to read again, and sentences about what could not be used. */
export interface FieldReading {
  revisions: FieldRevision[];
  /** Lines whose numbers are a component's version, not the installed update. */
  skipLines: Set<number>;
  /** Lines read here (fields, table headers and rows), so the paste box does not list them as not understood. */
  usedLines: Set<number>;
  notes: string[];
}

const BUILD_KEYS = new Set(['currentbuild', 'currentbuildnumber', 'osbuildnumber', 'buildnumber']);
const REVISION_KEYS = new Set(['ubr', 'windowsubr']);
/** Fields whose value is a file's or a program's version, which an update may or may not have changed. */
const COMPONENT_KEYS: Record<string, string> = {
  oshardwareabstractionlayer: 'the version of the hardware abstraction layer file (hal.dll)',
  psversion: "PowerShell's own version",
  buildversion: "PowerShell's own build number",
  clrversion: 'the version of the .NET runtime',
  fileversion: 'the version of one file',
};
/** A Windows-looking `b.r` inside a value (`5.1.17763.5830`), so only those components are mentioned. */
const looksLikeBuild = (value: string): boolean =>
  [...value.matchAll(/(\d{5})\.\d/g)].some((m) => Number(m[1]) >= 14393 && Number(m[1]) <= 30000);

/** `Key  REG_DWORD  0x8b3`, `Key : 2340`, `"Key": "2340",` or `Key   value` (a two-column table). */
const FIELD = /^\s*"?([A-Za-z][\w.]{0,40})"?\s*(?:REG_\w{1,20}\s+|:\s*|\s{2,})"?([^\s",]{0,80})"?,?\s*$/;
const BUILD_VALUE = /^\d{5}$/;
const BARE_BUILD = /\b10\.0\.(\d{5})(?![.\d])/;
/** `10.0.20348 Build 2461` (runner image READMEs), and systeminfo's `10.0.20348 N/A Build 20348`. */
const BUILD_WORD = /\b10\.0\.(\d{5})\s+(?:[^\d\s]{1,20}\s+){0,2}(?:Build|Compilación|ビルド)\s+(\d{1,5})\b/i;

/** A UBR value as written: `0x8b3` (reg query) or `2227`. */
function revisionValue(value: string): number | undefined {
  if (/^0x[0-9a-f]{1,8}$/i.test(value)) return Number.parseInt(value.slice(2), 16);
  return /^\d{1,5}$/.test(value) ? Number(value) : undefined;
}

/** Marks the rows under a header with a component column (`OsHardwareAbstractionLayer`) as not to be read. */
function skipComponentRows(
  lines: readonly string[],
  at: number,
  columns: readonly { name: string; written: string }[],
  reading: FieldReading,
): void {
  const column = columns.find((c) => COMPONENT_KEYS[c.name] !== undefined);
  if (column === undefined) return;
  reading.usedLines.add(at);
  for (let i = at + 1; i < Math.min(lines.length, at + 50) && (lines[i] ?? '').trim() !== ''; i += 1) {
    reading.skipLines.add(i);
    reading.usedLines.add(i);
  }
  reading.notes.push(
    `The ${column.written} column is ${COMPONENT_KEYS[column.name] ?? ''}, not the installed update: it was not read as one.`,
  );
}

/** Table rows under a header naming a build and a revision column (`CurrentBuild UBR …`, `Major Minor Build Revision`). */
function readTables(lines: readonly string[], found: FieldRevision[], reading: FieldReading): void {
  lines.forEach((header, at) => {
    const columns = [...header.matchAll(/\S+/g)].map((m) => ({
      name: m[0].toLowerCase(),
      written: m[0],
      start: m.index,
    }));
    if (columns.length > 1 && /^[\s-]+$/.test(lines[at + 1] ?? ''))
      skipComponentRows(lines, at, columns, reading);
    const names = columns.map((c) => c.name);
    const osVersion = names.includes('major') && names.includes('build') && names.includes('revision');
    const build = columns.find((c) => BUILD_KEYS.has(c.name) || (osVersion && c.name === 'build'));
    const revision = columns.find((c) => REVISION_KEYS.has(c.name) || (osVersion && c.name === 'revision'));
    if (!build || !revision || columns.length < 2) return;
    // Numbers are right-aligned in PowerShell tables: a cell is the row's token that overlaps its header word.
    const cell = (row: string, column: { name: string; start: number }) => {
      const end = column.start + column.name.length;
      return (
        [...row.matchAll(/\S+/g)].find((t) => t.index < end && t.index + t[0].length > column.start)?.[0] ??
        ''
      );
    };
    for (let i = at + 1; i < Math.min(lines.length, at + 50); i += 1) {
      const row = lines[i] ?? '';
      if (/^[\s-]*$/.test(row)) continue;
      const buildText = cell(row, build);
      const value = revisionValue(cell(row, revision));
      if (!BUILD_VALUE.test(buildText) || value === undefined) break;
      found.push({ text: `${buildText}.${value}`, build: Number(buildText), revision: value, line: i });
      reading.usedLines.add(at).add(i);
    }
  });
}

/** Reads the field forms of a paste. */
export function readFields(lines: readonly string[]): FieldReading {
  const revisions: FieldRevision[] = [];
  const skipLines = new Set<number>();
  const usedLines = new Set<number>();
  const notes: string[] = [];
  let build: number | undefined;
  let ubr: { value: number; written: string; line: number } | undefined;
  lines.forEach((line, i) => {
    const field = FIELD.exec(line);
    if (field) {
      const key = (field[1] ?? '').toLowerCase();
      const value = field[2] ?? '';
      const component = COMPONENT_KEYS[key];
      if (component !== undefined) {
        skipLines.add(i);
        usedLines.add(i);
        if (looksLikeBuild(value))
          notes.push(
            `${field[1] ?? ''} (${value}) is ${component}, not the installed update: it was not read as one.`,
          );
      } else if (BUILD_KEYS.has(key) && BUILD_VALUE.test(value)) {
        build ??= Number(value);
        usedLines.add(i);
      } else if (REVISION_KEYS.has(key)) {
        const parsed = revisionValue(value);
        if (parsed !== undefined) ubr ??= { value: parsed, written: value, line: i };
        if (parsed !== undefined) usedLines.add(i);
      }
    }
    const word = BUILD_WORD.exec(line);
    if (word) {
      usedLines.add(i);
      const [, buildText = '', second = ''] = word;
      if (second === buildText)
        notes.push(
          `${word[0].trim()} gives build ${buildText} without its revision (systeminfo and WMI do not show it): the installed cumulative update, UBR or ver tells the update.`,
        );
      else
        revisions.push({
          text: word[0].trim(),
          build: Number(buildText),
          revision: Number(second),
          line: i,
        });
    }
  });
  readTables(lines, revisions, { revisions, skipLines, usedLines, notes });
  if (ubr !== undefined) {
    const hex = ubr.written.toLowerCase().startsWith('0x') ? ` (${ubr.written})` : '';
    const fromText = build ?? lines.map((line) => BARE_BUILD.exec(line)?.[1]).find(Boolean);
    if (fromText !== undefined) {
      const at = Number(fromText);
      revisions.push({ text: `${at}.${ubr.value}`, build: at, revision: ubr.value, line: ubr.line });
      notes.push(`UBR ${ubr.value}${hex} is the revision of build ${at}: ${at}.${ubr.value}.`);
    } else {
      notes.push(
        `UBR ${ubr.value}${hex} is the revision, but the text does not give the build (CurrentBuild): paste both, or the output of ver.`,
      );
    }
  }
  return { revisions, skipLines, usedLines, notes };
}
