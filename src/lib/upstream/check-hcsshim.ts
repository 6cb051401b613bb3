/**
 * The hcsshim part of the upstream check: the stable-interface LTSC list matches our rules, every host
 * is mapped to the constant that names its build or listed as having none (with the reason), and a
 * constant hcsshim adds for a host we list as having none is reported so it gets mapped.
 */
import type { Host } from '../knowledge/schema';
import type { CheckConfig, Finding } from './check-types.ts';
import type { HcsshimSnapshot } from './hcsshim.ts';

/** What the hcsshim check reads (a part of the whole check's input). */
export interface HcsshimCheckInput {
  hosts: readonly Pick<Host, 'id' | 'build'>[];
  stableAbiBuilds: readonly number[];
  hcsshim: HcsshimSnapshot & { taken: string };
  config: CheckConfig;
}

/** hcsshim's stable-interface list and build constants against our rules and hosts. */
export function checkHcsshim(input: HcsshimCheckInput): Finding[] {
  const { hcsshim } = input;
  const findings: Finding[] = [];
  const stable = [...input.stableAbiBuilds].join(', ');
  const compat = hcsshim.compatLTSCReleases.join(', ');
  if (stable !== compat) {
    findings.push({
      subject: 'rules',
      field: 'stableAbiBuilds',
      ours: stable,
      upstream: compat,
      snapshot: hcsshim.taken,
      message: `content/rules.yaml stableAbiBuilds is [${stable}] but hcsshim's compatLTSCReleases is [${compat}] (snapshot of ${hcsshim.taken})`,
    });
  }
  const hostsById = new Map(input.hosts.map((host) => [host.id, host]));
  for (const [hostId, constant] of Object.entries(input.config.hcsshimConstants)) {
    const host = hostsById.get(hostId);
    const build = hcsshim.builds[constant];
    if (!host || build === undefined) {
      findings.push({
        subject: 'checks',
        field: 'hcsshimConstants',
        ours: hostId,
        upstream: constant,
        snapshot: hcsshim.taken,
        message: `upstream/checks.json maps host ${hostId} to hcsshim ${constant}, but ${host ? `the snapshot of ${hcsshim.taken} has no such constant` : 'there is no such host'}`,
      });
    } else if (host.build !== build) {
      findings.push({
        subject: `host ${hostId}`,
        field: 'build',
        ours: host.build,
        upstream: build,
        snapshot: hcsshim.taken,
        message: `host ${hostId}: build is ${host.build} here but hcsshim's ${constant} is ${build} (snapshot of ${hcsshim.taken})`,
      });
    }
  }
  const mapped = new Set(
    Object.values(input.config.hcsshimConstants).flatMap((name) => {
      const build = hcsshim.builds[name];
      return build === undefined ? [] : [build];
    }),
  );
  for (const [constant, build] of Object.entries(hcsshim.builds)) {
    // A client constant with the build of a host listed as having none is reported for that host below.
    if (!mapped.has(build) && listedHostNamedBy(input, constant, build) === undefined) {
      findings.push({
        subject: 'checks',
        field: 'hcsshimConstants',
        ours: null,
        upstream: `${constant} = ${build}`,
        snapshot: hcsshim.taken,
        message: `hcsshim's ${constant} = ${build} (snapshot of ${hcsshim.taken}) names no host in upstream/checks.json; map the host with that build`,
      });
    }
  }
  findings.push(...checkHostsWithoutConstant(input));
  return findings;
}

/** The host listed as having no constant that a client-release constant (`…Win10`, `…Win11`) names by its build. */
function listedHostNamedBy(input: HcsshimCheckInput, constant: string, build: number): string | undefined {
  if (!/Win1\d$/.test(constant)) return undefined;
  return input.hosts.find(
    (host) => host.build === build && input.config.hcsshimWithoutConstant[host.id] !== undefined,
  )?.id;
}

/**
 * Hosts without a constant: each listed host exists and is not also mapped; a `sameBuildAs` constant
 * has the host's build; no host is neither mapped nor listed; and a client-release constant (hcsshim
 * names them `…Win10`/`…Win11`) with a listed host's build means hcsshim now names that host.
 */
function checkHostsWithoutConstant(input: HcsshimCheckInput): Finding[] {
  const { hcsshim, config } = input;
  const findings: Finding[] = [];
  const finding = (
    subject: string,
    ours: string | number | null,
    upstream: string | number | null,
    message: string,
  ) =>
    findings.push({ subject, field: 'hcsshimConstants', ours, upstream, snapshot: hcsshim.taken, message });
  const hostsById = new Map(input.hosts.map((host) => [host.id, host]));
  for (const [hostId, entry] of Object.entries(config.hcsshimWithoutConstant)) {
    const host = hostsById.get(hostId);
    if (host === undefined) {
      finding(
        'checks',
        hostId,
        null,
        `upstream/checks.json lists host ${hostId} as having no hcsshim constant, but there is no such host`,
      );
      continue;
    }
    if (config.hcsshimConstants[hostId] !== undefined) {
      finding(
        'checks',
        hostId,
        config.hcsshimConstants[hostId] ?? null,
        `upstream/checks.json both maps host ${hostId} to an hcsshim constant and lists it as having none; keep one`,
      );
    }
    if (entry.sameBuildAs !== undefined && hcsshim.builds[entry.sameBuildAs] !== host.build) {
      const build = hcsshim.builds[entry.sameBuildAs];
      finding(
        `host ${hostId}`,
        host.build,
        build === undefined ? null : `${entry.sameBuildAs} = ${String(build)}`,
        `host ${hostId}: build is ${String(host.build)} here but hcsshim's ${entry.sameBuildAs}, recorded as the same build, is ${build === undefined ? 'gone' : String(build)} (snapshot of ${hcsshim.taken})`,
      );
    }
    for (const [constant, build] of Object.entries(hcsshim.builds)) {
      if (listedHostNamedBy(input, constant, build) === hostId) {
        finding(
          `host ${hostId}`,
          null,
          `${constant} = ${String(build)}`,
          `hcsshim's ${constant} = ${String(build)} (snapshot of ${hcsshim.taken}) names host ${hostId}; move it from hcsshimWithoutConstant to hcsshimConstants`,
        );
      }
    }
  }
  for (const host of input.hosts) {
    if (
      config.hcsshimConstants[host.id] === undefined &&
      config.hcsshimWithoutConstant[host.id] === undefined
    ) {
      finding(
        `host ${host.id}`,
        host.build,
        null,
        `host ${host.id} (build ${String(host.build)}) is neither mapped to an hcsshim constant nor listed under hcsshimWithoutConstant in upstream/checks.json, with the reason`,
      );
    }
  }
  return findings;
}
