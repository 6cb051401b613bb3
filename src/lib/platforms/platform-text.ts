/**
 * Words for platforms shared by pages, the API and the paste box's precomputed data: kind names and the
 * sentence saying which host a variant gives. Pure.
 */
import type { PlatformKind } from './platform-schema';

/** Headings of the platform index, one per kind. */
export const PLATFORM_KIND_LABEL: Record<PlatformKind, string> = {
  ci: 'CI runners',
  kubernetes: 'Managed Kubernetes',
  'container-service': 'Cloud container services',
  desktop: 'Desktop',
  other: 'Other platforms',
};

/** "from 2025-09-02 to 2025-09-30", "until 2028-06-30", "since 2022-05-01", or "" when open on both ends. */
export function periodText(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) return `from ${from} to ${to}`;
  if (to !== undefined) return `until ${to}`;
  if (from !== undefined) return `since ${from}`;
  return '';
}

/** "retired by AKS on 2026-03-01" for a past end, "AKS retires it on 2028-06-30" for a coming one. */
export function platformEndText(
  who: string,
  kind: 'retired' | 'removed',
  date: string,
  today: string,
): string {
  if (date < today) return `${kind} by ${who} on ${date}`;
  return `${who} ${kind === 'retired' ? 'retires' : 'removes'} it on ${date}`;
}
