/** Kubernetes labels and kubectl output, and CI runner labels (`runs-on: windows-2022`). */
import type { Host } from '../../knowledge/schema';
import { describeHosts, normaliseAlias } from '../catalog';
import { addOnce, unique } from '../text';
import { RE } from './patterns';
import { mention, readFullVersion } from './state';
import type { State } from './types';

/** Runner labels `windows-latest` has pointed at (it moved as new runner images shipped). */
export const LATEST_RUNNER_TARGETS = ['windows-2022', 'windows-2025'];

/** `node.kubernetes.io/windows-build=10.0.17763` (label, selector or YAML). */
export function readKubernetes(line: string, st: State): boolean {
  const match = RE.k8sLabel.exec(line);
  if (match !== null) {
    const parsed = readFullVersion(`${match[1] ?? ''}.${match[2] ?? ''}.${match[3] ?? ''}`, st);
    if (parsed !== undefined) mention(st, { ...parsed, context: 'host', source: 'kubernetes' });
    st.understood.push('Kubernetes node label windows-build: the build of the node (host).');
    return true;
  }
  if (RE.k8sOs.test(line)) return true;
  if (RE.kubectlHeader.test(line)) {
    st.kubectl = true;
    st.understood.push('kubectl get nodes -o wide output: the KERNEL-VERSION column is each node’s build.');
    return true;
  }
  return false;
}

/** `runs-on: windows-2022`, `vmImage: 'windows-2019'`, `windows-latest`. */
export function readRunnerLabels(line: string, st: State): boolean {
  let found = false;
  for (const match of line.matchAll(RE.runner)) {
    const label = (match[1] ?? '').toLowerCase();
    if (!/^windows-(latest|\d{4}|11)/.test(label)) continue;
    found = true;
    if (st.ciLabels.includes(label)) continue;
    st.ciLabels.push(label);
    if (label === 'windows-latest') readLatestRunner(st);
    else readRunner(label, st);
  }
  return found;
}

/** The hosts a runner label names, through host aliases, else through the year in `windows-<year>`. */
export function runnerHosts(label: string, st: State): Host[] {
  const byAlias = st.index.hostsByAlias.get(normaliseAlias(label)) ?? [];
  if (byAlias.length > 0) return [...byAlias];
  const year = /^windows-(\d{4})$/.exec(label)?.[1];
  if (year === undefined) return [];
  const named = st.catalog.hosts.filter(
    (host) => host.kind === 'server' && new RegExp(`\\b${year}\\b`).test(host.name),
  );
  const plain = named.filter((host) => host.edition === undefined);
  return plain.length > 0 ? plain : named;
}

/** A `windows-<year>` runner label: its hosts, or a problem if none matches. */
export function readRunner(label: string, st: State): void {
  const hosts = runnerHosts(label, st);
  const [first] = hosts;
  if (first === undefined) {
    addOnce(st.problems, `The runner label ${label} does not match a Windows release this site knows.`);
    return;
  }
  mention(st, { build: first.build, context: 'host', source: 'ci', hosts });
  st.understood.push(`CI runner label ${label}: ${describeHosts(hosts)}.`);
}

/** `windows-latest`: every release it has pointed at, with a note. */
export function readLatestRunner(st: State): void {
  const hosts = unique(LATEST_RUNNER_TARGETS.flatMap((label) => runnerHosts(label, st)));
  for (const host of hosts) mention(st, { build: host.build, context: 'host', source: 'ci', hosts: [host] });
  st.understood.push(
    'windows-latest has pointed at different Windows Server releases over time; check the runner image ' +
      `named in the job log. Likely: ${describeHosts(hosts)}.`,
  );
}
