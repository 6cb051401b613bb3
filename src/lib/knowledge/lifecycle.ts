/**
 * Lifecycle states from support dates. Pure: "today" is always passed in, so a build and its tests
 * give the same answer for the same date.
 */
import type { Host, Image, UpstreamLink } from './schema';
import { outOfSupportLabel } from './support-words';

type Support = Host['support'];

export type LifecycleState = 'supported' | 'extended' | 'ended' | 'unknown';

/** A lifecycle summary of one host or image on a given date. */
export interface Lifecycle {
  state: LifecycleState;
  /** End of mainstream support, as the leading source gives it. */
  mainstreamEnd: string | null;
  /** End of extended support, where there is one. */
  extendedEnd: string | null;
  /** The last day covered by any support, i.e. when the release retires. */
  retires: string | null;
  /** True when sources give different dates for the same milestone. */
  disputed: boolean;
  /** One sentence for readers, e.g. "In extended support until 2029-01-09". */
  label: string;
}

/** The lifecycle state of a release's support dates on `today` (YYYY-MM-DD). */
export function lifecycle(support: Support, today: string): Lifecycle {
  const mainstreamEnd = support.mainstream?.[0]?.date ?? null;
  const extendedEnd = support.extended?.[0]?.date ?? null;
  const retires = extendedEnd ?? mainstreamEnd;
  // Two dates for different editions are not a dispute; two for the same editions are.
  const conflicting = (facts: readonly { edition?: string | undefined }[] = []): boolean =>
    new Set(facts.map((fact) => fact.edition ?? '')).size < facts.length;
  const disputed = conflicting(support.mainstream) || conflicting(support.extended);
  if (retires === null) {
    return {
      state: 'unknown',
      mainstreamEnd,
      extendedEnd,
      retires,
      disputed,
      label: 'No end-of-support date is published',
    };
  }
  if (today > retires) {
    return {
      state: 'ended',
      mainstreamEnd,
      extendedEnd,
      retires,
      disputed,
      label: outOfSupportLabel(retires),
    };
  }
  if (mainstreamEnd !== null && today > mainstreamEnd) {
    return {
      state: 'extended',
      mainstreamEnd,
      extendedEnd,
      retires,
      disputed,
      label: `Security fixes only, until ${retires}`,
    };
  }
  return {
    state: 'supported',
    mainstreamEnd,
    extendedEnd,
    retires,
    disputed,
    label: `Supported until ${mainstreamEnd ?? retires}`,
  };
}

/** Whether a release is retired (no support of any kind) on `today`. */
export function isRetired(support: Support, today: string): boolean {
  return lifecycle(support, today).state === 'ended';
}

/** A dated milestone as published: the date and the sources that give it. */
export interface LifecycleDate {
  date: string;
  sources: string[];
}

/**
 * One edition's dates, named as endoflife.date names its columns: release, end of active support,
 * end of security support, end of extended security updates.
 */
export interface LifecycleEntry {
  /** The edition these dates hold for ("Home and Pro", "Windows 10 Enterprise LTSC 2019"); null = every edition. */
  edition: string | null;
  /** The id of a long-term edition (its anchor on the host page); null for the release's own editions. */
  editionId: string | null;
  release: LifecycleDate | null;
  activeSupportEnd: LifecycleDate | null;
  securitySupportEnd: LifecycleDate | null;
  extendedSecurityEnd: LifecycleDate | null;
  state: LifecycleState;
  /** One sentence for readers, computed for the build date. */
  label: string;
}

/** A release's lifecycle: the state of the release as a whole and one entry per edition with its own dates. */
export interface ReleaseLifecycle {
  /** `ended` only when every edition has ended; otherwise the best state of any edition. */
  state: LifecycleState;
  label: string;
  entries: LifecycleEntry[];
}

/** What a host, an image or an edition offers for its lifecycle. */
export interface LifecycleSubject {
  released: string | null;
  releaseSources: readonly string[];
  support: Support;
  editions?: readonly {
    id: string;
    name: string;
    released: string;
    sources: readonly string[];
    support: Support;
  }[];
}

type Fact = NonNullable<Support['mainstream']>[number];

const STATE_RANK: Record<LifecycleState, number> = { supported: 3, extended: 2, unknown: 1, ended: 0 };

function leading(facts: readonly Fact[] | undefined, edition: string | null): LifecycleDate | null {
  const fact =
    facts?.find((candidate) => (candidate.edition ?? null) === edition) ??
    facts?.find((candidate) => candidate.edition === undefined);
  return fact ? { date: fact.date, sources: [...fact.sources] } : null;
}

function entryFor(
  support: Support,
  edition: string | null,
  editionId: string | null,
  release: LifecycleDate | null,
  today: string,
): LifecycleEntry {
  const activeSupportEnd = leading(support.mainstream, edition);
  // Client releases publish one servicing end: it ends active and security support alike.
  const securitySupportEnd = leading(support.extended, edition) ?? activeSupportEnd;
  const extendedSecurityEnd = leading(support.esu, edition);
  const own: Support = {
    ...(activeSupportEnd && { mainstream: [activeSupportEnd] }),
    ...(securitySupportEnd && { extended: [securitySupportEnd] }),
  };
  const summary = lifecycle(own, today);
  const esuNote =
    extendedSecurityEnd && summary.state === 'ended' && today <= extendedSecurityEnd.date
      ? `; paid security updates until ${extendedSecurityEnd.date}`
      : '';
  return {
    edition,
    editionId,
    release,
    activeSupportEnd,
    securitySupportEnd,
    extendedSecurityEnd,
    state: summary.state,
    label: `${summary.label}${esuNote}`,
  };
}

/** Every edition's lifecycle of a host or image on `today`, one entry per edition whose dates differ. */
export function releaseLifecycle(subject: LifecycleSubject, today: string): ReleaseLifecycle {
  const release = subject.released ? { date: subject.released, sources: [...subject.releaseSources] } : null;
  const allFacts = [
    ...(subject.support.mainstream ?? []),
    ...(subject.support.extended ?? []),
    ...(subject.support.esu ?? []),
  ];
  const labels = [...new Set(allFacts.flatMap((fact) => (fact.edition ? [fact.edition] : [])))];
  const entries: LifecycleEntry[] =
    labels.length === 0
      ? [entryFor(subject.support, null, null, release, today)]
      : labels.map((label) => entryFor(subject.support, label, null, release, today));
  for (const edition of subject.editions ?? []) {
    const editionRelease = { date: edition.released, sources: [...edition.sources] };
    entries.push(entryFor(edition.support, edition.name, edition.id, editionRelease, today));
  }
  const best = entries.reduce((a, b) => (STATE_RANK[b.state] > STATE_RANK[a.state] ? b : a));
  const label =
    entries.length > 1 && best.edition !== null && best.state !== 'ended'
      ? `${best.label} (${best.edition})`
      : best.label;
  return { state: best.state, label, entries };
}

/** The source key of each endoflife.date product whose data we keep a snapshot of (see content/sources.yaml). */
export const UPSTREAM_SOURCE_KEYS: Readonly<Record<string, string>> = {
  windows: 'EOL-WIN',
  'windows-server': 'EOL-WS',
  'windows-server-core': 'EOL-WSC',
  'windows-nano-server': 'EOL-NANO',
};

/** The sources of a release date: the upstream products it mirrors, else the entry's leading source. */
function releaseSources(upstream: readonly UpstreamLink[], fallback: readonly string[]): string[] {
  const keys = upstream.flatMap((link) => {
    const key = UPSTREAM_SOURCE_KEYS[link.cycle.split('/')[0] ?? ''];
    return key ? [key] : [];
  });
  return keys.length > 0 ? [...new Set(keys)] : fallback.slice(0, 1);
}

/** A host's lifecycle on `today`, its long-term editions included. */
export function hostLifecycle(host: Host, today: string): ReleaseLifecycle {
  return releaseLifecycle(
    {
      released: host.released,
      releaseSources: releaseSources(host.upstream, host.sources),
      support: host.support,
      editions: host.editions.map((edition) => ({
        ...edition,
        sources: releaseSources(edition.upstream, edition.sources),
      })),
    },
    today,
  );
}

/** An image's lifecycle on `today`. */
export function imageLifecycle(image: Image, today: string): ReleaseLifecycle {
  return releaseLifecycle(
    {
      released: image.available,
      releaseSources: releaseSources(image.upstream, image.sources),
      support: image.support,
    },
    today,
  );
}

/** Whether no edition of a host has any support left on `today`. */
export function isHostRetired(host: Host, today: string): boolean {
  return hostLifecycle(host, today).state === 'ended';
}
