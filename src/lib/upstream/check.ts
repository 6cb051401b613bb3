/**
 * Compares content/ with the upstream snapshots: every relevant endoflife.date cycle is linked, every
 * linked date agrees or carries an override, and the build facts match hcsshim. Pure: returns findings,
 * never throws on a mismatch, so a test can list them all at once.
 */
import type { Host, Image, UpstreamField, UpstreamLink } from '../knowledge/schema';
import type { EolCycle, EolProduct } from './endoflife.ts';
import { checkHcsshim } from './check-hcsshim.ts';
import type { CheckConfig, Finding, HostWithoutConstant } from './check-types.ts';
import type { HcsshimSnapshot } from './hcsshim.ts';

export type { CheckConfig, Finding, HostWithoutConstant } from './check-types.ts';

type Support = Host['support'];
type Fact = NonNullable<Support['mainstream']>[number];

export interface CheckInput {
  hosts: readonly Host[];
  images: readonly Image[];
  stableAbiBuilds: readonly number[];
  /** Each product with the date its snapshot was taken. */
  endoflife: readonly (EolProduct & { taken: string })[];
  hcsshim: HcsshimSnapshot & { taken: string };
  config: CheckConfig;
}

export interface CheckResult {
  findings: Finding[];
  /** How much was compared, for the report. */
  counts: { links: number; dates: number; overridden: number; builds: number; cyclesRequired: number };
}

/** A host, an image or a host's long-term edition: anything that can carry upstream links. */
interface Subject {
  subject: string;
  edition?: string;
  build: number;
  released: string | null;
  support: Support;
  upstream: readonly UpstreamLink[];
}

function subjects(hosts: readonly Host[], images: readonly Image[]): Subject[] {
  return [
    ...hosts.flatMap((host): Subject[] => [
      {
        subject: `host ${host.id}`,
        build: host.build,
        released: host.released,
        support: host.support,
        upstream: host.upstream,
      },
      ...host.editions.map((edition) => ({
        subject: `host ${host.id}`,
        edition: edition.name,
        build: host.build,
        released: edition.released,
        support: edition.support,
        upstream: edition.upstream,
      })),
    ]),
    ...images.map((image) => ({
      subject: `image ${image.id}`,
      build: image.build,
      released: image.available,
      support: image.support,
      upstream: image.upstream,
    })),
  ];
}

/** The leading date for an edition label, falling back to a date that names no edition (as lifecycle.ts does). */
function leading(facts: readonly Fact[] | undefined, edition: string | undefined): string | null {
  const fact =
    (edition === undefined ? undefined : facts?.find((candidate) => candidate.edition === edition)) ??
    facts?.find((candidate) => candidate.edition === undefined);
  return fact?.date ?? null;
}

/** Our value of each endoflife.date field, by the mapping in ARCHITECTURE.md ("Upstream data"). */
export function ourDates(
  released: string | null,
  support: Support,
  edition: string | undefined,
): Record<UpstreamField, string | null> {
  const eoas = leading(support.mainstream, edition);
  return {
    releaseDate: released,
    eoas,
    // Client releases publish one servicing end: it is both the end of active and of security support.
    eol: leading(support.extended, edition) ?? eoas,
    eoes: leading(support.esu, edition),
  };
}

const FIELDS: readonly UpstreamField[] = ['releaseDate', 'eoas', 'eol', 'eoes'];

function upstreamValue(cycle: EolCycle, field: UpstreamField): string | null | undefined {
  return field === 'releaseDate' ? cycle.releaseDate : cycle[field];
}

function editionLabels(support: Support): Set<string> {
  const facts = [...(support.mainstream ?? []), ...(support.extended ?? []), ...(support.esu ?? [])];
  return new Set(facts.flatMap((fact) => (fact.edition ? [fact.edition] : [])));
}

/** Checks content/ against the snapshots; an empty `findings` list means everything agrees. */
export function checkAgainstUpstream(input: CheckInput): CheckResult {
  const findings: Finding[] = [];
  const counts = { links: 0, dates: 0, overridden: 0, builds: 0, cyclesRequired: 0 };
  const cycles = new Map<string, { cycle: EolCycle; taken: string }>();
  for (const product of input.endoflife) {
    for (const cycle of product.cycles)
      cycles.set(`${product.product}/${cycle.name}`, { cycle, taken: product.taken });
  }
  const newestEol = input.endoflife.map((p) => p.taken).reduce((a, b) => (b > a ? b : a), '');
  const linked = new Set<string>();

  for (const subject of subjects(input.hosts, input.images)) {
    const where = subject.edition ? `${subject.subject} (edition "${subject.edition}")` : subject.subject;
    const base = {
      subject: subject.subject,
      ...(subject.edition !== undefined && { edition: subject.edition }),
    };
    for (const link of subject.upstream) {
      const found = cycles.get(link.cycle);
      if (!found) {
        findings.push({
          ...base,
          cycle: link.cycle,
          field: 'cycle',
          ours: link.cycle,
          upstream: null,
          snapshot: newestEol,
          message: `${where}: links ${link.cycle}, which the endoflife.date snapshot of ${newestEol} does not have; fix the link or refresh the snapshot`,
        });
        continue;
      }
      const { cycle, taken } = found;
      linked.add(link.cycle);
      counts.links += 1;
      const linkBase = { ...base, cycle: link.cycle, snapshot: taken };
      if (link.edition !== undefined && !editionLabels(subject.support).has(link.edition)) {
        findings.push({
          ...linkBase,
          field: 'edition',
          ours: link.edition,
          upstream: null,
          message: `${where}: the link to ${link.cycle} names edition "${link.edition}", but no support date carries that edition label`,
        });
      }
      if (cycle.latestBuild !== null) {
        counts.builds += 1;
        if (cycle.latestBuild !== subject.build) {
          findings.push({
            ...linkBase,
            field: 'build',
            ours: subject.build,
            upstream: cycle.latestBuild,
            message: `${where}: build is ${subject.build} here but ${cycle.latest ?? '?'} in endoflife.date ${link.cycle} (snapshot of ${taken})`,
          });
        }
      }
      const ours = ourDates(subject.released, subject.support, link.edition);
      for (const field of FIELDS) {
        const theirs = upstreamValue(cycle, field);
        const override = link.overrides.find((candidate) => candidate.field === field);
        const fieldBase = { ...linkBase, field, ours: ours[field] };
        if (theirs === undefined) {
          if (override) {
            findings.push({
              ...fieldBase,
              upstream: null,
              message: `${where}: overrides ${field} of ${link.cycle}, a field that product does not publish; remove the override`,
            });
          }
          continue;
        }
        counts.dates += 1;
        if (ours[field] === theirs) {
          if (override) {
            findings.push({
              ...fieldBase,
              upstream: theirs,
              message: `${where}: ${field} now agrees with endoflife.date ${link.cycle} (${theirs ?? 'none'}, snapshot of ${taken}); remove the override`,
            });
          }
        } else if (!override) {
          findings.push({
            ...fieldBase,
            upstream: theirs,
            message: `${where}: ${field} is ${ours[field] ?? 'not given'} here but ${theirs ?? 'not given'} in endoflife.date ${link.cycle} (snapshot of ${taken}); update the content or add an override with its source and reason`,
          });
        } else if (override.upstream !== theirs) {
          findings.push({
            ...fieldBase,
            upstream: theirs,
            message: `${where}: the override of ${field} for ${link.cycle} records upstream ${override.upstream ?? 'none'}, but the snapshot of ${taken} says ${theirs ?? 'none'}; review the override`,
          });
        } else {
          counts.overridden += 1;
        }
      }
    }
  }

  const ignored = new Map(input.config.ignoredCycles.map((entry) => [entry.cycle, entry.reason]));
  for (const [key, { cycle, taken }] of cycles) {
    if (cycle.latestBuild === null || cycle.latestBuild < input.config.minBuild) continue;
    if (ignored.has(key)) {
      if (linked.has(key)) {
        findings.push({
          subject: 'checks',
          cycle: key,
          field: 'ignoredCycles',
          ours: key,
          upstream: key,
          snapshot: taken,
          message: `upstream/checks.json ignores ${key}, but content links it; drop it from ignoredCycles`,
        });
      }
      continue;
    }
    counts.cyclesRequired += 1;
    if (!linked.has(key)) {
      findings.push({
        subject: 'content',
        cycle: key,
        field: 'cycle',
        ours: null,
        upstream: key,
        snapshot: taken,
        message: `endoflife.date ${key} (build ${cycle.latestBuild}, released ${cycle.releaseDate ?? '?'}; snapshot of ${taken}) is linked by no host, edition or image; link it or add it to ignoredCycles in upstream/checks.json with a reason`,
      });
    }
  }
  for (const key of ignored.keys()) {
    if (!cycles.has(key)) {
      findings.push({
        subject: 'checks',
        cycle: key,
        field: 'ignoredCycles',
        ours: key,
        upstream: null,
        snapshot: newestEol,
        message: `upstream/checks.json ignores ${key}, which the snapshot of ${newestEol} does not have; remove it`,
      });
    }
  }

  findings.push(...checkHcsshim(input));
  return { findings, counts };
}

/** Validates `upstream/checks.json`. */
export function parseCheckConfig(document: unknown, where = 'upstream/checks.json'): CheckConfig {
  const doc = (document ?? {}) as Record<string, unknown>;
  const fail = (field: string, expected: string): never => {
    throw new Error(`${where}: field "${field}": expected ${expected}`);
  };
  const minBuild = doc['minBuild'];
  if (typeof minBuild !== 'number' || !Number.isInteger(minBuild)) return fail('minBuild', 'a build number');
  const ignored = doc['ignoredCycles'];
  if (!Array.isArray(ignored)) return fail('ignoredCycles', 'a list');
  const ignoredCycles = ignored.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const { cycle, reason } = e;
    if (typeof cycle !== 'string' || typeof reason !== 'string' || reason.trim() === '') {
      return fail(`ignoredCycles[${i}]`, '{ cycle, reason } with a non-empty reason');
    }
    return { cycle, reason };
  });
  const constants = doc['hcsshimConstants'];
  if (
    typeof constants !== 'object' ||
    constants === null ||
    Object.values(constants).some((v) => typeof v !== 'string')
  ) {
    return fail('hcsshimConstants', 'an object of host id → constant name');
  }
  const without = doc['hcsshimWithoutConstant'] ?? {};
  if (typeof without !== 'object' || without === null || Array.isArray(without))
    return fail('hcsshimWithoutConstant', 'an object of host id → { reason, sameBuildAs? }');
  const hcsshimWithoutConstant: Record<string, HostWithoutConstant> = {};
  for (const [hostId, entry] of Object.entries(without as Record<string, unknown>)) {
    const { reason, sameBuildAs } = (entry ?? {}) as Record<string, unknown>;
    if (
      typeof reason !== 'string' ||
      reason.trim() === '' ||
      (sameBuildAs !== undefined && typeof sameBuildAs !== 'string')
    )
      return fail(`hcsshimWithoutConstant.${hostId}`, '{ reason, sameBuildAs? } with a non-empty reason');
    hcsshimWithoutConstant[hostId] = sameBuildAs === undefined ? { reason } : { reason, sameBuildAs };
  }
  return {
    minBuild,
    ignoredCycles,
    hcsshimConstants: constants as Record<string, string>,
    hcsshimWithoutConstant,
  };
}
