/**
 * Words and glyphs for verdicts, shared by the static grid, cell pages, previews and the island, so
 * every place says the same thing. Glyphs always come with text: colour is never the only signal.
 */
import type { VerdictValue } from './schema';
import type { CellVerdict, Isolation } from './engine';
import { runs } from './engine';

/**
 * Label, glyph, a short word and a phrase for each verdict. The phrase says what the verdict means where
 * there is room for one phrase only (cards, badge names): "Does not run" rather than "unsupported".
 */
export const VERDICT_TEXT: Record<
  VerdictValue,
  { label: string; glyph: string; short: string; phrase: string }
> = {
  supported: { label: 'supported', glyph: '✓', short: 'Yes', phrase: 'Supported' },
  limited: { label: 'limited', glyph: '◐', short: 'Limited', phrase: 'Limited' },
  unsupported: { label: 'unsupported', glyph: '✕', short: 'No', phrase: 'Does not run' },
  unknown: { label: 'unknown', glyph: '?', short: 'Unknown', phrase: 'Unknown' },
};

/** How good a verdict is, best highest: a disputed answer ranks above a plain "no". */
export const VERDICT_RANK: Record<VerdictValue, number> = {
  supported: 3,
  limited: 2,
  unknown: 1,
  unsupported: 0,
};

/** The better of two verdicts (the first on a tie). */
export function betterVerdict(a: VerdictValue, b: VerdictValue): VerdictValue {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;
}

/** The name of each isolation mode, as headings and sentences start it. */
export const ISOLATION_LABEL: Record<Isolation, string> = {
  process: 'Process isolation',
  hyperv: 'Hyper-V isolation',
};

/** The name of an isolation mode inside a sentence ("with process isolation", "with Hyper-V isolation"). */
export function isolationWords(mode: Isolation): string {
  return mode === 'process' ? 'process isolation' : ISOLATION_LABEL.hyperv;
}

/** One-letter codes for compact markup and URLs: s(upported), l(imited), n(o), q(uestion). */
export const VERDICT_CODE: Record<VerdictValue, 's' | 'l' | 'n' | 'q'> = {
  supported: 's',
  limited: 'l',
  unsupported: 'n',
  unknown: 'q',
};

/** The whole answer of a cell in one sentence, used as the grid link's accessible name and in previews. */
export function cellSentence(imageName: string, hostName: string, cell: CellVerdict): string {
  return `${imageName} on ${hostName}: process isolation ${VERDICT_TEXT[cell.process.verdict].label}, Hyper-V isolation ${VERDICT_TEXT[cell.hyperv.verdict].label}`;
}

/** A one-line headline for a cell: what works, for link previews and page titles. */
export function cellHeadline(cell: {
  process: Pick<CellVerdict['process'], 'verdict'>;
  hyperv: Pick<CellVerdict['hyperv'], 'verdict'>;
}): string {
  const process = cell.process.verdict;
  const hyperv = cell.hyperv.verdict;
  const works = runs;
  if (works(process) && works(hyperv))
    return process === 'limited' ? 'Runs, with limits' : 'Runs with process and Hyper-V isolation';
  // An unknown process answer is not a "no": say so rather than "Hyper-V only", with the verdict's own word.
  if (works(hyperv) && process === 'unknown')
    return `Runs with Hyper-V isolation; process isolation ${VERDICT_TEXT.unknown.label}`;
  if (works(hyperv)) return 'Runs with Hyper-V isolation only';
  if (works(process)) return 'Runs with process isolation only';
  if (process === 'unknown' || hyperv === 'unknown') return 'Sources disagree';
  return 'Does not run';
}

/** Headings of the matrix's host row groups. */
export const HOST_GROUP_LABEL: Record<string, string> = {
  'server-ltsc': 'Windows Server LTSC',
  'server-sac': 'Windows Server SAC / Annual Channel',
  'windows-11': 'Windows 11',
  'windows-10': 'Windows 10',
};

/** Names of the image families, as column group headings. */
export const FAMILY_LABEL: Record<string, string> = {
  servercore: 'Server Core',
  nanoserver: 'Nano Server',
  server: 'Server',
  windows: 'Windows',
};
