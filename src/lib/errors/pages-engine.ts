/**
 * Page prose for the engine and registry errors: how each message looks, the causes in the order people
 * meet them, how to tell them apart and what to do. Our own words; message texts and tool output formats
 * are facts (ids, names and builds in the samples are examples).
 */
import {
  ARM64_BASE_IMAGES_STEP,
  DOCKER_DESKTOP_FEATURES,
  FILE_NOT_FOUND,
  IMAGE_NEWER_THAN_HOST,
  LATEST_TAG_REMOVED,
  LINUX_ENGINE_WINDOWS_IMAGE,
  LINUX_IMAGE_ON_WINDOWS_ENGINE,
  MANIFEST_NOT_FOUND,
  NO_HYPERVISOR,
  NO_MANIFEST_UNKNOWN,
  NO_WINDOWS_MANIFEST,
  REGISTER_LAYER_FAILED,
  WINDOWS_IMAGE_ON_LINUX_ENGINE,
} from './catalog-engine';
import { UNLISTED_HCS_CODE } from './catalog-hcs';
import { step } from './page-text';
import type { ErrorPageText } from './page-text';

const TAG_GUIDE = { label: 'How Windows image tags work', path: '/tags/' };
const ENGINE_MODE =
  '`docker version --format "{{.Server.Os}}"` prints `linux`, and on Docker Desktop the tray menu offers "Switch to Windows containers…".';

/** Page prose of the engine and registry error kinds, by kind id. */
export const ENGINE_PAGE_TEXT: Readonly<Record<string, ErrorPageText>> = {
  [LINUX_ENGINE_WINDOWS_IMAGE.id]: {
    message: 'no matching manifest for linux/amd64 in the manifest list entries',
    seenAs: [
      {
        where: 'docker pull',
        text: 'ltsc2022: Pulling from windows/servercore\nno matching manifest for linux/amd64 in the manifest list entries',
      },
      {
        where: 'docker run',
        text: 'docker: no matching manifest for linux/amd64 in the manifest list entries.',
      },
      {
        where: 'On an arm64 Mac or Linux machine',
        text: 'no matching manifest for linux/arm64/v8 in the manifest list entries',
      },
    ],
    causes: [
      {
        cause:
          'Docker Desktop on Windows is running its Linux engine, which is what it starts with after installation.',
        howToTell: ENGINE_MODE,
        fix: [step(LINUX_ENGINE_WINDOWS_IMAGE, 0)],
        links: [TAG_GUIDE],
      },
      {
        cause: 'The machine is not Windows at all: a Linux or macOS machine, WSL, or a Linux CI runner.',
        howToTell:
          '`docker info` shows `OSType: linux` and there is no Windows engine to switch to; in CI the runner label names Ubuntu or macOS.',
        fix: [
          step(LINUX_ENGINE_WINDOWS_IMAGE, 1),
          'Run the job on a Windows host (for example a Windows Server 2022 runner) with a tag that fits its build.',
        ],
        links: [{ label: 'Windows Server 2022: what runs there', path: '/hosts/ws2022/' }],
      },
    ],
    related: ['windows-image-on-linux-engine', 'no-manifest-unknown', 'no-windows-manifest'],
  },
  [NO_WINDOWS_MANIFEST.id]: {
    message: 'no matching manifest for windows/amd64 10.0.<build> in the manifest list entries',
    seenAs: [
      {
        where: 'docker pull',
        text: 'ltsc2022: Pulling from windows/servercore\nno matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
      },
      {
        where: 'Older engines (no build in the message)',
        text: 'no matching manifest for windows/amd64 in the manifest list entries',
      },
      {
        where: 'An arm64 Windows host',
        text: 'no matching manifest for windows/arm64 10.0.26100 in the manifest list entries',
      },
    ],
    causes: [
      {
        cause:
          'The tag is for a newer Windows release than the host, such as an ltsc2022 image (build 20348) on Windows 10 (build 19045). The build in the message is the host’s.',
        howToTell:
          'The build in the message is lower than the image release’s build, and `docker manifest inspect` lists Windows entries with a higher `os.version`.',
        fix: [step(NO_WINDOWS_MANIFEST, 0), step(NO_WINDOWS_MANIFEST, 2)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows 10 22H2',
            path: '/matrix/win10-22h2/servercore-ltsc2022/',
          },
          TAG_GUIDE,
        ],
      },
      {
        cause: 'The image is a Linux image: it has no Windows entry at all.',
        howToTell: '`docker manifest inspect <image>` lists only entries with `"os": "linux"`.',
        fix: [step(NO_WINDOWS_MANIFEST, 0), step(NO_WINDOWS_MANIFEST, 1)],
      },
      {
        cause: 'The host is an arm64 machine and the image has no arm64 Windows entry.',
        howToTell: 'The message says `windows/arm64`.',
        fix: [ARM64_BASE_IMAGES_STEP],
        links: [{ label: 'Server Core ltsc2025 (has arm64 entries)', path: '/images/servercore-ltsc2025/' }],
      },
    ],
    extraSources: ['WC-586'],
    announcements: ['windows-server-2022-images', 'arm64-ltsc2025-images'],
    related: ['image-newer-than-host', 'linux-engine-windows-image'],
  },
  [NO_MANIFEST_UNKNOWN.id]: {
    message: 'no matching manifest for unknown in the manifest list entries',
    seenAs: [{ where: 'docker pull', text: 'no matching manifest for unknown in the manifest list entries' }],
    causes: [
      {
        cause: 'Docker Desktop is running its Linux engine.',
        howToTell: ENGINE_MODE,
        fix: [step(NO_MANIFEST_UNKNOWN, 0)],
      },
      {
        cause:
          'An old engine that did not report its platform. The message was common when the Windows Server 2019 images appeared (November 2018).',
        howToTell: '`docker version` shows an engine from that time or older.',
        fix: [step(NO_MANIFEST_UNKNOWN, 1)],
      },
    ],
    extraSources: ['TC-2019GA'],
    announcements: ['windows-server-2019-images-mcr'],
    related: ['linux-engine-windows-image', 'no-windows-manifest'],
  },
  [IMAGE_NEWER_THAN_HOST.id]: {
    message: 'a Windows version 10.0.<image build>-based image is incompatible with a 10.0.<host build> host',
    seenAs: [
      {
        where: 'docker pull or docker run',
        text: 'ltsc2022: Pulling from dotnet/runtime\na Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
      },
    ],
    causes: [
      {
        cause:
          'The tag names a newer Windows Server release than the host: ltsc2022 on Windows Server 2019, ltsc2025 on Windows Server 2022.',
        howToTell: 'The first build in the message (the image’s) is higher than the second (the host’s).',
        fix: [step(IMAGE_NEWER_THAN_HOST, 0), step(IMAGE_NEWER_THAN_HOST, 1)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows Server 2019',
            path: '/matrix/ws2019/servercore-ltsc2022/',
          },
          {
            label: 'Server Core ltsc2025 on Windows Server 2022',
            path: '/matrix/ws2022/servercore-ltsc2025/',
          },
          TAG_GUIDE,
        ],
      },
      {
        cause:
          'A Windows 10 machine pulling ltsc2022 images: Windows 10 (up to build 19045) is older than those images (build 20348); Windows 11 runs them.',
        howToTell: 'The host build in the message starts with 190 and the image build is 20348.',
        fix: [step(IMAGE_NEWER_THAN_HOST, 1), step(IMAGE_NEWER_THAN_HOST, 0)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows 10 22H2',
            path: '/matrix/win10-22h2/servercore-ltsc2022/',
          },
          {
            label: 'Server Core ltsc2022 on Windows 11 24H2',
            path: '/matrix/win11-24h2/servercore-ltsc2022/',
          },
        ],
      },
    ],
    announcements: ['windows-11-process-isolation-ltsc2022', 'windows-server-2025-images'],
    related: ['image-mismatch', 'register-layer-failed', 'no-windows-manifest'],
  },
  [MANIFEST_NOT_FOUND.id]: {
    message: 'manifest for <image>:<tag> not found: manifest unknown',
    seenAs: [
      {
        where: 'docker pull',
        text: 'Error response from daemon: manifest for mcr.microsoft.com/windows/servercore:latest not found: manifest unknown: manifest tagged by "latest" is not found',
      },
      {
        where: 'Another registry',
        text: 'Error response from daemon: manifest for contoso.azurecr.io/app:2.4-ltsc2022 not found: manifest unknown',
      },
    ],
    causes: [
      {
        cause:
          'The `latest` tag of a Windows base image: Microsoft removed it on 2019-04-16. A reference without a tag means `latest` too.',
        howToTell: 'The reference ends in `:latest`, or names no tag at all.',
        fix: [LATEST_TAG_REMOVED.step, step(MANIFEST_NOT_FOUND, 1)],
        links: [TAG_GUIDE],
      },
      {
        cause:
          'A tag that does not exist or is misspelt, such as a release that never had images (there is no ltsc2021, and no 21H1 or 21H2 Server images).',
        howToTell:
          'The tag is not in the registry’s tag list; the tag guide lists the forms Windows tags take.',
        fix: [step(MANIFEST_NOT_FOUND, 0), step(MANIFEST_NOT_FOUND, 1)],
        links: [{ label: 'Tag forms', path: '/tags/#forms' }],
      },
    ],
    extraSources: ['TC-LATEST'],
    announcements: ['latest-tag-removed'],
    related: ['no-windows-manifest'],
  },
  [WINDOWS_IMAGE_ON_LINUX_ENGINE.id]: {
    message: 'image operating system "windows" cannot be used on this platform',
    seenAs: [
      {
        where: 'docker run',
        text: 'docker: image operating system "windows" cannot be used on this platform.',
      },
    ],
    causes: [
      {
        cause:
          'Docker Desktop is running its Linux engine and was handed a Windows image (loaded, or pulled with a platform flag).',
        howToTell: ENGINE_MODE,
        fix: [step(WINDOWS_IMAGE_ON_LINUX_ENGINE, 0)],
      },
      {
        cause: 'The engine runs on Linux (a Linux host, WSL or a Linux CI runner).',
        howToTell: '`docker info` shows `OSType: linux` and there is no Windows engine to switch to.',
        fix: [step(WINDOWS_IMAGE_ON_LINUX_ENGINE, 1)],
      },
    ],
    related: ['linux-engine-windows-image', 'linux-image-on-windows-engine'],
  },
  [LINUX_IMAGE_ON_WINDOWS_ENGINE.id]: {
    message: 'image operating system "linux" cannot be used on this platform',
    seenAs: [
      {
        where: 'docker pull',
        text: 'latest: Pulling from library/debian\nimage operating system "linux" cannot be used on this platform',
      },
    ],
    causes: [
      {
        cause: 'A Linux image on the Windows engine.',
        howToTell:
          '`docker version --format "{{.Server.Os}}"` prints `windows`, and the image’s page lists only Linux platforms.',
        fix: [step(LINUX_IMAGE_ON_WINDOWS_ENGINE, 0)],
      },
      {
        cause: 'A Windows image was meant, but the tag chosen is the Linux variant.',
        howToTell:
          'The image publishes Windows variants under tags of their own (with `windowsservercore` or `nanoserver` in them).',
        fix: [step(LINUX_IMAGE_ON_WINDOWS_ENGINE, 1)],
        links: [TAG_GUIDE],
      },
    ],
    related: ['windows-image-on-linux-engine'],
  },
  [REGISTER_LAYER_FAILED.id]: {
    message: 'failed to register layer',
    seenAs: [
      {
        where: 'docker pull',
        text: 'failed to register layer: re-exec error: exit status 1: output: ProcessUtilityVMImage \\\\?\\C:\\ProgramData\\docker\\windowsfilter\\3f2a9c1e7b\\UtilityVM: The system cannot find the path specified.',
      },
      {
        where: 'docker pull (base layer)',
        text: 'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer C:\\ProgramData\\docker\\windowsfilter\\3f2a9c1e7b: The system cannot find the path specified.',
      },
    ],
    causes: [
      {
        cause:
          'The image is for a newer Windows build than the host, and the engine is old enough not to refuse it before downloading.',
        howToTell:
          'The image’s build (`docker manifest inspect`, `os.version`) is higher than the host’s (`cmd /c ver`).',
        fix: [step(REGISTER_LAYER_FAILED, 0), step(REGISTER_LAYER_FAILED, 1)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows Server 2019',
            path: '/matrix/ws2019/servercore-ltsc2022/',
          },
        ],
      },
      {
        cause: 'The drive holding the Docker data root is full or nearly full.',
        howToTell:
          'Free space on the drive of `docker info --format "{{.DockerRootDir}}"` is low; Windows base layers need several GB.',
        fix: [step(REGISTER_LAYER_FAILED, 2)],
      },
      {
        cause: 'The image store was left damaged by an interrupted pull or an earlier failure.',
        howToTell:
          'The builds fit and there is space, yet the same pull keeps failing, often for other images too.',
        fix: [step(REGISTER_LAYER_FAILED, 2), step(REGISTER_LAYER_FAILED, 1)],
      },
    ],
    related: ['image-newer-than-host', 'file-not-found'],
  },
  [NO_HYPERVISOR.id]: {
    code: '0xc0351000',
    message: 'No hypervisor is present on this system',
    seenAs: [
      {
        where: 'Docker',
        text: 'docker: Error response from daemon: container 3f2a9c1e7b encountered an error during hcs::System::Start: failure in a Windows system call: No hypervisor is present on this system. (0xc0351000)',
      },
    ],
    causes: [
      {
        cause:
          'The container runs with Hyper-V isolation (asked for, or the engine’s default on Windows 10 and 11) and Hyper-V is turned off.',
        howToTell:
          '`Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V` (Windows 10/11) or `Get-WindowsFeature Hyper-V` (Server) shows it disabled.',
        fix: [step(NO_HYPERVISOR, 0), step(NO_HYPERVISOR, 1)],
      },
      {
        cause: 'The machine is a VM without nested virtualization, or virtualization is off in the firmware.',
        howToTell:
          'The end of `systeminfo` lists Hyper-V requirements with "No" (firmware), or the machine is a VM whose host does not expose virtualization.',
        fix: [step(NO_HYPERVISOR, 1), step(NO_HYPERVISOR, 0)],
      },
    ],
    related: ['hyperv-not-installed'],
  },
  [DOCKER_DESKTOP_FEATURES.id]: {
    message: 'Required Windows feature(s) not enabled : Hyper-V, Containers',
    seenAs: [
      { where: 'Docker Desktop', text: 'Required Windows feature(s) not enabled : Hyper-V, Containers.' },
    ],
    causes: [
      {
        cause: 'The Containers feature is off, and Docker Desktop was set to Windows containers.',
        howToTell:
          'The message names Containers; `Get-WindowsOptionalFeature -Online -FeatureName Containers` shows it disabled.',
        fix: [step(DOCKER_DESKTOP_FEATURES, 0), step(DOCKER_DESKTOP_FEATURES, 1)],
      },
      {
        cause: 'Hyper-V is off.',
        howToTell: 'The message names Hyper-V.',
        fix: [step(DOCKER_DESKTOP_FEATURES, 0)],
      },
    ],
    related: ['no-hypervisor', 'hyperv-not-installed'],
  },
  [FILE_NOT_FOUND.id]: {
    message: 'The system cannot find the file specified',
    seenAs: [
      {
        where: 'Docker, when a process starts',
        text: 'container 3f2a9c1e7b encountered an error during hcs::System::CreateProcess: failure in a Windows system call: The system cannot find the file specified. (0x2)',
      },
      {
        where: 'Docker, when a container is created',
        text: 'hcsshim::CreateComputeSystem 3f2a9c1e7b: The system cannot find the file specified.',
      },
    ],
    causes: [
      {
        cause:
          'The command does not exist in the image: `sh` or `bash` in a Windows image, or `powershell` in Nano Server.',
        howToTell: 'The error comes when a process starts (`CreateProcess`, `docker exec`, a `RUN` step).',
        fix: [step(FILE_NOT_FOUND, 0)],
        links: [{ label: 'Nano Server ltsc2022', path: '/images/nanoserver-ltsc2022/' }],
      },
      {
        cause: 'The Docker data root or a layer folder is missing, for example after moving the data root.',
        howToTell: 'The error comes when the container is created (`CreateComputeSystem`).',
        fix: [step(FILE_NOT_FOUND, 1), step(FILE_NOT_FOUND, 2)],
      },
    ],
    related: ['register-layer-failed'],
  },
  [UNLISTED_HCS_CODE.id]: {
    message: 'An HCS error code (0xc03701xx) not listed on this site',
    seenAs: [
      {
        where: 'Docker',
        text: 'docker: Error response from daemon: container 3f2a9c1e7b encountered an error during hcs::System::Start: failure in a Windows system call: … (0xc037011d)',
      },
    ],
    causes: [
      {
        cause:
          'A host compute service error we have no page for; the message next to it is Windows’ own description.',
        howToTell: 'The code starts with 0xc03701 or 0x803701 and is not in the list of errors.',
        fix: [step(UNLISTED_HCS_CODE, 0), step(UNLISTED_HCS_CODE, 1)],
        links: [{ label: 'All errors', path: '/errors/' }],
      },
    ],
  },
};
