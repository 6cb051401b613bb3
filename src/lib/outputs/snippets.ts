/**
 * Copy-ready snippets for one cell: Dockerfile, docker run, Compose and Kubernetes. Pure text.
 */
import type { Isolation } from '../knowledge/engine';
import type { Host } from '../knowledge/schema';

/** One snippet with its language for highlighting and a label. */
export interface Snippet {
  id: 'dockerfile' | 'docker-run' | 'compose' | 'kubernetes';
  label: string;
  language: string;
  code: string;
}

/** The snippets that use `reference` on `host` with the given isolation. */
export function snippetsFor(reference: string, host: Host, isolation: Isolation): Snippet[] {
  const isolationFlag = isolation === 'hyperv' ? 'hyperv' : 'process';
  return [
    { id: 'dockerfile', label: 'Dockerfile', language: 'dockerfile', code: `FROM ${reference}` },
    {
      id: 'docker-run',
      label: 'docker run',
      language: 'shell',
      code: `docker run --rm --isolation=${isolationFlag} ${reference} cmd /c ver`,
    },
    {
      id: 'compose',
      label: 'Compose',
      language: 'yaml',
      code: ['services:', '  app:', `    image: ${reference}`, `    isolation: ${isolationFlag}`].join('\n'),
    },
    {
      id: 'kubernetes',
      label: 'Kubernetes',
      language: 'yaml',
      // Kubernetes runs Windows pods with process isolation, so the node's build must match the image.
      code: [
        'spec:',
        '  nodeSelector:',
        '    kubernetes.io/os: windows',
        `    node.kubernetes.io/windows-build: '10.0.${host.build}'`,
        '  containers:',
        '    - name: app',
        `      image: ${reference}`,
      ].join('\n'),
    },
  ];
}
