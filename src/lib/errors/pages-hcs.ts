/**
 * Page prose for the HCS codes met when a container is set up: mismatched images, missing features,
 * unreadable layers, rights. The causes in the order people meet them, how to tell them apart and what
 * to do, in our own words; the messages and names are Windows' own (catalog-hcs). How each message
 * looks in Docker, containerd and Kubernetes is derived from the code (pages.ts).
 */
import { EVENT_LOG, TAG_GUIDE, generic, hcs, step } from './page-text';
import type { ErrorPageText } from './page-text';

const START = hcs('0100');
const MISMATCH = hcs('0101');
const NO_HYPERV = hcs('0102');
const UNEXPECTED_EXIT = hcs('0106');
const INVALID_LAYER = hcs('0112');
const INSIDER = hcs('0113');
const SERVICE_NOT_AVAILABLE = hcs('0114');
const ACCESS_DENIED = hcs('011b');

/** Page prose of the HCS kinds met at setup, by kind id. */
export const HCS_SETUP_PAGE_TEXT: Readonly<Record<string, ErrorPageText>> = {
  [START.id]: {
    inPods: true,
    causes: [
      {
        cause:
          'The image and the host do not fit: another build, or a newer monthly image than the host’s updates.',
        howToTell:
          'The builds differ, or they match but the image’s revision (the number after the build) is newer.',
        fix: [step(START, 0), step(START, 1)],
        links: [TAG_GUIDE],
      },
      {
        cause: 'Something inside the container or its utility VM fails while it boots.',
        howToTell: EVENT_LOG,
        fix: generic(START, 2),
      },
    ],
    related: ['unexpected-exit', 'image-mismatch'],
  },
  [MISMATCH.id]: {
    operation: 'hcs::CreateComputeSystem',
    inPods: true,
    causes: [
      {
        cause:
          'Process isolation with an image built for another Windows Server release than the host, such as ltsc2019 on Windows Server 2022 or ltsc2022 on Windows Server 2019.',
        howToTell: 'The two builds differ: 17763 is 2019, 20348 is 2022, 26100 is 2025.',
        fix: [step(MISMATCH, 0), step(MISMATCH, 1), step(MISMATCH, 2)],
        links: [
          {
            label: 'Server Core ltsc2019 on Windows Server 2022',
            path: '/matrix/ws2022/servercore-ltsc2019/',
          },
          {
            label: 'Server Core ltsc2022 on Windows Server 2019',
            path: '/matrix/ws2019/servercore-ltsc2022/',
          },
          TAG_GUIDE,
        ],
      },
      {
        cause:
          'Process isolation on Windows 10 or 11 with an image that is not for that build. Windows 11 runs the ltsc2022 images with process isolation; Windows 10 needs Hyper-V isolation for every image.',
        howToTell: 'The host is Windows 10 or 11 and the container was started with `--isolation=process`.',
        fix: [step(MISMATCH, 2), step(MISMATCH, 1)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows 11 24H2',
            path: '/matrix/win11-24h2/servercore-ltsc2022/',
          },
          {
            label: 'Server Core ltsc2019 on Windows 10 22H2',
            path: '/matrix/win10-22h2/servercore-ltsc2019/',
          },
        ],
      },
      {
        cause:
          'In Kubernetes, the pod sandbox (pause) image does not fit the node, even though the pod’s own image does.',
        howToTell:
          'The event is `FailedCreatePodSandBox`, and the pod’s image has an entry for the node’s build; the sandbox image is set in the container runtime’s configuration.',
        fix: [
          'Configure a sandbox (pause) image with an entry for the node’s Windows build, then recreate the pod.',
          step(MISMATCH, 0),
        ],
        links: [{ label: 'Windows Server 2022: what runs there', path: '/hosts/ws2022/' }],
      },
      {
        cause: 'The builds match, but the image is a newer monthly release than the host’s updates.',
        howToTell:
          'The builds are equal, the image’s revision is higher, and the error began with a new monthly image.',
        fix: [step(MISMATCH, 3)],
      },
    ],
    extraSources: ['K8S-99157'],
    announcements: ['windows-11-process-isolation-ltsc2022'],
    related: ['image-newer-than-host', 'unexpected-exit'],
  },
  [NO_HYPERV.id]: {
    operation: 'hcs::CreateComputeSystem',
    inPods: true,
    causes: [
      {
        cause:
          'The container is to run with Hyper-V isolation (asked for, or the default on this machine) and Hyper-V is not installed.',
        howToTell:
          '`Get-WindowsFeature Hyper-V` (Server) or `Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V` shows it missing.',
        fix: [step(NO_HYPERV, 0), step(NO_HYPERV, 1)],
      },
      {
        cause: 'The machine is a VM and its hypervisor does not pass virtualization through.',
        howToTell: '`systeminfo` reports a virtual machine model and Hyper-V cannot be installed or started.',
        fix: [step(NO_HYPERV, 2), step(NO_HYPERV, 0)],
      },
    ],
    related: ['no-hypervisor', 'service-not-available'],
  },
  [UNEXPECTED_EXIT.id]: {
    inPods: true,
    causes: [
      {
        cause: 'The image is a newer monthly build than the host, and the host lacks the update it expects.',
        howToTell:
          'Host and image have the same build, but the image’s revision is higher than the host’s (`cmd /c ver` shows the host’s).',
        fix: [step(UNEXPECTED_EXIT, 0), step(UNEXPECTED_EXIT, 1), step(UNEXPECTED_EXIT, 2)],
        links: [
          {
            label: 'Server Core ltsc2025 on Windows Server 2025',
            path: '/matrix/ws2025/servercore-ltsc2025/',
          },
        ],
      },
      {
        cause: 'Intermittent failures with process isolation on Windows 11.',
        howToTell:
          'The host is Windows 11, the failures come and go, and the same container starts with `--isolation=hyperv`.',
        fix: [step(UNEXPECTED_EXIT, 3)],
        links: [
          {
            label: 'Server Core ltsc2022 on Windows 11 24H2',
            path: '/matrix/win11-24h2/servercore-ltsc2022/',
          },
        ],
      },
      {
        cause: 'Something else stopped the container or its VM.',
        howToTell: EVENT_LOG,
        fix: generic(UNEXPECTED_EXIT, 4),
      },
    ],
    related: ['terminated-during-start', 'image-mismatch'],
  },
  [INVALID_LAYER.id]: {
    inPods: true,
    causes: [
      {
        cause:
          'ltsc2025 images on Windows 11 25H2, reported in both isolation modes while ltsc2022 images worked.',
        howToTell: 'The host is build 26200 and the image is build 26100.',
        fix: [step(INVALID_LAYER, 2), step(INVALID_LAYER, 1)],
        links: [
          {
            label: 'Server Core ltsc2025 on Windows 11 25H2',
            path: '/matrix/win11-25h2/servercore-ltsc2025/',
          },
          {
            label: 'Server Core ltsc2022 on Windows 11 25H2',
            path: '/matrix/win11-25h2/servercore-ltsc2022/',
          },
        ],
      },
      {
        cause: 'Layers pulled earlier, before a host or engine update, no longer read.',
        howToTell: 'Images pulled earlier fail, while a fresh pull on another machine works.',
        fix: [step(INVALID_LAYER, 0), step(INVALID_LAYER, 3)],
      },
      {
        cause: 'A Docker Desktop update.',
        howToTell: 'It began right after updating Docker Desktop.',
        fix: [step(INVALID_LAYER, 0), step(INVALID_LAYER, 1)],
      },
    ],
    related: ['register-layer-failed'],
  },
  [INSIDER.id]: {
    causes: [
      {
        cause: 'The image was built from a Windows Insider build, such as the Insider preview images.',
        howToTell:
          'The image’s build (`docker image inspect --format "{{.OsVersion}}"`) is one no released Windows has, or it comes from an `insider` repository.',
        fix: [step(INSIDER, 0)],
        links: [TAG_GUIDE],
      },
    ],
    announcements: ['windows-image-insider-preview', 'windows-server-image-preview'],
  },
  [SERVICE_NOT_AVAILABLE.id]: {
    inPods: true,
    causes: [
      {
        cause: 'The Containers feature is not installed.',
        howToTell:
          '`Get-WindowsFeature Containers` (Server) or `Get-WindowsOptionalFeature -Online -FeatureName Containers` shows it missing.',
        fix: [step(SERVICE_NOT_AVAILABLE, 0)],
      },
      {
        cause: 'The Hyper-V Host Compute Service is stopped.',
        howToTell: '`Get-Service vmcompute` shows it stopped.',
        fix: [step(SERVICE_NOT_AVAILABLE, 0), ...generic(SERVICE_NOT_AVAILABLE, 1)],
      },
    ],
    related: ['hyperv-not-installed'],
  },
  [ACCESS_DENIED.id]: {
    causes: [
      {
        cause:
          'The command runs without administrator rights and the account is not in the Hyper-V Administrators group.',
        howToTell:
          '`whoami /groups` lists neither an elevated Administrators group nor Hyper-V Administrators.',
        fix: [step(ACCESS_DENIED, 0)],
      },
    ],
  },
};
