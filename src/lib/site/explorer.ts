/**
 * The matrix island's data: a compact, precomputed form of the model (verdicts as letters, no prose),
 * so the page's HTML stays small. Reasons and notes are fetched per host from the JSON API on demand.
 * Also the URL state of the explorer, parsed and written here so cold loads and the island agree.
 */
import { hostLifecycle, isHostRetired, isRetired } from '../knowledge/lifecycle';
import type { Model } from '../model/model';
import { assembleAdvice } from '../advice/advice';
import type { CellAdvice } from '../advice/advice';
import { NO_REASON, REASON_CODE, compactLimits, limitAt, reasonOf } from '../advice/advice-compact';
import type { CompactLimits } from '../advice/advice-compact';
import { hostEnded, imageEnded } from '../advice/advice-model';
import { hostTerms, imageTerms } from '../readers/vocabulary';
import type { VerdictValue } from '../knowledge/schema';
import { VERDICT_CODE } from '../knowledge/verdict-text';
import { platformHostTerms } from '../platforms/platform-terms';
import type { PlatformTerm } from '../platforms/platform-terms';
import type { Platform } from '../platforms/platform-schema';

/** One host as the island sees it. */
export interface ExplorerHost {
  id: string;
  name: string;
  group: string;
  build: number;
  terms: string[];
  retired: boolean;
  /** The last day of support when retired (for the advice), else null. */
  ended: string | null;
  /** Each edition's support state for the build date ("Windows 10 Enterprise LTSC 2019: … until 2029-01-09"). */
  support: { edition: string | null; label: string }[];
  /** Platform variants that give this host today (`windows-latest`, `AKS Windows2022`), with the sentence to show. */
  platforms?: PlatformTerm[];
}

/** One image as the island sees it. */
export interface ExplorerImage {
  id: string;
  name: string;
  family: string;
  build: number;
  repository: string;
  /** The recommended floating tag. */
  tag: string;
  terms: string[];
  retired: boolean;
  /** The last day of support when retired (for the advice), else null. */
  ended: string | null;
}

/** Everything the island needs, precomputed at build time. */
export interface ExplorerData {
  hosts: ExplorerHost[];
  images: ExplorerImage[];
  /** Two letters per cell (process, Hyper-V), hosts × images in row-major order. */
  codes: string;
  /** Per cell, the index of the alternative image (-1 when none). */
  alternatives: number[];
  /** Per cell, the alternative's reason as a `REASON_CODE` letter (`-` when none). */
  reasons: string;
  /** The limit of each limited cell, keyed by its cell index (as `codes`, halved). */
  limits: CompactLimits;
}

const LETTER_TO_VERDICT: Record<string, VerdictValue> = Object.fromEntries(
  Object.entries(VERDICT_CODE).map(([verdict, letter]) => [letter, verdict as VerdictValue]),
);

/** Builds the island's compact data from the model (and the platforms, whose variant names pick hosts). */
export function explorerData(model: Model, platforms: readonly Platform[] = []): ExplorerData {
  const platformTerms = platformHostTerms(platforms, model.today);
  const imageIndex = new Map(model.images.map((image, i) => [image.id, i]));
  let codes = '';
  const alternatives: number[] = [];
  let reasons = '';
  const limitEntries: [string, string | null][] = [];
  for (const host of model.hosts) {
    for (const image of model.images) {
      const cell = model.cell(host.id, image.id);
      const alternative = cell.advice.alternative;
      codes += VERDICT_CODE[cell.verdict.process.verdict] + VERDICT_CODE[cell.verdict.hyperv.verdict];
      alternatives.push(alternative ? (imageIndex.get(alternative.id) ?? -1) : -1);
      reasons += alternative ? REASON_CODE[alternative.reason] : NO_REASON;
      limitEntries.push([String(alternatives.length - 1), cell.advice.limit]);
    }
  }
  return {
    hosts: model.hosts.map((host) => ({
      id: host.id,
      name: host.name,
      group: host.group,
      build: host.build,
      // The same names the paste box understands (editions, versions, aliases): one vocabulary.
      terms: [
        ...hostTerms(host).filter((term) => term !== host.id && term !== host.name),
        ...(platformTerms.get(host.id) ?? []).flatMap((entry) => entry.terms),
      ],
      retired: isHostRetired(host, model.today),
      ended: hostEnded(host, model.today),
      support: hostLifecycle(host, model.today).entries.map(({ edition, label }) => ({ edition, label })),
      ...(platformTerms.has(host.id) ? { platforms: platformTerms.get(host.id) ?? [] } : {}),
    })),
    images: model.images.map((image) => ({
      id: image.id,
      name: image.name,
      family: image.family,
      build: image.build,
      repository: image.repository,
      tag: image.tags[0] ?? '',
      terms: imageTerms(image).filter((term) => term !== image.id && term !== image.name),
      retired: isRetired(image.support, model.today),
      ended: imageEnded(image, model.today),
    })),
    codes,
    alternatives,
    reasons,
    limits: compactLimits(limitEntries),
  };
}

/** The verdicts of one cell from the compact codes. */
export function cellCodes(
  data: ExplorerData,
  hostIndex: number,
  imageIndex: number,
): { process: VerdictValue; hyperv: VerdictValue } {
  const at = 2 * (hostIndex * data.images.length + imageIndex);
  return {
    process: LETTER_TO_VERDICT[data.codes[at] ?? ''] ?? 'unknown',
    hyperv: LETTER_TO_VERDICT[data.codes[at + 1] ?? ''] ?? 'unknown',
  };
}

/** The advice of one cell, rebuilt from the compact data exactly as the model built it. */
export function explorerAdvice(data: ExplorerData, hostIndex: number, imageIndex: number): CellAdvice | null {
  const host = data.hosts[hostIndex];
  const image = data.images[imageIndex];
  if (!host || !image) return null;
  const at = hostIndex * data.images.length + imageIndex;
  const other = data.images[data.alternatives[at] ?? -1];
  const reason = reasonOf(data.reasons[at]);
  const side = (entry: ExplorerHost | ExplorerImage) => ({
    id: entry.id,
    name: entry.name,
    ended: entry.ended,
  });
  const reference = (entry: ExplorerImage): string => `${entry.repository}:${entry.tag}`;
  return assembleAdvice({
    limit: limitAt(data.limits, String(at)),
    host: side(host),
    image: { ...side(image), reference: reference(image), ...cellCodes(data, hostIndex, imageIndex) },
    alternative:
      other === undefined || reason === null
        ? null
        : {
            ...side(other),
            reference: reference(other),
            reason,
            ...cellCodes(data, hostIndex, data.images.indexOf(other)),
          },
  });
}

/** The explorer's shareable state: what is in the address bar. */
export interface ExplorerState {
  host: string | null;
  image: string | null;
  hideRetired: boolean;
  family: string | null;
}

/** Reads the state from a query string, ignoring anything unknown (never trusting the URL). */
export function parseExplorerState(search: string, data: ExplorerData): ExplorerState {
  const params = new URLSearchParams(search);
  const known = (value: string | null, ids: readonly string[]): string | null =>
    value !== null && ids.includes(value) ? value : null;
  return {
    host: known(
      params.get('host'),
      data.hosts.map((host) => host.id),
    ),
    image: known(
      params.get('image'),
      data.images.map((image) => image.id),
    ),
    hideRetired: params.get('hideRetired') === '1',
    family: known(params.get('family'), [...new Set(data.images.map((image) => image.family))]),
  };
}

/** Writes the state as a query string (empty values left out), e.g. `?host=ws2019&image=…`. */
export function explorerQuery(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.host) params.set('host', state.host);
  if (state.image) params.set('image', state.image);
  if (state.hideRetired) params.set('hideRetired', '1');
  if (state.family) params.set('family', state.family);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
