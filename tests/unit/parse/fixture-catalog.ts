/**
 * A small catalog for the parser tests, validated by the real schemas so it cannot drift from what the build
 * accepts. It is independent of content/: the parsers must work from whatever catalog they are given.
 */
import { hostSchema, imageSchema } from '../../../src/lib/knowledge/schema';
import type { Host, HostInput, Image, ImageInput } from '../../../src/lib/knowledge/schema';
import type { Catalog } from '../../../src/lib/readers/catalog';

type HostSeed = Pick<HostInput, 'id' | 'name' | 'kind' | 'group' | 'version' | 'build'> & Partial<HostInput>;

function host(seed: HostSeed): Host {
  return hostSchema.parse({
    shortName: seed.name.replace('Windows Server', 'WS'),
    channel: seed.kind === 'server' ? 'LTSC' : 'GA',
    released: '2020-01-01',
    architectures: ['amd64'],
    summary: `Fixture host ${seed.id}.`,
    sources: ['TEST'],
    ...seed,
  });
}

type ImageSeed = Pick<ImageInput, 'id' | 'family' | 'build' | 'tags' | 'available'> & Partial<ImageInput>;

const REPOSITORIES: Record<ImageInput['family'], string> = {
  servercore: 'mcr.microsoft.com/windows/servercore',
  nanoserver: 'mcr.microsoft.com/windows/nanoserver',
  server: 'mcr.microsoft.com/windows/server',
  windows: 'mcr.microsoft.com/windows',
};

const FAMILY_NAMES: Record<ImageInput['family'], string> = {
  servercore: 'Server Core',
  nanoserver: 'Nano Server',
  server: 'Windows Server',
  windows: 'Windows',
};

const RELEASES: Record<number, string> = {
  26100: 'Windows Server 2025',
  20348: 'Windows Server 2022',
  19042: 'Windows Server, version 20H2',
  17763: 'Windows Server 2019',
  16299: 'Windows Server, version 1709',
  14393: 'Windows Server 2016',
};

function image(seed: ImageSeed): Image {
  const mainTag = seed.tags[0] ?? '';
  return imageSchema.parse({
    name: `${FAMILY_NAMES[seed.family]} ${mainTag}`,
    repository: REPOSITORIES[seed.family],
    osVersion: mainTag,
    release: RELEASES[seed.build] ?? `Release ${mainTag}`,
    channel: mainTag.startsWith('ltsc') ? 'LTSC' : 'SAC',
    architectures: ['amd64'],
    summary: `Fixture image ${seed.id}.`,
    sources: ['TEST'],
    ...seed,
  });
}

const S = ['TEST'];

/** A long-term edition on a fixture host (the real ones land in content/ separately). */
function edition(id: string, name: string, aliases: string[]): NonNullable<HostInput['editions']>[number] {
  return { id, name, channel: 'LTSC', released: '2020-01-01', support: {}, aliases, sources: S };
}

export const hosts: Host[] = [
  host({
    id: 'ws2025',
    name: 'Windows Server 2025',
    kind: 'server',
    group: 'server-ltsc',
    version: '24H2',
    build: 26100,
    architectures: ['amd64'],
    aliases: ['2025', '24h2', '26100', '10.0.26100', 'ltsc2025', 'server 2025', 'windows-2025'],
  }),
  host({
    id: 'ws23h2',
    name: 'Windows Server, version 23H2',
    kind: 'server',
    group: 'server-sac',
    version: '23H2',
    build: 25398,
    channel: 'Annual Channel',
    aliases: ['23h2', '25398', 'server 23h2'],
  }),
  host({
    id: 'ws2022',
    name: 'Windows Server 2022',
    kind: 'server',
    group: 'server-ltsc',
    version: '21H2',
    build: 20348,
    aliases: ['2022', '21h2', '20348', '10.0.20348', 'ltsc2022', 'server 2022', 'windows-2022'],
  }),
  host({
    id: 'ws2019',
    name: 'Windows Server 2019',
    kind: 'server',
    group: 'server-ltsc',
    version: '1809',
    build: 17763,
    aliases: ['2019', '1809', 'rs5', '17763', '10.0.17763', 'ltsc2019', 'server 2019', 'windows-2019'],
  }),
  host({
    id: 'ws1809',
    name: 'Windows Server, version 1809',
    kind: 'server',
    group: 'server-sac',
    version: '1809',
    build: 17763,
    channel: 'SAC',
    edition: 'Datacenter Core / Standard Core',
    aliases: ['1809', 'rs5', '17763', 'server 1809'],
  }),
  host({
    id: 'ws1709',
    name: 'Windows Server, version 1709',
    kind: 'server',
    group: 'server-sac',
    version: '1709',
    build: 16299,
    channel: 'SAC',
    aliases: ['1709', 'rs3', '16299'],
  }),
  host({
    id: 'ws2016',
    name: 'Windows Server 2016',
    kind: 'server',
    group: 'server-ltsc',
    version: '1607',
    build: 14393,
    aliases: ['2016', '1607', 'rs1', '14393', 'ltsc2016', 'server 2016'],
  }),
  host({
    id: 'nano2016',
    name: 'Nano Server (Windows Server 2016)',
    kind: 'server',
    group: 'server-ltsc',
    version: '1607',
    build: 14393,
    edition: 'Nano Server',
    aliases: ['nano 2016', 'sac2016', '1607', '14393'],
  }),
  host({
    id: 'win11-25h2',
    name: 'Windows 11, version 25H2',
    kind: 'client',
    group: 'windows-11',
    version: '25H2',
    build: 26200,
    architectures: ['amd64', 'arm64'],
    aliases: ['win11 25h2', '26200'],
  }),
  host({
    id: 'win11-24h2',
    name: 'Windows 11, version 24H2',
    kind: 'client',
    group: 'windows-11',
    version: '24H2',
    build: 26100,
    architectures: ['amd64', 'arm64'],
    aliases: ['win11 24h2', '24h2', '26100'],
    editions: [
      edition('iot-enterprise-ltsc-2024', 'Windows 11 IoT Enterprise LTSC 2024', [
        'iot enterprise ltsc 2024',
        'ltsc 2024',
      ]),
    ],
  }),
  host({
    id: 'win11-23h2',
    name: 'Windows 11, version 23H2',
    kind: 'client',
    group: 'windows-11',
    version: '23H2',
    build: 22631,
    aliases: ['win11 23h2', '23h2', '22631'],
  }),
  host({
    id: 'win10-22h2',
    name: 'Windows 10, version 22H2',
    kind: 'client',
    group: 'windows-10',
    version: '22H2',
    build: 19045,
    aliases: ['win10 22h2', '22h2', '19045'],
  }),
  host({
    id: 'win10-21h1',
    name: 'Windows 10, version 21H1',
    kind: 'client',
    group: 'windows-10',
    version: '21H1',
    build: 19043,
    aliases: ['win10 21h1', '21h1', '19043'],
  }),
  host({
    id: 'win10-1809',
    name: 'Windows 10, version 1809',
    kind: 'client',
    group: 'windows-10',
    version: '1809',
    build: 17763,
    aliases: ['win10 1809', '1809', '17763'],
    editions: [
      edition('enterprise-ltsc-2019', 'Windows 10 Enterprise LTSC 2019', [
        'enterprise ltsc 2019',
        'ltsc 2019',
      ]),
      edition('iot-enterprise-ltsc-2019', 'Windows 10 IoT Enterprise LTSC 2019', [
        'iot enterprise ltsc 2019',
      ]),
    ],
  }),
];

export const images: Image[] = [
  image({
    id: 'servercore-ltsc2025',
    family: 'servercore',
    build: 26100,
    tags: ['ltsc2025'],
    available: '2024-11-01',
    architectures: ['amd64', 'arm64'],
    tagForms: [{ form: 'arch', example: 'ltsc2025-arm64', sources: S }],
  }),
  image({
    id: 'nanoserver-ltsc2025',
    family: 'nanoserver',
    build: 26100,
    tags: ['ltsc2025'],
    available: '2024-11-01',
    architectures: ['amd64', 'arm64'],
  }),
  image({
    id: 'server-ltsc2025',
    family: 'server',
    build: 26100,
    tags: ['ltsc2025'],
    available: '2024-11-01',
  }),
  image({
    id: 'servercore-ltsc2022',
    family: 'servercore',
    build: 20348,
    tags: ['ltsc2022'],
    available: '2021-08-18',
    tagForms: [
      { form: 'kb', example: 'ltsc2022-KB5033118-amd64', sources: S },
      { form: 'preview', example: 'win10-21h1-preview', period: '2021-09 to 2022-03', sources: S },
    ],
    missingTags: [
      {
        tag: '2022',
        reason: 'Not a published tag: the long-term tag carries the ltsc prefix.',
        instead: 'mcr.microsoft.com/windows/servercore:ltsc2022',
        sources: S,
      },
      {
        tag: '23H2',
        reason: 'Windows Server 23H2 has no images of its own.',
        instead: 'ltsc2022',
        sources: S,
      },
    ],
  }),
  image({
    id: 'nanoserver-ltsc2022',
    family: 'nanoserver',
    build: 20348,
    tags: ['ltsc2022'],
    available: '2021-08-18',
  }),
  image({
    id: 'server-ltsc2022',
    family: 'server',
    build: 20348,
    tags: ['ltsc2022'],
    available: '2021-08-18',
  }),
  image({
    id: 'servercore-20h2',
    family: 'servercore',
    build: 19042,
    tags: ['20H2', '2009'],
    available: '2020-10-20',
  }),
  image({
    id: 'nanoserver-20h2',
    family: 'nanoserver',
    build: 19042,
    tags: ['20H2', '2009'],
    available: '2020-10-20',
  }),
  image({
    id: 'windows-20h2',
    family: 'windows',
    build: 19042,
    tags: ['20H2'],
    available: '2020-10-20',
    missingTags: [
      {
        tag: 'ltsc2022',
        reason: 'No windows image was published for Windows Server 2022; the server image replaced it.',
        instead: 'mcr.microsoft.com/windows/server:ltsc2022',
        sources: S,
      },
      {
        tag: 'ltsc2025',
        reason: 'No windows image was published for Windows Server 2025.',
        instead: 'server:ltsc2025',
        sources: S,
      },
    ],
  }),
  image({
    id: 'servercore-ltsc2019',
    family: 'servercore',
    build: 17763,
    tags: ['ltsc2019', '1809'],
    available: '2018-11-13',
    tagForms: [
      { form: 'kb', example: '1809-KB4480116-amd64', sources: S },
      { form: 'build', example: '10.0.17763.253', sources: S },
    ],
  }),
  image({
    id: 'nanoserver-1809',
    family: 'nanoserver',
    build: 17763,
    tags: ['1809'],
    available: '2018-11-13',
    architectures: ['amd64', 'arm32'],
    missingTags: [
      {
        tag: 'ltsc2019',
        reason: 'Uncertain: not offered at launch, though later third-party use suggests it exists.',
        instead: 'mcr.microsoft.com/windows/nanoserver:1809',
        sources: S,
      },
    ],
  }),
  image({ id: 'windows-1809', family: 'windows', build: 17763, tags: ['1809'], available: '2018-11-13' }),
  image({
    id: 'servercore-1709',
    family: 'servercore',
    build: 16299,
    tags: ['1709'],
    available: '2017-10-17',
    dockerHub: 'microsoft/windowsservercore',
    tagForms: [{ form: 'kb-underscore', example: '1709_KB4043961', sources: S }],
  }),
  image({
    id: 'nanoserver-1709',
    family: 'nanoserver',
    build: 16299,
    tags: ['1709'],
    available: '2017-10-17',
    dockerHub: 'microsoft/nanoserver',
  }),
  image({
    id: 'servercore-ltsc2016',
    family: 'servercore',
    build: 14393,
    tags: ['ltsc2016'],
    available: '2016-10-15',
    dockerHub: 'microsoft/windowsservercore',
    tagForms: [
      { form: 'build', example: '10.0.14393.3443', sources: S },
      { form: 'floating', example: 'latest', period: 'until 2019-04-16', sources: S },
    ],
  }),
  image({
    id: 'nanoserver-sac2016',
    family: 'nanoserver',
    build: 14393,
    tags: ['sac2016'],
    available: '2016-10-15',
    dockerHub: 'microsoft/nanoserver',
    tagForms: [
      { form: 'build', example: 'microsoft/nanoserver:10.0.14393.1770', sources: S },
      { form: 'floating', example: 'latest', period: 'until 2019-04-16', sources: S },
    ],
    missingTags: [
      {
        tag: 'ltsc2016',
        reason: 'Nano Server 2016 was tagged sac2016; an ltsc2016 tag was never documented for it.',
        instead: 'sac2016',
        sources: S,
      },
    ],
  }),
];

/** The fixture catalog every parser test uses. */
export const catalog: Catalog = { hosts, images };

/** Ids of hosts or images, for compact assertions. */
export function ids(list: readonly { id: string }[]): string[] {
  return list.map((entry) => entry.id);
}
