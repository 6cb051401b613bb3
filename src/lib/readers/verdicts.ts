/**
 * The verdicts the paste box needs, in a form small enough for island props, and the cell answers built
 * from them. The table is computed at build time from the model (`src/lib/site/island-catalog.ts`); the
 * browser only decodes it.
 *
 * Encoding: `rows[hostId]` is one string with four characters per image, images in catalog order:
 *   1. the process-isolation verdict, 2. the Hyper-V verdict — each a `VERDICT_CODE` letter
 *      (s supported, l limited, n unsupported, q unknown);
 *   3. the cell's alternative (a better image on this host, see `src/lib/advice/advice.ts`) as its position in
 *      the catalog's image list, one character of `ALTERNATIVE_DIGITS`, or `-` for none;
 *   4. the alternative's reason, a `REASON_CODE` letter, or `-`.
 * 30 hosts × 27 images come to about 3.3 KB before compression. The end dates of retired hosts and images
 * travel beside the table (`ended`), so the answer names them as the cell page does.
 */
import { assembleAdvice } from '../advice/advice';
import type { AdviceReason, CellAdvice } from '../advice/advice';
import { NO_REASON, REASON_CODE, compactLimits, limitAt, reasonOf } from '../advice/advice-compact';
import type { CompactLimits } from '../advice/advice-compact';
import { cellPath } from '../knowledge/paths';
import { imageReference } from '../advice/recommend';
import type { Host, Image, VerdictValue } from '../knowledge/schema';
import { VERDICT_CODE } from '../knowledge/verdict-text';
import type { Catalog } from './catalog';
import { hostEnded, imageEnded } from '../advice/support-ends';
import type { SupportEnds } from '../advice/support-ends';

/** The compact verdict table: per host id, four characters per image (see the file comment). */
export interface VerdictTable {
  readonly rows: Readonly<Record<string, string>>;
  /** The limit of each limited cell, keyed `<host id>.<image position>`. */
  readonly limits?: CompactLimits;
}

/** The catalog plus the verdict table: everything the paste box gets as props. */
export interface PasteCatalog extends Catalog {
  readonly verdicts: VerdictTable;
  /**
   * Support state sentences computed at build time, keyed `<host id>` or `<host id>#<edition id>`, so the
   * paste box can give an edition's dates without shipping dates and the lifecycle code.
   */
  readonly lifecycleLabels: Readonly<Record<string, string>>;
  /** Each host's and image's last day of support, for the fleet answer (`src/lib/fleet/fleet-lifecycle.ts`). */
  readonly supportEnds: SupportEnds;
}

/** The verdicts of one cell, one per isolation mode. */
export interface CellVerdicts {
  process: VerdictValue;
  hyperv: VerdictValue;
}

/** What the encoder needs to know of one cell. */
export interface CellFacts extends CellVerdicts {
  /** The id of a better image on this host (advice.ts), or null. */
  alternativeImageId: string | null;
  /** Why it is better; null with no alternative. */
  alternativeReason: AdviceReason | null;
  /** The limit its verdict names (`limitOf`), when the mode the advice uses is limited. */
  limit?: string | null;
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
  const limits: [string, string | null][] = [];
  for (const host of catalog.hosts) {
    let row = '';
    for (const [index, image] of catalog.images.entries()) {
      const facts = cell(host.id, image.id);
      limits.push([`${host.id}.${String(index)}`, facts.limit ?? null]);
      const at = facts.alternativeImageId === null ? undefined : position.get(facts.alternativeImageId);
      const digit = at === undefined ? NO_ALTERNATIVE : (ALTERNATIVE_DIGITS[at] ?? NO_ALTERNATIVE);
      const reason =
        digit === NO_ALTERNATIVE || facts.alternativeReason === null
          ? NO_REASON
          : REASON_CODE[facts.alternativeReason];
      row += VERDICT_CODE[facts.process] + VERDICT_CODE[facts.hyperv] + digit + reason;
    }
    rows[host.id] = row;
  }
  return { rows, limits: compactLimits(limits) };
}

/** Reads one cell from the table; a cell the table does not have is `unknown` in both modes. */
export function lookupVerdicts(catalog: PasteCatalog, hostId: string, imageId: string): CellVerdicts {
  const at = catalog.images.findIndex((image) => image.id === imageId);
  const row = catalog.verdicts.rows[hostId] ?? '';
  return {
    process: LETTER_TO_VERDICT[row[4 * at] ?? ''] ?? 'unknown',
    hyperv: LETTER_TO_VERDICT[row[4 * at + 1] ?? ''] ?? 'unknown',
  };
}

/** The `(hostId, imageId) => verdicts` function the fleet answer and the cell answers use. */
export function verdictLookup(catalog: PasteCatalog): (hostId: string, imageId: string) => CellVerdicts {
  return (hostId, imageId) => lookupVerdicts(catalog, hostId, imageId);
}

/** The cell's alternative image and its reason, when a better image exists on that host. */
export function alternativeImage(
  catalog: PasteCatalog,
  hostId: string,
  imageId: string,
): { image: Image; reason: AdviceReason } | undefined {
  const at = catalog.images.findIndex((image) => image.id === imageId);
  const row = catalog.verdicts.rows[hostId] ?? '';
  const digit = row[4 * at + 2];
  const reason = reasonOf(row[4 * at + 3]);
  if (at < 0 || digit === undefined || digit === NO_ALTERNATIVE || reason === null) return undefined;
  const image = catalog.images[ALTERNATIVE_DIGITS.indexOf(digit)];
  return image === undefined ? undefined : { image, reason };
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
  /** What to do, what is retired and a better image, as every view says it (advice-text.ts). */
  advice: CellAdvice;
}

/** The answer for one cell, from the table. */
export function cellAnswer(catalog: PasteCatalog, host: Host, image: Image): CellAnswer {
  const verdicts = lookupVerdicts(catalog, host.id, image.id);
  const reference = imageReference(image);
  const other = alternativeImage(catalog, host.id, image.id);
  const advice = assembleAdvice({
    limit: limitAt(catalog.verdicts.limits, `${host.id}.${String(catalog.images.indexOf(image))}`),
    host: { id: host.id, name: host.name, ended: hostEnded(catalog.supportEnds, host.id) },
    image: {
      id: image.id,
      name: image.name,
      ended: imageEnded(catalog.supportEnds, image.id),
      reference,
      ...verdicts,
    },
    alternative:
      other === undefined
        ? null
        : {
            id: other.image.id,
            name: other.image.name,
            ended: imageEnded(catalog.supportEnds, other.image.id),
            reference: imageReference(other.image),
            reason: other.reason,
            ...lookupVerdicts(catalog, host.id, other.image.id),
          },
  });
  return { host, image, verdicts, reference, path: cellPath(host.id, image.id), advice };
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
