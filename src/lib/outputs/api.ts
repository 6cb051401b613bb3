/**
 * The JSON API document (`/api/v1/matrix.json`): the whole model as data for scripts and CI gates.
 * Contract: schemaVersion 1; the fields below are required and keep their meaning; new fields may be
 * added. `url` fields are site-relative paths of the pages that show the same thing.
 */
import type { Model } from '../model/model';
import type { Isolation, IsolationVerdict } from '../knowledge/engine';
import type { AdviceReason } from '../advice/advice';
import { adviceSentences, plainText } from '../advice/advice-text';
import { cellPath, hostPath, imagePath } from '../knowledge/paths';
import { hostLifecycle, imageLifecycle } from '../knowledge/lifecycle';
import type { ReleaseLifecycle } from '../knowledge/lifecycle';

/** The answer for one isolation mode, as published. */
export interface ApiIsolation {
  verdict: IsolationVerdict['verdict'];
  reason: string;
  notes: string[];
  sources: string[];
}

/** The published document. */
export interface ApiMatrix {
  schemaVersion: 1;
  generated: string;
  /** The build date the lifecycle states (`supported`, `ended` …) were computed for. */
  lifecycleAsOf: string;
  hosts: {
    id: string;
    name: string;
    kind: 'server' | 'client';
    version: string;
    build: number;
    channel: string;
    released: string | null;
    group: string;
    aliases: string[];
    /** Long-term editions on this build, with the words that find them. */
    editions: { id: string; name: string; channel: string; aliases: string[] }[];
    /** Dates per edition as endoflife.date publishes them, each with its source keys; state computed for `lifecycleAsOf`. */
    lifecycle: ReleaseLifecycle;
    url: string;
  }[];
  images: {
    id: string;
    name: string;
    family: string;
    repository: string;
    osVersion: string;
    build: number;
    tags: string[];
    architectures: string[];
    lifecycle: ReleaseLifecycle;
    url: string;
  }[];
  cells: {
    host: string;
    image: string;
    process: ApiIsolation;
    hyperv: ApiIsolation;
    recommendedTag: string | null;
    /** The isolation mode to run `recommendedTag` with; null when it runs in neither. */
    recommendedIsolation: Isolation | null;
    /** A better image's reference on this host (see `alternativeReason`), or null. */
    alternative: string | null;
    /** Why `alternative` is better: `runs`, `process-isolation`, `support` or `newer-build`; null without one. */
    alternativeReason: AdviceReason | null;
    /** The advice as the cell page states it, one plain-text sentence each. */
    advice: string[];
    sources: string[];
    url: string;
  }[];
  sources: { id: string; title: string; url: string }[];
}

/** One host's cells with their reasons: `/api/v1/hosts/<id>.json`, fetched by the matrix island. */
export interface ApiHostCells {
  schemaVersion: 1;
  host: string;
  cells: ApiMatrix['cells'];
}

/** The per-host document, a slice of the whole matrix. */
export function apiHostCells(matrix: ApiMatrix, hostId: string): ApiHostCells {
  return { schemaVersion: 1, host: hostId, cells: matrix.cells.filter((cell) => cell.host === hostId) };
}

function isolation(answer: IsolationVerdict): ApiIsolation {
  return {
    verdict: answer.verdict,
    reason: answer.reason,
    notes: answer.notes.map((note) => `${note.title}: ${note.text}`),
    sources: answer.sources,
  };
}

/** The API document for a model; `base` prefixes every url (the deployment's base path). */
export function apiMatrix(model: Model, withBase: (path: string) => string = (path) => path): ApiMatrix {
  return {
    schemaVersion: 1,
    generated: model.dataCheckedOn,
    lifecycleAsOf: model.today,
    hosts: model.hosts.map((host) => ({
      id: host.id,
      name: host.name,
      kind: host.kind,
      version: host.version,
      build: host.build,
      channel: host.channel,
      released: host.released,
      group: host.group,
      aliases: host.aliases,
      editions: host.editions.map((edition) => ({
        id: edition.id,
        name: edition.name,
        channel: edition.channel,
        aliases: edition.aliases,
      })),
      lifecycle: hostLifecycle(host, model.today),
      url: withBase(hostPath(host.id)),
    })),
    images: model.images.map((image) => ({
      id: image.id,
      name: image.name,
      family: image.family,
      repository: image.repository,
      osVersion: image.osVersion,
      build: image.build,
      tags: image.tags,
      architectures: image.architectures,
      lifecycle: imageLifecycle(image, model.today),
      url: withBase(imagePath(image.id)),
    })),
    cells: model.hosts.flatMap((host) =>
      model.images.map((image) => {
        const cell = model.cell(host.id, image.id);
        return {
          host: host.id,
          image: image.id,
          process: isolation(cell.verdict.process),
          hyperv: isolation(cell.verdict.hyperv),
          recommendedTag: cell.recommendedTag,
          recommendedIsolation: cell.advice.use?.isolation ?? null,
          alternative: cell.advice.alternative?.reference ?? null,
          alternativeReason: cell.advice.alternative?.reason ?? null,
          advice: adviceSentences(cell.advice).map((sentence) => plainText(sentence.text)),
          sources: [...new Set([...cell.verdict.process.sources, ...cell.verdict.hyperv.sources])],
          url: withBase(cellPath(host.id, image.id)),
        };
      }),
    ),
    sources: [...model.sources.values()].map((source) => ({
      id: source.id,
      title: source.title,
      url: source.url,
    })),
  };
}
