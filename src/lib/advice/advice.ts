/**
 * The advice of one cell, derived once as data: both verdicts, what to do (the tag and isolation mode, or
 * that nothing runs), which side is retired and since when, and, only when one exists, an alternative
 * image on the same host with the reason it is better. Every view (cell page, verdict panel, paste box,
 * copyable answers, cards, API) renders this data with the sentences of `advice-text.ts`; none decides
 * on its own what to recommend.
 *
 * An alternative is offered only when it is no worse than this image on any axis (runs at all, runs with
 * process isolation, in support) and strictly better on at least one, or, on the same family, newer with
 * all axes equal. Its reason is the first axis, in this precedence, on which it is better:
 *   1. `runs`: it runs here at all, where this image runs in neither mode (the first question anyone asks);
 *   2. `process-isolation`: it runs with process isolation here, where this image does not or its verdict is unknown
 *      (the default mode, without a utility VM);
 *   3. `support`: it is in support, where this image is retired (security fixes);
 *   4. `newer-build`: a newer release of the same family, equal on every axis above.
 * Among qualifying images the one with the strongest reason wins, then the same family, then the family's
 * declared successor (windows → server), then `rankKey` (in support, process isolation, supported over
 * limited, newest), the ranking `recommend.ts` uses too.
 *
 * Pure. Browser code may import this module: it needs no schema (zod) and no lifecycle code, since the
 * islands rebuild the same advice from their compact tables with `assembleAdvice`.
 */
import { runs } from '../knowledge/engine';
import type { CellVerdict, Isolation } from '../knowledge/engine';
import type { VerdictValue } from '../knowledge/schema';
import { FAMILY_SUCCESSOR } from '../knowledge/vocabulary';

/** Why an alternative is better, in order of precedence (see the file comment). */
export const ADVICE_REASONS = ['runs', 'process-isolation', 'support', 'newer-build'] as const;
export type AdviceReason = (typeof ADVICE_REASONS)[number];

/** A host or an image as the advice names it: `ended` is the last day of support when it is retired. */
export interface AdviceSide {
  id: string;
  name: string;
  ended: string | null;
}

/** A tag to use and how to run it. */
export interface AdviceChoice {
  /** Fully qualified reference, e.g. `mcr.microsoft.com/windows/servercore:ltsc2022`. */
  reference: string;
  isolation: Isolation;
  /** The verdict of that mode on this host (supported or limited). */
  verdict: VerdictValue;
}

/** A better image on the same host, with the reason it is better. */
export interface AdviceAlternative extends AdviceSide, AdviceChoice {
  reason: AdviceReason;
  /** The alternative's own verdicts on this host, so every claim can be checked against them. */
  process: VerdictValue;
  hyperv: VerdictValue;
}

/** Everything a view says about a cell. */
export interface CellAdvice {
  host: AdviceSide;
  image: AdviceSide;
  process: VerdictValue;
  hyperv: VerdictValue;
  /** What to write for this image on this host; null when it runs in neither mode. */
  use: AdviceChoice | null;
  /** The limit the verdict of the mode in `use` names (its first limit note's title), when that mode is limited. */
  limit: string | null;
  alternative: AdviceAlternative | null;
}

/** One image as a candidate on one host: what the selection compares. */
export interface AdviceCandidate extends AdviceSide {
  family: string;
  build: number;
  reference: string;
  process: VerdictValue;
  hyperv: VerdictValue;
}

/** The tag and mode to use for an image with these verdicts: process isolation when it runs, else Hyper-V. */
export function chooseMode(
  reference: string,
  process: VerdictValue,
  hyperv: VerdictValue,
): AdviceChoice | null {
  if (runs(process)) return { reference, isolation: 'process', verdict: process };
  if (runs(hyperv)) return { reference, isolation: 'hyperv', verdict: hyperv };
  return null;
}

interface Axes {
  runsAtAll: boolean;
  runsProcess: boolean;
  inSupport: boolean;
}

function axes(side: Pick<AdviceCandidate, 'process' | 'hyperv' | 'ended'>): Axes {
  return {
    runsAtAll: runs(side.process) || runs(side.hyperv),
    runsProcess: runs(side.process),
    inSupport: side.ended === null,
  };
}

/**
 * The reason `candidate` is better than `current` on the same host, or null when it is not strictly better
 * on some axis or worse on any (see the file comment for the precedence).
 */
export function alternativeReason(current: AdviceCandidate, candidate: AdviceCandidate): AdviceReason | null {
  if (candidate.id === current.id) return null;
  const now = axes(current);
  const then = axes(candidate);
  const keys = ['runsAtAll', 'runsProcess', 'inSupport'] as const;
  if (keys.some((key) => now[key] && !then[key])) return null;
  if (then.runsAtAll && !now.runsAtAll) return 'runs';
  if (then.runsProcess && !now.runsProcess) return 'process-isolation';
  if (then.inSupport && !now.inSupport) return 'support';
  if (then.runsAtAll && candidate.family === current.family && candidate.build > current.build)
    return 'newer-build';
  return null;
}

/** What the ranking of images compares: support, both verdicts, the build. */
export interface RankFacts {
  inSupport: boolean;
  process: VerdictValue;
  hyperv: VerdictValue;
  build: number;
}

/**
 * The one ranking of images on a host, higher first: in support, then process isolation, then supported
 * over limited (in the mode it would run in), then newest. `recommend.ts` and the alternative use it.
 */
export function rankKey(facts: RankFacts): number[] {
  const processRuns = runs(facts.process);
  const mode = processRuns ? facts.process : facts.hyperv;
  return [facts.inSupport ? 1 : 0, processRuns ? 1 : 0, mode === 'supported' ? 1 : 0, facts.build];
}

/** Orders two rank keys best first (for `Array.prototype.sort`). */
export function compareDescending(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * How close a candidate's family is to the current image's: the same family, then its declared successor
 * (`FAMILY_SUCCESSOR`: a Windows image user wants the Server image, the full API with GPU, not Server Core),
 * then any other.
 */
function familyCloseness(current: string, candidate: string): number {
  if (candidate === current) return 2;
  return (FAMILY_SUCCESSOR as Readonly<Record<string, string>>)[current] === candidate ? 1 : 0;
}

/** The best alternative to `current` among the images on the same host, with its reason; null when none is better. */
export function pickAlternative(
  current: AdviceCandidate,
  candidates: readonly AdviceCandidate[],
): { candidate: AdviceCandidate; reason: AdviceReason } | null {
  const better = candidates.flatMap((candidate) => {
    const reason = alternativeReason(current, candidate);
    return reason === null ? [] : [{ candidate, reason }];
  });
  const key = ({ candidate, reason }: (typeof better)[number]): number[] => [
    ADVICE_REASONS.length - ADVICE_REASONS.indexOf(reason),
    familyCloseness(current.family, candidate.family),
    ...rankKey({ ...candidate, inSupport: candidate.ended === null }),
  ];
  better.sort((a, b) => compareDescending(key(a), key(b)));
  return better[0] ?? null;
}

/** Which isolation modes a place allows; a platform may forbid one (AKS: process isolation only). */
export type AllowedModes = Readonly<Record<Isolation, boolean>>;

/**
 * A candidate's verdicts where only the `allowed` modes count: a forbidden mode does not run there. Platform
 * answers pass their candidates through it, so one selection and one set of reasons serve cells and platforms.
 */
export function withinModes<T extends Pick<AdviceCandidate, 'process' | 'hyperv'>>(
  candidate: T,
  allowed: AllowedModes,
): T {
  return {
    ...candidate,
    process: allowed.process ? candidate.process : 'unsupported',
    hyperv: allowed.hyperv ? candidate.hyperv : 'unsupported',
  };
}

/** What `assembleAdvice` needs: the host, the image and the chosen alternative, each with its verdicts here. */
export interface AdviceParts {
  host: AdviceSide;
  image: Omit<AdviceCandidate, 'family' | 'build'>;
  alternative: (Omit<AdviceCandidate, 'family' | 'build'> & { reason: AdviceReason }) | null;
  /** The limit `limitOf` found for this image on this host (from the compact tables in the islands). */
  limit?: string | null;
}

/** The limit a cell's verdict names for the mode the advice uses, when that mode is limited; else null. */
export function limitOf(cell: CellVerdict): string | null {
  const mode = runs(cell.process.verdict) ? cell.process : cell.hyperv;
  if (mode.verdict !== 'limited') return null;
  return mode.notes.find((note) => note.kind === 'limit')?.title ?? null;
}

/**
 * The advice from its parts. The model calls it after `pickAlternative`; the islands call it with the
 * same parts decoded from their compact tables, so both say the same thing.
 */
export function assembleAdvice({ host, image, alternative, limit = null }: AdviceParts): CellAdvice {
  const side = ({ id, name, ended }: AdviceSide): AdviceSide => ({ id, name, ended });
  const alternativeChoice =
    alternative === null ? null : chooseMode(alternative.reference, alternative.process, alternative.hyperv);
  return {
    host: side(host),
    image: side(image),
    process: image.process,
    hyperv: image.hyperv,
    use: chooseMode(image.reference, image.process, image.hyperv),
    limit,
    // An alternative that runs in neither mode cannot be better; the guard keeps bad table data harmless.
    alternative:
      alternative === null || alternativeChoice === null
        ? null
        : {
            ...side(alternative),
            ...alternativeChoice,
            reason: alternative.reason,
            process: alternative.process,
            hyperv: alternative.hyperv,
          },
  };
}

/** The advice of one cell, from every image's candidate facts on its host. */
export function cellAdvice(
  host: AdviceSide,
  current: AdviceCandidate,
  onThisHost: readonly AdviceCandidate[],
  limit: string | null = null,
): CellAdvice {
  const picked = pickAlternative(current, onThisHost);
  return assembleAdvice({
    host,
    image: current,
    limit,
    alternative: picked === null ? null : { ...picked.candidate, reason: picked.reason },
  });
}
