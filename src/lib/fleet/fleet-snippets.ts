/**
 * The copyable snippets of a fleet answer: a Deployment fragment per pool pinned with a nodeSelector, a
 * `docker manifest` list with one image per build, and the RuntimeClass for Hyper-V isolated pods. The
 * registry path is a placeholder users replace with their own. Pure.
 */
import { joinWords } from '../readers/catalog';
import type { FleetTag, PoolTag } from './fleet-types';

/** Placeholder registry path used in snippets: users replace it with their own. */
const APP = 'registry.example.com/app';
const APP_VERSION = '1.0';
/** The containerd runtime handler for Hyper-V isolated Windows pods. */
export const HYPERV_HANDLER = 'runhcs-wcow-hypervisor';

type ServedPool = PoolTag & { image: FleetTag };

/** ` (out of support since …)` after a retired tag in a snippet's comment, so a copied snippet says it too. */
const statusOf = (tag: FleetTag): string => (tag.status === null ? '' : ` (${tag.status})`);

const served = (pools: readonly PoolTag[]): ServedPool[] =>
  pools.filter((pool): pool is ServedPool => pool.image !== null);

/** One Deployment fragment per pool that has a tag. */
export function nodeSelectorSnippet(pools: readonly PoolTag[]): string {
  return served(pools)
    .map((pool) =>
      [
        `# Deployment for build ${pool.windowsBuildLabel} (${pool.hostId}: ${joinWords(pool.nodes.slice(0, 3))}${pool.nodes.length > 3 ? ', …' : ''})`,
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector:',
        '        kubernetes.io/os: windows',
        `        node.kubernetes.io/windows-build: '${pool.windowsBuildLabel}'`,
        '      containers:',
        '        - name: app',
        `          image: ${APP}:${APP_VERSION}-${pool.image.tag}  # built FROM ${pool.image.reference}${statusOf(pool.image)}`,
      ].join('\n'),
    )
    .join('\n---\n');
}

/** One tag for all builds: a manifest list with an os.version per entry. */
export function manifestSnippet(pools: readonly PoolTag[]): string {
  const entries = served(pools);
  const list = `${APP}:${APP_VERSION}`;
  const images = entries.map((pool) => `${APP}:${APP_VERSION}-${pool.image.tag}`);
  const distinct = [...new Set(images)];
  return [
    '# Build and push one image per Windows build first, each FROM its base tag:',
    ...entries.map(
      (pool) =>
        `#   ${APP}:${APP_VERSION}-${pool.image.tag}  FROM ${pool.image.reference}${statusOf(pool.image)}`,
    ),
    '# Then list them under one tag. Each node pulls the entry whose os.version has its build.',
    `docker manifest create ${list} ${distinct.join(' ')}`,
    ...entries
      .filter((pool, i) => images.indexOf(`${APP}:${APP_VERSION}-${pool.image.tag}`) === i)
      .map(
        (pool) =>
          `docker manifest annotate --os windows --arch amd64 --os-version ${pool.windowsBuildLabel}.<revision> ${list} ${APP}:${APP_VERSION}-${pool.image.tag}`,
      ),
    `docker manifest push ${list}`,
    '# <revision>: the full version of that image, from: docker image inspect --format "{{.OsVersion}}" <image>',
    '# --os-version needs Docker 20.10 or later. The same list, built another way:',
    '#   docker buildx imagetools create -t <list> <images…>',
    '# then check with docker buildx imagetools inspect <list> that each Windows entry shows its os.version.',
  ].join('\n');
}

/** A RuntimeClass for containerd's Hyper-V runtime and a pod template that selects it. */
export function runtimeClassSnippet(image: FleetTag): string {
  return [
    'apiVersion: node.k8s.io/v1',
    'kind: RuntimeClass',
    'metadata:',
    `  name: ${HYPERV_HANDLER}`,
    `handler: ${HYPERV_HANDLER}`,
    'scheduling:',
    '  nodeSelector:',
    '    kubernetes.io/os: windows',
    '---',
    '# In the pod template:',
    'spec:',
    `  runtimeClassName: ${HYPERV_HANDLER}`,
    '  containers:',
    '    - name: app',
    `      image: ${APP}:${APP_VERSION}-${image.tag}  # built FROM ${image.reference}${statusOf(image)}`,
  ].join('\n');
}
