/** Narrowing the hosts a build can be by the product words the text also uses. */
import type { Host } from '../../knowledge/schema';
import { joinWords } from '../catalog';
import { unique } from '../text';
import type { Hints } from './types';

/** Words of an installation option the text must name for such a host to stay (`Nano Server` → nano). */
export function editionWords(edition: string): string[] {
  const generic = new Set(['datacenter', 'standard', 'core', 'server', 'edition', 'installation', '/', '']);
  return edition
    .toLowerCase()
    .split(/[\s/]+/)
    .filter((word) => !generic.has(word));
}

export interface NarrowStep {
  label: string;
  keep: (host: Host) => boolean;
  /** Skip silently when it would leave nothing (release labels such as 2009 stay frozen on later builds). */
  quiet?: boolean;
}

/** The narrowing steps the hints allow, in order. */
export function narrowSteps(hints: Hints): NarrowStep[] {
  const steps: NarrowStep[] = [];
  if (hints.server !== hints.client) {
    const kind = hints.server ? 'server' : 'client';
    steps.push({
      label: `the text names a ${kind === 'server' ? 'Windows Server' : 'Windows client'} product`,
      keep: (h) => h.kind === kind,
    });
  }
  // Windows 11 still calls itself "Windows 10" in some fields (product name in the registry), never the reverse.
  const generation = hints.generations.has('windows-11')
    ? 'windows-11'
    : hints.generations.has('windows-10')
      ? 'windows-10'
      : undefined;
  if (generation !== undefined) {
    const name = generation === 'windows-11' ? 'Windows 11' : 'Windows 10';
    steps.push({ label: `the text says ${name}`, keep: (h) => h.group === generation });
  }
  if (hints.years.length > 0) {
    const years = unique(hints.years);
    steps.push({
      label: `the text says Server ${years.join('/')}`,
      keep: (h) => years.some((y) => new RegExp(`\\b${y}\\b`).test(h.name)),
    });
  }
  // When the text names an installation option (Nano Server), only hosts with that option stay.
  steps.push({
    label: 'the text names its installation option',
    keep: (h) =>
      h.edition !== undefined &&
      editionWords(h.edition).length > 0 &&
      editionWords(h.edition).every((w) => hints.words.has(w)),
    quiet: true,
  });
  if (hints.productSeen || hints.words.has('nano')) {
    steps.push({
      label: 'its installation option is not mentioned',
      keep: (h) => h.edition === undefined || editionWords(h.edition).every((word) => hints.words.has(word)),
    });
  }
  if (hints.editions.length > 0) {
    const named = unique(hints.editions.map((e) => e.edition.name));
    steps.push({
      label: `the text names the edition ${joinWords(named)}`,
      keep: (h) => hints.editions.some((e) => e.host.id === h.id),
      quiet: true,
    });
  }
  if (hints.versions.length > 0) {
    const versions = unique(hints.versions);
    steps.push({
      label: `the text says version ${versions.join('/')}`,
      keep: (h) => versions.includes(h.version.toUpperCase()),
      quiet: true,
    });
  }
  return steps;
}

/** Narrows hosts by the product words found; a step that would leave nothing is skipped and reported. */
export function narrowHosts(hosts: readonly Host[], hints: Hints, notes: string[]): Host[] {
  let current = [...hosts];
  for (const step of narrowSteps(hints)) {
    const next = current.filter(step.keep);
    if (next.length === current.length) continue;
    if (next.length === 0) {
      if (step.quiet === true) continue;
      notes.push(`Did not narrow by "${step.label}": no host with this build matches it.`);
      continue;
    }
    const dropped = current.filter((host) => !next.includes(host));
    notes.push(`Left out ${joinWords(dropped.map((h) => h.id))} because ${step.label}.`);
    current = next;
  }
  return current;
}
