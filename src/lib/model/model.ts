/**
 * Builds the whole compatibility model from the validated content: sorted hosts and images, every
 * cell's verdict and recommendation, and the cross-reference checks a schema cannot express
 * (unknown ids, duplicate ids, unknown sources, cells without a reason). Pure: the data module in
 * src/data feeds it the collections; the unit tests feed it the files directly.
 */
import { recommendForHost } from '../advice/recommend';
import type { Recommendation } from '../advice/recommend';
import { adviceBuilder } from '../advice/advice-model';
import type { CellAdvice } from '../advice/advice';
import { cellProblems, verdict } from '../knowledge/engine';
import type { CellVerdict, Knowledge } from '../knowledge/engine';
import { hostGroups, imageFamilies } from '../knowledge/schema';
import type { Host, HostGroup, Image, ImageFamily, RuleException, Rules, Source } from '../knowledge/schema';
import { cellPath } from '../knowledge/paths';

/** A validated entry together with the file it came from, for error messages. */
export interface FromFile<T> {
  file: string;
  data: T;
}

/** Everything the model is built from. */
export interface ModelInput {
  hosts: readonly FromFile<Host>[];
  images: readonly FromFile<Image>[];
  exceptions: readonly FromFile<RuleException>[];
  sources: readonly Source[];
  rules: Rules;
  /** The reference date for lifecycle states (YYYY-MM-DD). */
  today: string;
  /** The date of the newest upstream snapshot the content was checked against (YYYY-MM-DD). */
  dataCheckedOn: string;
}

/** One host × image pair with its answer. */
export interface Cell {
  hostId: string;
  imageId: string;
  verdict: CellVerdict;
  /** The tag for this image, fully qualified, when the cell runs in some mode; else null (= `advice.use`). */
  recommendedTag: string | null;
  /** What every view says about this cell: what to do, what is retired, and a better image if one exists. */
  advice: CellAdvice;
  path: string;
}

/** The compatibility model every page, island and API file is rendered from. */
export interface Model {
  hosts: Host[];
  images: Image[];
  hostsById: ReadonlyMap<string, Host>;
  imagesById: ReadonlyMap<string, Image>;
  sources: ReadonlyMap<string, Source>;
  rules: Rules;
  exceptions: RuleException[];
  today: string;
  dataCheckedOn: string;
  cell(hostId: string, imageId: string): Cell;
  /** The best tag of each family for a host (null where the family never runs there). */
  recommendations(hostId: string): Record<ImageFamily, Recommendation | null>;
}

/** An error in the content, naming the file, the field and what was expected. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${file}: field "${field}": ${expected}`);
    this.name = 'ContentError';
  }
}

function checkUniqueIds<T extends { id: string }>(entries: readonly FromFile<T>[], kind: string): void {
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    const earlier = seen.get(data.id);
    if (earlier)
      throw new ContentError(
        file,
        'id',
        `expected a unique ${kind} id, but "${data.id}" is also used by ${earlier}`,
      );
    seen.set(data.id, file);
    const base = file
      .split('/')
      .pop()
      ?.replace(/\.(ya?ml)$/, '');
    if (kind !== 'exception' && base !== data.id) {
      throw new ContentError(
        file,
        'id',
        `expected the id to equal the file name ("${base ?? ''}"), got "${data.id}"`,
      );
    }
  }
}

function checkSources(
  file: string,
  field: string,
  keys: readonly string[],
  sources: ReadonlyMap<string, Source>,
): void {
  keys.forEach((key, index) => {
    if (!sources.has(key)) {
      throw new ContentError(
        file,
        `${field}[${index}]`,
        `expected a source key defined in content/sources.yaml, got "${key}"`,
      );
    }
  });
}

function checkReferences(
  input: ModelInput,
  hostsById: Map<string, Host>,
  imagesById: Map<string, Image>,
  sources: Map<string, Source>,
): void {
  for (const { file, data } of input.hosts) {
    checkSources(file, 'sources', data.sources, sources);
    data.notes.forEach((note, i) => checkSources(file, `notes[${i}].sources`, note.sources, sources));
    for (const [milestone, facts] of Object.entries(data.support)) {
      facts?.forEach((fact, i) =>
        checkSources(file, `support.${milestone}[${i}].sources`, fact.sources, sources),
      );
    }
  }
  for (const { file, data } of input.images) {
    checkSources(file, 'sources', data.sources, sources);
    data.notes.forEach((note, i) => checkSources(file, `notes[${i}].sources`, note.sources, sources));
    data.tagForms.forEach((form, i) => checkSources(file, `tagForms[${i}].sources`, form.sources, sources));
    data.missingTags.forEach((tag, i) =>
      checkSources(file, `missingTags[${i}].sources`, tag.sources, sources),
    );
    for (const [milestone, facts] of Object.entries(data.support)) {
      facts?.forEach((fact, i) =>
        checkSources(file, `support.${milestone}[${i}].sources`, fact.sources, sources),
      );
    }
  }
  for (const { file, data } of input.exceptions) {
    const where = `${data.id}`;
    checkSources(file, `${where}.sources`, data.sources, sources);
    for (const mode of ['process', 'hyperv'] as const) {
      const effect = data[mode];
      // A verdict other than a limit replaces the rule's answer, so it must say why in its own words.
      if (effect?.verdict && effect.verdict !== 'limited' && !effect.reason) {
        throw new ContentError(
          file,
          `${where}.${mode}.reason`,
          `expected a reason, since the exception sets the verdict to "${effect.verdict}"`,
        );
      }
    }
    data.when.hosts?.forEach((id, i) => {
      if (!hostsById.has(id))
        throw new ContentError(
          file,
          `${where}.when.hosts[${i}]`,
          `expected a host id from content/hosts/, got "${id}"`,
        );
    });
    data.when.images?.forEach((id, i) => {
      if (!imagesById.has(id))
        throw new ContentError(
          file,
          `${where}.when.images[${i}]`,
          `expected an image id from content/images/, got "${id}"`,
        );
    });
  }
  for (const [rule, keys] of Object.entries(input.rules.sources)) {
    checkSources('content/rules.yaml', `engine.sources.${rule}`, keys, sources);
  }
}

function byGroupThenNewest(a: Host, b: Host): number {
  const group = (g: HostGroup): number => hostGroups.indexOf(g);
  return group(a.group) - group(b.group) || b.build - a.build || a.id.localeCompare(b.id);
}

function byFamilyThenNewest(a: Image, b: Image): number {
  const family = (f: ImageFamily): number => imageFamilies.indexOf(f);
  return family(a.family) - family(b.family) || b.build - a.build || a.id.localeCompare(b.id);
}

/** Validates the content as a whole and computes every cell; throws a ContentError on bad data. */
export function buildModel(input: ModelInput): Model {
  checkUniqueIds(input.hosts, 'host');
  checkUniqueIds(input.images, 'image');
  checkUniqueIds(input.exceptions, 'exception');
  const hosts = input.hosts.map((entry) => entry.data).sort(byGroupThenNewest);
  const images = input.images.map((entry) => entry.data).sort(byFamilyThenNewest);
  const hostsById = new Map(hosts.map((host) => [host.id, host]));
  const imagesById = new Map(images.map((image) => [image.id, image]));
  const sources = new Map(input.sources.map((source) => [source.id, source]));
  checkReferences(input, hostsById, imagesById, sources);

  const knowledge: Knowledge = {
    rules: input.rules,
    exceptions: input.exceptions.map((entry) => entry.data),
  };
  const verdicts = new Map<string, CellVerdict>();
  const key = (hostId: string, imageId: string): string => `${hostId}\u0000${imageId}`;
  for (const host of hosts) {
    for (const image of images) {
      const cellVerdict = verdict(host, image, knowledge);
      const problems = cellProblems(cellVerdict);
      if (problems.length > 0) {
        const file = input.images.find((entry) => entry.data.id === image.id)?.file ?? image.id;
        throw new ContentError(
          file,
          'verdict',
          `expected a complete verdict on host "${host.id}": ${problems.join('; ')}`,
        );
      }
      verdicts.set(key(host.id, image.id), cellVerdict);
    }
  }
  const lookup = (host: Host, image: Image): CellVerdict => {
    const found = verdicts.get(key(host.id, image.id));
    if (!found) throw new Error(`No verdict for ${host.id} × ${image.id}`);
    return found;
  };

  const adviceOf = adviceBuilder(images, lookup, input.today);
  const cells = new Map<string, Cell>();
  const cell = (hostId: string, imageId: string): Cell => {
    const cached = cells.get(key(hostId, imageId));
    if (cached) return cached;
    const host = hostsById.get(hostId);
    const image = imagesById.get(imageId);
    if (!host || !image) throw new Error(`Unknown cell ${hostId} × ${imageId}`);
    const advice = adviceOf(host, image);
    const built: Cell = {
      hostId,
      imageId,
      verdict: lookup(host, image),
      recommendedTag: advice.use?.reference ?? null,
      advice,
      path: cellPath(hostId, imageId),
    };
    cells.set(key(hostId, imageId), built);
    return built;
  };

  const recommendations = (hostId: string): Record<ImageFamily, Recommendation | null> => {
    const host = hostsById.get(hostId);
    if (!host) throw new Error(`Unknown host ${hostId}`);
    const entries = imageFamilies.map(
      (family) => [family, recommendForHost(host, family, images, lookup, input.today)] as const,
    );
    return Object.fromEntries(entries) as Record<ImageFamily, Recommendation | null>;
  };

  return {
    hosts,
    images,
    hostsById,
    imagesById,
    sources,
    rules: input.rules,
    exceptions: knowledge.exceptions.slice(),
    today: input.today,
    dataCheckedOn: input.dataCheckedOn,
    cell,
    recommendations,
  };
}
