/**
 * Kubernetes labels and kubectl output. CI runner labels (`runs-on: windows-2022`, `vmImage`) are platform
 * data now: `../platforms.ts` reads them from content/platforms/, with their dates.
 */
import { RE } from './patterns';
import { mention, readFullVersion } from './state';
import type { State } from './types';

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
