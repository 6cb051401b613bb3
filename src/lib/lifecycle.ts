/**
 * Lifecycle states from support dates. Pure: "today" is always passed in, so a build and its tests
 * give the same answer for the same date.
 */
import type { Host } from './schema';

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
      label: `Out of support since ${retires}`,
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
