/**
 * The compatibility engine: for one host and one base image, the verdict for process isolation and
 * for Hyper-V isolation, each with a one-sentence reason, notes and sources.
 *
 * It works in two layers, as the sources do:
 * 1. the build rules, which are the runtime's own behaviour (hcsshim `CheckHostAndContainerCompat`,
 *    the moby pull check) plus Microsoft's client rule (process isolation from Windows 10 1809,
 *    development and testing only);
 * 2. the documented exceptions, limits and disagreements kept as data in `content/exceptions.yaml`,
 *    applied in file order on top of the computed answer.
 * Pure: everything it knows arrives as arguments.
 */
import type { Host, Image, RuleException, Rules, Selector, VerdictValue } from './schema';

/** A note attached to one isolation mode of a cell. */
export interface VerdictNote {
  /** Short title of the rule or exception the note comes from. */
  title: string;
  text: string;
  /** `limit`: a condition on a working cell; `disagreement`: sources differ; `info`: context. */
  kind: 'limit' | 'disagreement' | 'info';
  sources: string[];
}

/** The answer for one isolation mode. */
export interface IsolationVerdict {
  verdict: VerdictValue;
  /** One sentence saying why. */
  reason: string;
  notes: VerdictNote[];
  /** Every source behind the reason and the notes, without duplicates. */
  sources: string[];
  /** What set the verdict and gave the reason: a build rule (`rule:<name>`) or an exception id. */
  decidedBy: string;
}

/**
 * Both isolation modes for one host × image pair. What decided each mode is its `decidedBy`; exceptions that
 * only added notes are named by the notes' titles, so no separate list of applied exceptions is kept.
 */
export interface CellVerdict {
  process: IsolationVerdict;
  hyperv: IsolationVerdict;
}

/** What the engine needs besides the two sides of the cell. */
export interface Knowledge {
  rules: Rules;
  exceptions: readonly RuleException[];
}

export type Isolation = 'process' | 'hyperv';

/** Whether every condition of a selector holds for this host and image. */
export function selectorMatches(selector: Selector, host: Host, image: Image): boolean {
  const checks: (boolean | undefined)[] = [
    selector.hosts && selector.hosts.includes(host.id),
    selector.hostKind && selector.hostKind === host.kind,
    selector.hostGroups && selector.hostGroups.includes(host.group),
    selector.hostBuildMin === undefined ? undefined : host.build >= selector.hostBuildMin,
    selector.hostBuildMax === undefined ? undefined : host.build <= selector.hostBuildMax,
    selector.images && selector.images.includes(image.id),
    selector.imageFamilies && selector.imageFamilies.includes(image.family),
    selector.imageBuilds && selector.imageBuilds.includes(image.build),
    selector.imageBuildMin === undefined ? undefined : image.build >= selector.imageBuildMin,
    selector.imageBuildMax === undefined ? undefined : image.build <= selector.imageBuildMax,
    selector.sameBuild === undefined ? undefined : (host.build === image.build) === selector.sameBuild,
  ];
  return checks.every((check) => check !== false);
}

/**
 * The lowest image build a host accepts with process isolation under the runtime's rule: its own
 * build below the first stable-ABI release, else the newest stable-ABI build older than the host.
 */
export function lowestProcessBuild(hostBuild: number, stableAbiBuilds: readonly number[]): number {
  const older = stableAbiBuilds.filter((build) => build < hostBuild);
  return older.length === 0 ? hostBuild : Math.max(...older);
}

/** The runtime's process-isolation rule (hcsshim), before any documented exception. */
export function runtimeAcceptsProcess(hostBuild: number, imageBuild: number, rules: Rules): boolean {
  return imageBuild >= lowestProcessBuild(hostBuild, rules.stableAbiBuilds) && imageBuild <= hostBuild;
}

/** The build rules by name, as `decidedBy` reports them. */
export type BuildRule = 'client-process' | 'newer-image' | 'build-match' | 'stable-abi' | 'hyperv-newer-host';

function isolationVerdict(
  rule: BuildRule,
  verdict: VerdictValue,
  reason: string,
  sources: readonly string[],
  notes: VerdictNote[] = [],
): IsolationVerdict {
  return { verdict, reason, notes, sources: [...sources], decidedBy: `rule:${rule}` };
}

function processByBuildRules(host: Host, image: Image, rules: Rules): IsolationVerdict {
  const isClient = host.kind === 'client';
  if (isClient && host.build < rules.clientProcessMinBuild) {
    return isolationVerdict(
      'client-process',
      'unsupported',
      `Windows 10 hosts before version 1809 (build ${rules.clientProcessMinBuild}) offer Hyper-V isolation only.`,
      rules.sources.clientProcess,
    );
  }
  if (image.build > host.build) {
    return isolationVerdict(
      'newer-image',
      'unsupported',
      `The image (build ${image.build}) is newer than the host (build ${host.build}); a container can never run a newer kernel than its host's.`,
      rules.sources.buildMatch,
    );
  }
  if (!runtimeAcceptsProcess(host.build, image.build, rules)) {
    return isolationVerdict(
      'build-match',
      'unsupported',
      `Process isolation shares the host's kernel, so the image build (${image.build}) must match the host build (${host.build}).`,
      [...rules.sources.buildMatch, ...rules.sources.stableAbi],
    );
  }
  const reason =
    image.build === host.build
      ? `Host and image share build ${host.build}, which process isolation requires.`
      : `Hosts from build 20348 on accept images of the previous stable-interface LTSC release (build ${image.build}) up to their own build (${host.build}).`;
  const sources = image.build === host.build ? rules.sources.buildMatch : rules.sources.stableAbi;
  const rule: BuildRule = image.build === host.build ? 'build-match' : 'stable-abi';
  if (!isClient) return isolationVerdict(rule, 'supported', reason, sources);
  return isolationVerdict(
    'client-process',
    'limited',
    reason,
    [...sources, ...rules.sources.clientProcess],
    [
      {
        title: 'Client hosts: development and testing only',
        text: 'On Windows 10 and 11, process isolation must be asked for (--isolation=process) and is meant for development and testing; run production containers on Windows Server.',
        kind: 'limit',
        sources: rules.sources.clientProcess,
      },
    ],
  );
}

function hypervByBuildRules(host: Host, image: Image, rules: Rules): IsolationVerdict {
  if (image.build > host.build) {
    return isolationVerdict(
      'hyperv-newer-host',
      'unsupported',
      `The image (build ${image.build}) is newer than the host (build ${host.build}); Hyper-V isolation only runs images of the host's build or older, and Docker refuses to pull newer ones.`,
      rules.sources.hypervNewerHost,
    );
  }
  const reason =
    image.build === host.build
      ? `Hyper-V isolation runs the container in its own utility VM, and the image has the host's build (${host.build}).`
      : `Hyper-V isolation gives the container its own kernel in a utility VM, so an older image (build ${image.build}) runs on this newer host (build ${host.build}).`;
  return isolationVerdict('hyperv-newer-host', 'supported', reason, rules.sources.hypervNewerHost);
}

/**
 * Applies one exception to one isolation mode. A limit (`limited`) only narrows a pair that runs: on a
 * pair that does not run it changes nothing, so an exception that adds a condition can never turn a
 * "does not run" into "runs, with a limit". An exception that sets a verdict also sets the reason.
 */
function applyEffect(
  current: IsolationVerdict,
  exception: RuleException,
  effect: NonNullable<RuleException['process']>,
): IsolationVerdict {
  if (effect.verdict === 'limited' && !runs(current.verdict)) return current;
  const nextVerdict = effect.verdict ?? current.verdict;
  // Limits are conditions on a pair that runs; once an exception rules the pair out they no longer apply.
  const notes = runs(nextVerdict)
    ? [...current.notes]
    : current.notes.filter((note) => note.kind !== 'limit');
  if (effect.note) {
    notes.push({
      title: exception.title,
      text: effect.note,
      kind: exception.disagreement ? 'disagreement' : effect.verdict === 'limited' ? 'limit' : 'info',
      sources: [...exception.sources],
    });
  }
  const overrides = effect.verdict !== undefined && effect.verdict !== current.verdict;
  return {
    verdict: nextVerdict,
    reason: overrides && effect.reason ? effect.reason : current.reason,
    notes,
    sources: unique(
      overrides ? [...exception.sources, ...current.sources] : [...current.sources, ...exception.sources],
    ),
    decidedBy: overrides ? exception.id : current.decidedBy,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The verdict for both isolation modes of one host × image cell. */
export function verdict(host: Host, image: Image, knowledge: Knowledge): CellVerdict {
  let process = processByBuildRules(host, image, knowledge.rules);
  let hyperv = hypervByBuildRules(host, image, knowledge.rules);
  for (const exception of knowledge.exceptions) {
    if (!selectorMatches(exception.when, host, image)) continue;
    if (exception.process) process = applyEffect(process, exception, exception.process);
    if (exception.hyperv) hyperv = applyEffect(hyperv, exception, exception.hyperv);
  }
  return {
    process: { ...process, sources: unique(process.sources) },
    hyperv: { ...hyperv, sources: unique(hyperv.sources) },
  };
}

/** Problems that make a cell unfit to publish: a limited or unknown verdict must say why in a note. */
export function cellProblems(cell: CellVerdict): string[] {
  const problems: string[] = [];
  for (const mode of ['process', 'hyperv'] as const) {
    const answer = cell[mode];
    if ((answer.verdict === 'limited' || answer.verdict === 'unknown') && answer.notes.length === 0) {
      problems.push(`${mode} verdict is "${answer.verdict}" but no note says why`);
    }
    if (answer.verdict === 'unsupported' && answer.notes.some((note) => note.kind === 'limit')) {
      problems.push(
        `${mode} verdict is "unsupported" but carries a limit, which only a working pair can have`,
      );
    }
    if (answer.sources.length === 0) problems.push(`${mode} verdict names no source`);
  }
  return problems;
}

/** Whether a verdict means the container runs (possibly with a stated limit). */
export function runs(value: VerdictValue): boolean {
  return value === 'supported' || value === 'limited';
}
