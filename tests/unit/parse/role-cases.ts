/**
 * Texts whose builds get their role (host, image, ceiling, threshold) from the words around them, one table
 * per class of text users paste: tool output with a label per build, runtime errors naming both sides,
 * platform ceilings, prose, thresholds, and translations. Prose is our own wording; tool field names and
 * message shapes are facts. Read by `role-cases.test.ts` (the reader's roles) and, through `paste-cases.ts`,
 * by the paste e2e.
 */
import type { Role } from '../../../src/lib/readers/host-text';

export interface RoleCase {
  name: string;
  text: string;
  /** The host build read, or `null` when no host may be inferred (a threshold alone). */
  hostBuild: number | null;
  hostRevision?: number;
  imageBuild?: number;
  imageRevision?: number;
  /** Whether the revisions differ, when host and image are the same build with both revisions given. */
  revisionsDiffer?: boolean;
  /** Every role told, as `role:build`, in text order. */
  roles: string[];
  /** For the paste answer (checked by the unit paste cases and the e2e): hosts, images, leading cell. */
  hosts?: string[];
  images?: string[];
  cell?: string;
  /** Words the paste answer must contain. */
  says?: string[];
  /** Also typed into the page by the paste e2e (at least one case per class). */
  paste?: true;
}

/** BcContainerHelper prints one labelled build per line (field names as the tool prints them). */
const BC_CONTAINER_HELPER = [
  'BcContainerHelper is version 6.0.3',
  'Host is Microsoft Windows Server 2022 Datacenter - ltsc2022',
  'Docker Client Version is 24.0.7',
  'Using image mcr.microsoft.com/businesscentral:10.0.17763.2114',
  'Generic Tag: 1.0.2.15',
  'Container OS Version: 10.0.17763.2114 (1809)',
  'Host OS Version: 10.0.20348.1547 (2022)',
  'Using process isolation',
].join('\n');

/** The same tool on a matching pair, one patch level apart. */
const BC_SAME_BUILD = [
  'Container OS Version: 10.0.20348.2113 (ltsc2022)',
  'Host OS Version: 10.0.20348.2227 (ltsc2022)',
  'WARNING: The container operating system matches the host operating system, but the revision is different.',
].join('\n');

export const ROLE_CLASSES: Record<string, RoleCase[]> = {
  'tool output with a label per build': [
    {
      name: 'BcContainerHelper: container and host OS versions on their own lines',
      text: BC_CONTAINER_HELPER,
      hostBuild: 20348,
      hostRevision: 1547,
      imageBuild: 17763,
      imageRevision: 2114,
      roles: ['image:17763', 'host:20348'],
      hosts: ['ws2022'],
      cell: 'ws2022/servercore-ltsc2019',
      images: ['servercore-ltsc2019', 'nanoserver-1809', 'windows-1809'],
      says: ['Host 10.0.20348.1547, image 10.0.17763.2114: different builds.'],
      paste: true,
    },
    {
      name: 'BcContainerHelper: same build, different revisions',
      text: BC_SAME_BUILD,
      hostBuild: 20348,
      hostRevision: 2227,
      imageBuild: 20348,
      imageRevision: 2113,
      revisionsDiffer: true,
      roles: ['image:20348', 'host:20348'],
    },
  ],
  'runtime errors naming both sides': [
    {
      name: 'ECS: a newer image than the host',
      text: 'CannotPullContainerError: a Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
      hostBuild: 17763,
      imageBuild: 20348,
      roles: ['image:20348', 'host:17763'],
    },
    {
      name: 'containerd: the same message with revisions, wrapped in a task error',
      text: 'failed to create containerd task: a Windows version 10.0.26100.3194-based image is incompatible with a 10.0.20348.2227 host',
      hostBuild: 20348,
      hostRevision: 2227,
      imageBuild: 26100,
      imageRevision: 3194,
      roles: ['image:26100', 'host:20348'],
      hosts: ['ws2022'],
      images: ['servercore-ltsc2025', 'nanoserver-ltsc2025', 'server-ltsc2025'],
      cell: 'ws2022/servercore-ltsc2025',
      paste: true,
    },
  ],
  'platform ceilings': [
    {
      name: 'App Service: the maximum supported OS version is its host',
      text: 'The parameter WindowsFxVersion has an invalid value. Maximum supported OS version is 10.0.14393.9999.',
      hostBuild: 14393,
      roles: ['ceiling:14393'],
      // The App Service platform data (Premium Container plans) keeps only its own host of that build.
      hosts: ['ws2016'],
      images: [],
      says: ['the highest build the platform accepts'],
      paste: true,
    },
    {
      name: 'a ceiling in German',
      text: 'Die maximal unterstützte Betriebssystemversion ist 10.0.17763.9999',
      hostBuild: 17763,
      roles: ['ceiling:17763'],
    },
  ],
  prose: [
    {
      name: 'a release label next to "host", an image tag after',
      text: 'my 1803 host failed to run nanoserver:1803 this morning',
      hostBuild: 17134,
      roles: ['host:17134'],
      hosts: ['ws1803', 'win10-1803'],
      images: ['nanoserver-1803'],
      cell: 'ws1803/nanoserver-1803',
      paste: true,
    },
    {
      name: 'runner and image, same build, different revisions',
      text: 'the runner is 10.0.26100.2894 while the image is 10.0.26100.3194',
      hostBuild: 26100,
      hostRevision: 2894,
      imageBuild: 26100,
      imageRevision: 3194,
      revisionsDiffer: true,
      roles: ['host:26100', 'image:26100'],
      hosts: ['ws2025', 'win11-24h2'],
      cell: 'ws2025/servercore-ltsc2025',
      says: ['Host 10.0.26100.2894, image 10.0.26100.3194: same build, different update levels.'],
      paste: true,
    },
    {
      name: 'the image named first, the node after',
      text: 'Our image is built on 10.0.17763.6054 but the node reports 10.0.20348.2402.',
      hostBuild: 20348,
      hostRevision: 2402,
      imageBuild: 17763,
      imageRevision: 6054,
      roles: ['image:17763', 'host:20348'],
    },
  ],
  'thresholds never become the host': [
    {
      name: 'an error that names 1809 only as "earlier than"',
      text: 'Hyper-V isolation is not available on Windows versions earlier than version 1809.',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
    },
    {
      name: '"requires … or later"',
      text: 'This image requires Windows version 1809 or later',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
      images: [],
      says: ['is a threshold in the message'],
      paste: true,
    },
    {
      name: 'a threshold next to the real host',
      text: 'Process isolation needs at least 10.0.17763, and this host is 10.0.17134.1.',
      hostBuild: 17134,
      hostRevision: 1,
      roles: ['threshold:17763', 'host:17134'],
      hosts: ['ws1803', 'win10-1803'],
      paste: true,
    },
  ],
  'thresholds written as a product name': [
    {
      name: '"requires Windows Server 2022 or later"',
      text: 'This image requires Windows Server 2022 or later.',
      hostBuild: null,
      roles: ['threshold:20348'],
      hosts: [],
      says: ['is a threshold in the message'],
      paste: true,
    },
    {
      name: '"at least" two product names, a client and a server',
      text: 'Windows containers require at least Windows 10 version 1809 or Windows Server 2019.',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
    },
    {
      name: '"hosts prior to" a product name with its build',
      text: 'Process isolation is not supported on hosts prior to Windows Server 2019 (10.0.17763)',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
    },
    {
      name: 'Japanese: a product name before 以降',
      text: 'このイメージには Windows Server 2019 以降が必要です。',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
    },
    {
      name: 'a Windows 11 release label before "or later"',
      text: 'Requires Windows 11 version 22H2 or later',
      hostBuild: null,
      roles: ['threshold:22621'],
      hosts: [],
    },
    {
      name: 'a threshold in the paste box says it read the threshold',
      text: 'Container start failed: this image requires Windows version 1809 or later',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
      says: ['is a threshold in the message'],
      paste: true,
    },
  ],
  'host words beyond "host"': [
    {
      name: 'a release label before "agents"',
      text: 'our 1809 agents cannot start nanoserver:ltsc2022',
      hostBuild: 17763,
      roles: ['host:17763'],
      cell: 'ws2019/nanoserver-ltsc2022',
      paste: true,
    },
    {
      name: 'a release label before "server"',
      text: 'my 1809 server cannot start nanoserver:ltsc2022',
      hostBuild: 17763,
      roles: ['host:17763'],
    },
    {
      name: 'a release label before "build agents"',
      text: 'our 1809 build agents cannot start nanoserver:ltsc2022',
      hostBuild: 17763,
      roles: ['host:17763'],
    },
    {
      name: 'the container built from one build, the VM on another',
      text: 'The container was built from 10.0.20348.1 and the VM is on 10.0.17763.107',
      hostBuild: 17763,
      hostRevision: 107,
      imageBuild: 20348,
      imageRevision: 1,
      roles: ['image:20348', 'host:17763'],
      cell: 'ws2019/servercore-ltsc2022',
      paste: true,
    },
    {
      name: 'an untold build after an image build stays a host candidate',
      text: 'The container was built from 10.0.20348.1 and we run 10.0.17763.107',
      hostBuild: 17763,
      hostRevision: 107,
      imageBuild: 20348,
      imageRevision: 1,
      roles: ['image:20348'],
    },
    {
      name: 'two image builds and the host in one sentence',
      text: 'Tried 10.0.17763.5696 and 10.0.20348.2402 images on our 10.0.26100.2894 host',
      hostBuild: 26100,
      hostRevision: 2894,
      imageBuild: 17763,
      imageRevision: 5696,
      roles: ['image:17763', 'image:20348', 'host:26100'],
    },
  ],
  'read right in review (kept so they stay right)': [
    {
      name: 'a Kubernetes event naming the node OS and the image OS',
      text: 'Warning  FailedCreatePodSandBox  kubelet  node os 10.0.17763.6054 does not match the image os 10.0.20348.2402',
      hostBuild: 17763,
      hostRevision: 6054,
      imageBuild: 20348,
      imageRevision: 2402,
      roles: ['host:17763', 'image:20348'],
    },
    {
      name: 'an older image that needs Hyper-V on a newer host',
      text: 'an older Windows version 10.0.17763-based image can only be run on a 10.0.20348 host using Hyper-V isolation',
      hostBuild: 20348,
      imageBuild: 17763,
      roles: ['image:17763', 'host:20348'],
    },
    {
      name: 'a 2022 ceiling next to a newer image',
      text: 'Maximum supported OS version is 10.0.20348.9999 but the image is 10.0.26100.3194',
      hostBuild: 20348,
      imageBuild: 26100,
      imageRevision: 3194,
      roles: ['ceiling:20348', 'image:26100'],
    },
    {
      name: 'a German threshold and the host in one message',
      text: 'Windows-Version 1809 oder höher ist erforderlich, der Host hat 10.0.17134.1',
      hostBuild: 17134,
      hostRevision: 1,
      roles: ['threshold:17763', 'host:17134'],
    },
    {
      name: 'Spanish labels: host and contenedor',
      text: [
        'Versión del sistema operativo del host: 10.0.20348.2227',
        'Versión del sistema operativo del contenedor: 10.0.17763.5696',
      ].join('\n'),
      hostBuild: 20348,
      hostRevision: 2227,
      imageBuild: 17763,
      imageRevision: 5696,
      roles: ['host:20348', 'image:17763'],
    },
  ],
  translations: [
    {
      name: 'German labels',
      text: 'Host-Betriebssystemversion: 10.0.20348.1547\nContainer-Betriebssystemversion: 10.0.17763.2114',
      hostBuild: 20348,
      hostRevision: 1547,
      imageBuild: 17763,
      imageRevision: 2114,
      roles: ['host:20348', 'image:17763'],
    },
    {
      name: 'German prose: Host and Abbild',
      text: 'Der Host läuft mit 10.0.26100.2894, das Abbild ist 10.0.26100.3194',
      hostBuild: 26100,
      hostRevision: 2894,
      imageBuild: 26100,
      imageRevision: 3194,
      revisionsDiffer: true,
      roles: ['host:26100', 'image:26100'],
      hosts: ['ws2025', 'win11-24h2'],
      cell: 'ws2025/servercore-ltsc2025',
      says: ['same build, different update levels'],
      paste: true,
    },
    {
      name: 'French labels: hôte and conteneur',
      text: [
        "Version du système d'exploitation de l'hôte : 10.0.20348.2227",
        "Version du système d'exploitation du conteneur : 10.0.20348.2113",
      ].join('\n'),
      hostBuild: 20348,
      hostRevision: 2227,
      imageBuild: 20348,
      imageRevision: 2113,
      revisionsDiffer: true,
      roles: ['host:20348', 'image:20348'],
    },
    {
      name: 'French threshold: "ou ultérieure"',
      text: 'Cette image nécessite Windows version 1809 ou ultérieure.',
      hostBuild: null,
      roles: ['threshold:17763'],
      hosts: [],
      paste: true,
    },
    {
      name: 'Spanish prose: anfitrión and imagen',
      text: 'El anfitrión tiene 10.0.17763.5696 y la imagen 10.0.20348.2402',
      hostBuild: 17763,
      hostRevision: 5696,
      imageBuild: 20348,
      imageRevision: 2402,
      roles: ['host:17763', 'image:20348'],
    },
    {
      name: 'Spanish threshold: "o posterior"',
      text: 'Se necesita Windows versión 1809 o posterior para este contenedor.',
      hostBuild: null,
      roles: ['threshold:17763'],
    },
    {
      name: 'Japanese labels: ホスト and コンテナー',
      text: 'ホスト OS バージョン: 10.0.20348.2113\nコンテナー OS バージョン: 10.0.17763.5696',
      hostBuild: 20348,
      hostRevision: 2113,
      imageBuild: 17763,
      imageRevision: 5696,
      roles: ['host:20348', 'image:17763'],
      hosts: ['ws2022'],
      cell: 'ws2022/servercore-ltsc2019',
      paste: true,
    },
    {
      name: 'Chinese labels: 主机 and 容器',
      text: '主机操作系统版本: 10.0.20348.1547\n容器操作系统版本: 10.0.17763.2114',
      hostBuild: 20348,
      hostRevision: 1547,
      imageBuild: 17763,
      imageRevision: 2114,
      roles: ['host:20348', 'image:17763'],
      hosts: ['ws2022'],
    },
    {
      name: 'Japanese prose and threshold: ホスト, イメージ, 以降',
      text: 'ホストは 10.0.20348.2113、イメージは 10.0.20348.2227 です。Windows バージョン 1809 以降が必要です。',
      hostBuild: 20348,
      hostRevision: 2113,
      imageBuild: 20348,
      imageRevision: 2227,
      revisionsDiffer: true,
      roles: ['host:20348', 'image:20348', 'threshold:17763'],
    },
  ],
};

/** Every role case, flattened, with its class in the name. */
export const ROLE_CASES: (RoleCase & { kind: string })[] = Object.entries(ROLE_CLASSES).flatMap(
  ([kind, cases]) => cases.map((c) => ({ ...c, kind })),
);

/** The roles a case expects, for comparing with the reader's `roleBuilds`. */
export function roleList(roles: readonly { role: Role; build: number }[]): string[] {
  return roles.map((r) => `${r.role}:${r.build}`);
}
