/**
 * Platform words for the host picker: `windows-latest`, `GitHub Actions windows-2022`, `AKS Windows2022` …
 * each attached to the host the variant gives on the build date, with a sentence saying so. Pure.
 */
import type { Platform } from './platform-schema';
import { hostsOnDate } from './platform-core';

/** The words naming one platform variant that gives a host, and the sentence the picker shows when one matched. */
export interface PlatformTerm {
  terms: string[];
  /** The variant as the platform names it, e.g. "GitHub Actions windows-latest". */
  name: string;
  /** The day the variant gives this host (the build date). */
  asOf: string;
}

/** How people name a variant in a picker: its label, its id and name, each alone and after the platform's short name. */
function variantTerms(
  platform: Platform,
  variantId: string,
  variantName: string,
  labels: string[],
): string[] {
  const bare = [variantId, variantName, ...labels];
  // Only the short platform name as a prefix: the long one would double the matrix page's words for little gain.
  const withPlatform = bare.map((word) => `${platform.shortName} ${word}`);
  return [...new Set([...bare, ...withPlatform])];
}

/** For each host id, the platform terms of the variants that give it on `today`. */
export function platformHostTerms(
  platforms: readonly Platform[],
  today: string,
): Map<string, PlatformTerm[]> {
  const byHost = new Map<string, PlatformTerm[]>();
  for (const platform of platforms)
    for (const variant of platform.variants) {
      const given = hostsOnDate(variant.hosts, today);
      if (given.length !== 1) continue; // during a rollout (or after removal) the variant names no single host
      const hostId = given[0]?.host ?? '';
      const labels = variant.writtenAs.filter((w) => w.form === 'label').map((w) => w.text);
      const list = byHost.get(hostId) ?? [];
      list.push({
        terms: variantTerms(platform, variant.id, variant.name, labels),
        name: `${platform.shortName} ${variant.name}`,
        asOf: today,
      });
      byHost.set(hostId, list);
    }
  return byHost;
}

/**
 * The sentence of the platform variant a picker query names (exactly, or by a prefix of four characters or
 * more), unless the query names the host itself (`Windows Server 2022`), which needs no explanation.
 */
export function platformHint(
  host: { name: string; terms: readonly string[]; platforms?: readonly PlatformTerm[] | undefined },
  query: string,
  key: (text: string) => string,
): string | undefined {
  const wanted = key(query);
  const platforms = host.platforms ?? [];
  if (wanted === '' || platforms.length === 0) return undefined;
  const platformKeys = new Set(platforms.flatMap((entry) => entry.terms.map(key)));
  // The host's own name always counts as its own, even where a variant is named the same.
  const ownKeys = [key(host.name), ...host.terms.map(key).filter((term) => !platformKeys.has(term))];
  if (ownKeys.some((term) => term.startsWith(wanted))) return undefined;
  const exact = platforms.filter((entry) => entry.terms.some((term) => key(term) === wanted));
  const named =
    exact.length > 0 || wanted.length < 4
      ? exact
      : platforms.filter((entry) => entry.terms.some((term) => key(term).startsWith(wanted)));
  const first = named[0];
  if (!first) return undefined;
  const names = named.map((entry) => entry.name).join(' and ');
  return `${names} ${named.length > 1 ? 'give' : 'gives'} this host (as of ${first.asOf})`;
}
