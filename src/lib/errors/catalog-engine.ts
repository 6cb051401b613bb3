/**
 * The errors of the container engines and registries (Docker, containerd, Docker Desktop) that are not
 * HCS codes: OS and platform mismatches, missing manifests, failed layer registration. Titles, meanings
 * and advice are ours. Some messages name builds, features or an image; the matcher
 * (src/lib/readers/errors.ts) then adds that detail to the kind's own meaning or steps.
 */
import { CHECK_BUILDS, LINUX_HOST_NOTE, SWITCH_TO_WINDOWS } from './kinds';
import type { ErrorKind } from './kinds';

export const NO_HYPERVISOR: ErrorKind = {
  id: 'no-hypervisor',
  title: 'No hypervisor is running on this machine',
  meaning:
    'Hyper-V isolation needs the Windows hypervisor, and it is not running: Hyper-V is off, virtualization is disabled in the firmware, or the machine is a VM without nested virtualization.',
  whatToDo: [
    'If the image build matches the host, use `--isolation=process` instead.',
    'Otherwise enable Hyper-V and virtualization (in the firmware, or nested virtualization for a VM) and reboot.',
  ],
  sources: ['ISO', 'SR', 'MOBY-27198'],
};

export const IMAGE_NEWER_THAN_HOST: ErrorKind = {
  id: 'image-newer-than-host',
  title: 'The image is newer than the host',
  meaning:
    'Docker refuses to pull or run an image built for a newer Windows build than the host, in any isolation mode: Hyper-V isolation only helps when the host is the newer one.',
  whatToDo: [
    'Use a tag built for the host build or an older one (with Hyper-V isolation for an older one).',
    'Or move the host to a build at least as new as the image (for example Windows 11 or Windows Server 2022 for ltsc2022 images).',
  ],
  sources: ['VC', 'MOBY-36184', 'MOBY-40215', 'WC-155'],
};

export const LINUX_ENGINE_WINDOWS_IMAGE: ErrorKind = {
  id: 'linux-engine-windows-image',
  title: 'Docker is in Linux containers mode',
  meaning:
    'The engine that answered runs Linux containers, and the image only has Windows entries (all Microsoft base images are Windows-only), so nothing fits.',
  whatToDo: [SWITCH_TO_WINDOWS, LINUX_HOST_NOTE],
  sources: ['WC-410', 'CBI'],
};

/** The step the arm64 variant of `no-windows-manifest` adds. */
export const ARM64_BASE_IMAGES_STEP =
  'This host is arm64: of the Windows base images, only the ltsc2025 Server Core and Nano Server images have arm64 entries.';

export const NO_WINDOWS_MANIFEST: ErrorKind = {
  id: 'no-windows-manifest',
  title: 'The image has nothing for this Windows host',
  meaning:
    'The Windows engine looked for an entry it can use and found none. Either the image is Linux-only (most images on Docker Hub are), or it is a Windows image with no entry for a build this host can pull, such as an ltsc2022 image on Windows 10.',
  whatToDo: [
    'See what the image offers: `docker manifest inspect <image>` lists each entry’s `os` and `os.version`.',
    'Only Linux entries: it is a Linux image; switch Docker Desktop to Linux containers to run it.',
    'Windows entries for other builds: pick the tag built for your host build (or an older one with Hyper-V isolation).',
  ],
  sources: ['KITEMATIC-3231', 'WC-155', 'WC-192', 'VDI-1765'],
};

export const NO_MANIFEST_UNKNOWN: ErrorKind = {
  id: 'no-manifest-unknown',
  title: 'No image entry for this engine',
  meaning:
    'The engine could not name its own platform ("unknown") and found no matching entry. Microsoft’s quick start ties this message to Docker being set up for Linux containers; older engine versions printed it too.',
  whatToDo: [SWITCH_TO_WINDOWS, 'Update Docker to a current version.'],
  sources: ['VDI-1493'],
};

export const WINDOWS_IMAGE_ON_LINUX_ENGINE: ErrorKind = {
  id: 'windows-image-on-linux-engine',
  title: 'A Windows image on a Linux engine',
  meaning:
    'The engine runs Linux containers (Docker Desktop in Linux mode, WSL, or a Linux host) and was given a Windows image.',
  whatToDo: [SWITCH_TO_WINDOWS, LINUX_HOST_NOTE],
  sources: ['KITEMATIC-2828', 'WC-410'],
};

export const LINUX_IMAGE_ON_WINDOWS_ENGINE: ErrorKind = {
  id: 'linux-image-on-windows-engine',
  title: 'A Linux image on a Windows engine',
  meaning:
    'The engine runs Windows containers and was given a Linux image. Windows containers mode cannot run Linux images.',
  whatToDo: [
    'On Docker Desktop, choose "Switch to Linux containers…" in the tray menu, or run the Linux image on a Linux host.',
    'If you meant a Windows image, check the name and tag: many images publish Windows variants under their own tags (such as `-windowsservercore-ltsc2022`).',
  ],
  sources: ['KITEMATIC-2828'],
};

/** What the paste box says instead when the missing tag is a Windows base image's `latest`. */
export const LATEST_TAG_REMOVED = {
  meaning: (reference: string): string =>
    `${reference} does not exist: Microsoft removed the latest tag from its Windows base image repositories in April 2019.`,
  step: 'Name the release in the tag, for example ltsc2022 or ltsc2025 (the one that fits your host build).',
  sources: ['TC-LATEST', 'CBI'],
} as const;

export const MANIFEST_NOT_FOUND: ErrorKind = {
  id: 'manifest-not-found',
  title: 'The registry has no such tag',
  meaning: 'The registry has no image under that name and tag.',
  whatToDo: [
    'Check the spelling of the repository and the tag against the registry’s tag list.',
    'For Windows base images the tag carries the Windows release (ltsc2019, ltsc2022, ltsc2025, or a build such as 10.0.20348.2340).',
  ],
  sources: ['CBI'],
};

export const DOCKER_DESKTOP_FEATURES: ErrorKind = {
  id: 'docker-desktop-features',
  title: 'Docker Desktop needs Windows features turned on',
  meaning:
    'Docker Desktop checked the Windows features it needs and found some missing, so it will not run in this mode.',
  whatToDo: [
    'Turn the missing features on (Windows Features, or `Enable-WindowsOptionalFeature -Online -FeatureName <name> -All` with Microsoft-Hyper-V or Containers) and reboot.',
    'Process-isolated Windows containers need the Containers feature; Hyper-V isolation also needs Hyper-V.',
  ],
  sources: ['DOCKER-FOR-WIN-9748', 'ISO', 'SR'],
};

export const REGISTER_LAYER_FAILED: ErrorKind = {
  id: 'register-layer-failed',
  title: 'A downloaded layer could not be unpacked',
  meaning:
    'Docker downloaded a layer but Windows could not set it up. Most reports come from pulling an image built for a newer Windows build than the host, with an engine that did not refuse it up front; full disks and damaged image stores were reported too.',
  whatToDo: [
    CHECK_BUILDS + ' The image build must not be newer than the host build.',
    'Update the container engine: current versions refuse unusable images before downloading them.',
    'Check free space on the drive holding the Docker data root, then pull again.',
  ],
  sources: ['VC', 'MOBY-35090', 'DOTNET-FRAMEWORK-167', 'DOCKER-FOR-WIN-1800'],
};

/** Added to the meaning of `file-not-found` when the host compute service raised it. */
export const FILE_NOT_FOUND_IN_HCS =
  ' Raised by the host compute service, so it concerns the container itself: its layers, its data root or the command it runs.';

export const FILE_NOT_FOUND: ErrorKind = {
  id: 'file-not-found',
  title: 'Windows could not find a file',
  meaning:
    'A generic Windows error (code 0x2 or 0x3, 0x80070002 as an HRESULT): something the engine or the container asked for does not exist.',
  whatToDo: [
    'If it happens when a process starts, check the command exists in the image: Windows images have `cmd` and (except Nano Server) `powershell`, but no `sh` or `bash`.',
    'Check the Docker data root (`docker info --format "{{.DockerRootDir}}"`) is on a drive that exists and has space.',
    CHECK_BUILDS,
  ],
  sources: ['HCSSHIM-816'],
};

/** Every engine and registry error kind, in the order the index lists them. */
export const ENGINE_KINDS: readonly ErrorKind[] = [
  LINUX_ENGINE_WINDOWS_IMAGE,
  NO_WINDOWS_MANIFEST,
  NO_MANIFEST_UNKNOWN,
  IMAGE_NEWER_THAN_HOST,
  MANIFEST_NOT_FOUND,
  WINDOWS_IMAGE_ON_LINUX_ENGINE,
  LINUX_IMAGE_ON_WINDOWS_ENGINE,
  REGISTER_LAYER_FAILED,
  NO_HYPERVISOR,
  DOCKER_DESKTOP_FEATURES,
  FILE_NOT_FOUND,
];
