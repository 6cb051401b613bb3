/**
 * The verdicts the paste box needs, in a form small enough for island props, and the cell answers built
 * from them. The table is computed at build time from the model (`src/lib/island-catalog.ts`); the
 * browser only decodes it.
 *
 * Encoding: `rows[hostId]` is one string with three characters per image, images in catalog order:
 *   1. the process-isolation verdict, 2. the Hyper-V verdict — each a `VERDICT_CODE` letter
 *      (s supported, l limited, n unsupported, q unknown);
 *   3. the cell's alternative (the best image on this host when process isolation does not run) as its
 *      position in the catalog's image list, one character of `ALTERNATIVE_DIGITS`, or `-` for none.
 * 30 hosts × 27 images come to about 2.5 KB before compression.
 */
import { cellPath } from '../paths';
import { imageReference } from '../recommend';
import type { Host, Image, VerdictValue } from '../schema';
import { VERDICT_CODE } from '../verdict-text';
import type { Catalog } from './catalog';
import type { SupportEnds } from '../fleet-lifecycle';

/** The compact verdict table: per host id, three characters per image (see the file comment). */
export interface VerdictTable {
  readonly rows: Readonly<Record<string, string>>;
}

/** The catalog plus the verdict table: everything the paste box gets as props. */
export interface PasteCatalog extends Catalog {
  readonly verdicts: VerdictTable;
  /**
   * Support state sentences computed at build time, keyed `<host id>` or `<host id>#<edition id>`, so the
   * paste box can give an edition's dates without shipping dates and the lifecycle code.
   */
  readonly lifecycleLabels: Readonly<Record<string, string>>;
  /** Each host's and image's last day of support, for the fleet answer (`src/lib/fleet-lifecycle.ts`). */
  readonly supportEnds: SupportEnds;
}

/** The verdicts of one cell, one per isolation mode. */
export interface CellVerdicts {
  process: VerdictValue;
  hyperv: VerdictValue;
}

/** What the encoder needs to know of one cell. */
export interface CellFacts extends CellVerdicts {
  /** The id of the best image on this host when process isolation does not run here. */
  alternativeImageId: string | null;
}

/** Image positions as single characters; 62 images fit, more are encoded as "no alternative". */
export const ALTERNATIVE_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NO_ALTERNATIVE = '-';

const LETTER_TO_VERDICT: Readonly<Record<string, VerdictValue>> = Object.fromEntries(
  Object.entries(VERDICT_CODE).map(([verdict, letter]) => [letter, verdict as VerdictValue]),
);

/** Builds the table from a cell lookup (the model's, at build time). */
export function encodeVerdicts(
  catalog: Catalog,
  cell: (hostId: string, imageId: string) => CellFacts,
): VerdictTable {
  const position = new Map(catalog.images.map((image, i) => [image.id, i]));
  const rows: Record<string, string> = {};
  for (const host of catalog.hosts) {
    let row = '';
    for (const image of catalog.images) {
      const facts = cell(host.id, image.id);
      const at = facts.alternativeImageId === null ? undefined : position.get(facts.alternativeImageId);
      const digit = at === undefined ? NO_ALTERNATIVE : (ALTERNATIVE_DIGITS[at] ?? NO_ALTERNATIVE);
      row += VERDICT_CODE[facts.process] + VERDICT_CODE[facts.hyperv] + digit;
    }
    rows[host.id] = row;
  }
  return { rows };
}

/** Reads one cell from the table; a cell the table does not have is `unknown` in both modes. */
export function lookupVerdicts(catalog: PasteCatalog, hostId: string, imageId: string): CellVerdicts {
  const at = catalog.images.findIndex((image) => image.id === imageId);
  const row = catalog.verdicts.rows[hostId] ?? '';
  return {
    process: LETTER_TO_VERDICT[row[3 * at] ?? ''] ?? 'unknown',
    hyperv: LETTER_TO_VERDICT[row[3 * at + 1] ?? ''] ?? 'unknown',
  };
}

/** The `(hostId, imageId) => verdicts` function the fleet answer and the cell answers use. */
export function verdictLookup(catalog: PasteCatalog): (hostId: string, imageId: string) => CellVerdicts {
  return (hostId, imageId) => lookupVerdicts(catalog, hostId, imageId);
}

/** The cell's alternative image, when process isolation does not run there. */
export function alternativeImage(catalog: PasteCatalog, hostId: string, imageId: string): Image | undefined {
  const at = catalog.images.findIndex((image) => image.id === imageId);
  const digit = (catalog.verdicts.rows[hostId] ?? '')[3 * at + 2];
  if (at < 0 || digit === undefined || digit === NO_ALTERNATIVE) return undefined;
  return catalog.images[ALTERNATIVE_DIGITS.indexOf(digit)];
}

/** Whether a verdict means the image runs (supported or limited). */
function runs(value: VerdictValue): boolean {
  return value === 'supported' || value === 'limited';
}

/** The answer for one host and one image the paste named together. */
export interface CellAnswer {
  host: Host;
  image: Image;
  verdicts: CellVerdicts;
  /** The tag to use, fully qualified: the image's recommended floating tag. */
  reference: string;
  /** Site-relative path of the cell page. */
  path: string;
  /** Where process isolation does not run: the best image on this host instead. */
  alternative?: { image: Image; reference: string; isolation: 'process' | 'hyperv' };
  /** One or two sentences: what runs and what to write. */
  advice: string;
}

/** What to do, in words, from the verdicts and the alternative. */
function adviceFor(answer: Omit<CellAnswer, 'advice'>): string {
  const { verdicts, reference, alternative, host } = answer;
  const instead =
    alternative === undefined
      ? ''
      : ` For ${alternative.isolation === 'process' ? 'process' : 'Hyper-V'} isolation use ${alternative.reference}.`;
  if (runs(verdicts.process)) {
    const limits = verdicts.process === 'limited' ? ', with limits (see the cell page)' : '';
    const both = runs(verdicts.hyperv) ? ' Hyper-V isolation works too.' : '';
    return `Runs with process isolation${limits}: use ${reference}.${both}`;
  }
  if (runs(verdicts.hyperv) && verdicts.process === 'unknown') {
    return `Hyper-V isolation works: docker run --isolation=hyperv ${reference}. Process isolation is disputed; the cell page gives both readings.${instead}`;
  }
  if (runs(verdicts.hyperv)) {
    return `Runs only with Hyper-V isolation: docker run --isolation=hyperv ${reference}.${instead}`;
  }
  if (verdicts.process === 'unknown' || verdicts.hyperv === 'unknown') {
    return `Sources disagree or say nothing about this pair; see the cell page.${instead}`;
  }
  const use =
    alternative === undefined
      ? ''
      : ` Use ${alternative.reference} instead (${alternative.isolation === 'process' ? 'process' : 'Hyper-V'} isolation).`;
  return `Does not run on ${host.name} in either isolation mode.${use}`;
}

/** The answer for one cell, from the table. */
export function cellAnswer(catalog: PasteCatalog, host: Host, image: Image): CellAnswer {
  const verdicts = lookupVerdicts(catalog, host.id, image.id);
  const answer: Omit<CellAnswer, 'advice'> = {
    host,
    image,
    verdicts,
    reference: imageReference(image),
    path: cellPath(host.id, image.id),
  };
  const other = alternativeImage(catalog, host.id, image.id);
  if (other !== undefined) {
    const otherVerdicts = lookupVerdicts(catalog, host.id, other.id);
    answer.alternative = {
      image: other,
      reference: imageReference(other),
      isolation: runs(otherVerdicts.process) ? 'process' : 'hyperv',
    };
  }
  return { ...answer, advice: adviceFor(answer) };
}

/**
 * Every host × image answer, hosts first, at most `limit` of them. Hosts with a special installation option
 * (Nano Server as a 2016 host) come after the plain release of the same build: they are the rarer reading.
 */
export function cellAnswers(
  catalog: PasteCatalog,
  hosts: readonly Host[],
  images: readonly Image[],
  limit = 6,
): CellAnswer[] {
  const answers: CellAnswer[] = [];
  const ordered = [...hosts].sort(
    (a, b) => Number(a.edition !== undefined) - Number(b.edition !== undefined),
  );
  for (const host of ordered)
    for (const image of images) {
      if (answers.length >= limit) return answers;
      answers.push(cellAnswer(catalog, host, image));
    }
  return answers;
}
