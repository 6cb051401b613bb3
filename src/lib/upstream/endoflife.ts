/**
 * Reading endoflife.date's v1 API documents (`/api/v1/products/<product>/`), as kept in `upstream/`.
 * Pure. Relative imports in this folder carry their `.ts` extension so `scripts/data-update.mjs` can
 * run them directly under Node's type stripping, without a build step.
 */

/** The endoflife.date products we keep snapshots of, in the order they are fetched and reported. */
export const ENDOFLIFE_PRODUCTS = [
  'windows',
  'windows-server',
  'windows-server-core',
  'windows-nano-server',
] as const;

/**
 * endoflife.date products about platforms, not Windows releases: checked against content/platforms/ by
 * src/lib/platforms/platform-upstream.ts, not by the host and image check (which would ask every cycle,
 * Ubuntu and macOS runners included, to be linked by a host).
 */
export const PLATFORM_ENDOFLIFE_PRODUCTS = ['github-actions-runner-images'] as const;

/** The public API address of one product. */
export function endoflifeApiUrl(product: string): string {
  return `https://endoflife.date/api/v1/products/${product}/`;
}

/** One release cycle, reduced to the facts our data mirrors. */
export interface EolCycle {
  /** The cycle name, e.g. `10-22h2` or `2019`. */
  name: string;
  releaseDate: string | null;
  /** End of active support. `undefined` when the product publishes no such column. */
  eoas: string | null | undefined;
  /** End of security support. */
  eol: string | null;
  /** End of extended security updates. `undefined` when the product publishes no such column. */
  eoes: string | null | undefined;
  /** The latest version as published, e.g. `10.0.19045`. */
  latest: string | null;
  /** The build number of `latest` (its third part) when it has the form 10.0.NNNNN, else null. */
  latestBuild: number | null;
}

/** One product's release data. */
export interface EolProduct {
  product: string;
  /** When endoflife.date generated the document (ISO timestamp). */
  generatedAt: string;
  cycles: EolCycle[];
}

/** Bad upstream data: the message names the document and the field. */
export class UpstreamFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamFormatError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The build number in a Windows version such as `10.0.26100`; null for other forms (`6.3.9600`). */
export function windowsBuild(version: string | null): number | null {
  const match = /^10\.0\.(\d{5})(?:\.\d+)?$/.exec(version ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/** A date field: a date string, null, or (for a column the product lacks) undefined. */
function dateField(release: Record<string, unknown>, key: string, where: string): string | null | undefined {
  if (!(key in release)) return undefined;
  const value = release[key];
  if (value === null) return null;
  if (typeof value === 'string' && DATE.test(value)) return value;
  throw new UpstreamFormatError(
    `${where}: field "${key}": expected a YYYY-MM-DD date or null, got ${JSON.stringify(value)}`,
  );
}

/** Validates one product document of the v1 API and keeps the facts we compare; `where` names it in errors. */
export function parseEndoflifeProduct(document: unknown, where: string): EolProduct {
  if (!isRecord(document)) throw new UpstreamFormatError(`${where}: expected a JSON object`);
  const { result, generated_at: generatedAt } = document;
  if (typeof generatedAt !== 'string') {
    throw new UpstreamFormatError(`${where}: field "generated_at": expected a timestamp string`);
  }
  if (!isRecord(result) || typeof result['name'] !== 'string' || !Array.isArray(result['releases'])) {
    throw new UpstreamFormatError(`${where}: field "result": expected { name, releases: [...] }`);
  }
  const cycles = result['releases'].map((release: unknown, i): EolCycle => {
    const at = `${where}: result.releases[${i}]`;
    if (!isRecord(release) || typeof release['name'] !== 'string') {
      throw new UpstreamFormatError(`${at}: expected an object with a "name" string`);
    }
    const latest = release['latest'];
    const latestName = isRecord(latest) && typeof latest['name'] === 'string' ? latest['name'] : null;
    return {
      name: release['name'],
      releaseDate: dateField(release, 'releaseDate', `${at} (${release['name']})`) ?? null,
      eoas: dateField(release, 'eoasFrom', `${at} (${release['name']})`),
      eol: dateField(release, 'eolFrom', `${at} (${release['name']})`) ?? null,
      eoes: dateField(release, 'eoesFrom', `${at} (${release['name']})`),
      latest: latestName,
      latestBuild: windowsBuild(latestName),
    };
  });
  return { product: result['name'], generatedAt, cycles };
}
