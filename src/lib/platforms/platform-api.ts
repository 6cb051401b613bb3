/**
 * The platforms JSON document (`/api/v1/platforms.json`): every platform, its variants, the hosts they
 * give over time, the isolation modes allowed, the platform's own dates next to the OS's (and whose date
 * decides), announced changes, how each variant is written and the patterns that read it. Contract:
 * schemaVersion 1; fields keep their meaning; new fields may be added. `url` fields are site-relative.
 */
import type { Model } from '../model/model';
import { platformPath, variantImagePath, variantPath } from './platform-core';
import type { Platform, PlatformDate } from './platform-schema';
import { variantImages } from './platform-answer';
import { currentHosts, variantHostIds, variantIsolation, variantLifecycle } from './platforms';
import type { VariantLifecycle } from './platforms';

type Dated = { date: string; note: string | null; sources: string[] } | null;

/** The published document. */
export interface ApiPlatforms {
  schemaVersion: 1;
  generated: string;
  /** The build date `hostsToday` and every `support` entry were computed for. */
  lifecycleAsOf: string;
  platforms: {
    id: string;
    name: string;
    shortName: string;
    kind: string;
    vendor: string;
    summary: string;
    docs: string;
    url: string;
    sources: string[];
    variants: {
      id: string;
      name: string;
      url: string;
      hosts: {
        host: string;
        from: string | null;
        to: string | null;
        note: string | null;
        sources: string[];
      }[];
      /** Host ids the variant gives on `lifecycleAsOf` (its last ones when it gives none any more). */
      hostsToday: string[];
      isolation: Record<'process' | 'hyperv', { allowed: boolean; note: string | null; sources: string[] }>;
      lifecycle: { available: Dated; retired: Dated; removed: Dated };
      /** Per host: the platform's end next to the OS's end, and which decides. */
      support: ({ host: string } & Omit<VariantLifecycle, 'platformEnd'>)[];
      changes: { date: string; text: string; sources: string[] }[];
      writtenAs: { form: string; text: string; sources: string[] }[];
      match: string[];
      readings: {
        field: string;
        values: { value: string; sources: string[] }[];
        follows: string;
        reason: string;
      }[];
      images: { image: string; url: string }[];
    }[];
  }[];
}

function dated(fact: PlatformDate | undefined): Dated {
  return fact ? { date: fact.date, note: fact.note ?? null, sources: fact.sources } : null;
}

/** Builds the document; `url` turns a site path into the deployed URL (base path included). */
export function apiPlatforms(
  model: Model,
  platforms: readonly Platform[],
  url: (path: string) => string,
): ApiPlatforms {
  return {
    schemaVersion: 1,
    generated: model.dataCheckedOn,
    lifecycleAsOf: model.today,
    platforms: platforms.map((platform) => ({
      id: platform.id,
      name: platform.name,
      shortName: platform.shortName,
      kind: platform.kind,
      vendor: platform.vendor,
      summary: platform.summary,
      docs: platform.docs,
      url: url(platformPath(platform.id)),
      sources: platform.sources,
      variants: platform.variants.map((variant) => {
        const isolation = variantIsolation(platform, variant);
        const rule = (mode: 'process' | 'hyperv') => ({
          allowed: isolation[mode].allowed,
          note: isolation[mode].note ?? null,
          sources: isolation[mode].sources,
        });
        return {
          id: variant.id,
          name: variant.name,
          url: url(variantPath(platform.id, variant.id)),
          hosts: variant.hosts.map((entry) => ({
            host: entry.host,
            from: entry.from ?? null,
            to: entry.to ?? null,
            note: entry.note ?? null,
            sources: entry.sources,
          })),
          hostsToday: currentHosts(variant, model.today).map((entry) => entry.host),
          isolation: { process: rule('process'), hyperv: rule('hyperv') },
          lifecycle: {
            available: dated(variant.lifecycle.available),
            retired: dated(variant.lifecycle.retired),
            removed: dated(variant.lifecycle.removed),
          },
          support: variantHostIds(variant).flatMap((hostId) => {
            const host = model.hostsById.get(hostId);
            if (!host) return [];
            const life = variantLifecycle(platform, variant, host, model.today);
            return [
              {
                host: hostId,
                osEnd: life.osEnd,
                decidedBy: life.decidedBy,
                date: life.date,
                ended: life.ended,
                label: life.label,
              },
            ];
          }),
          changes: variant.changes.map(({ date, text, sources }) => ({ date, text, sources })),
          writtenAs: variant.writtenAs.map(({ form, text, sources }) => ({ form, text, sources })),
          match: variant.match,
          readings: variant.readings,
          images: variantImages(model, platform, variant).map((image) => ({
            image: image.id,
            url: url(variantImagePath(platform.id, variant.id, image.id)),
          })),
        };
      }),
    })),
  };
}
