/**
 * Recognises the error messages people meet with Windows containers and explains each one in plain
 * words, with what to do and the sources (keys of content/sources.yaml) the explanation rests on.
 *
 * Matching works on a flattened copy of the paste (whitespace runs, line breaks included, become one
 * space), so messages wrapped by a terminal or a log viewer still match. Hex codes are matched on their
 * own, which makes translated messages (a Spanish "(0xc0370110)") work too. Input is capped by
 * `cleanText`, and every pattern is bounded, so a huge paste costs linear time.
 */
import { cleanText, shorten } from './text';

/** One recognised error. `sources` are keys of content/sources.yaml. */
export interface ErrorExplanation {
  /** Stable id, e.g. `image-mismatch` or `hcs-0xc0370109`. */
  id: string;
  title: string;
  /** The text that matched, as found in the paste (one line, shortened). */
  matched: string;
  meaning: string;
  whatToDo: string[];
  sources: string[];
  /** For messages that name builds: the host's and the image's Windows build. */
  hostBuild?: number;
  imageBuild?: number;
}

interface Found {
  readonly position: number;
  readonly explanation: ErrorExplanation;
}

/** What a rule knows; `read` turns a regex match into an explanation (or null to skip it). */
interface Rule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => Omit<ErrorExplanation, 'matched'> | null;
}

const MATCHED_CHARS = 160;

// --- Shared advice (our own words) ---

const CHECK_BUILDS =
  'Compare the two builds: run `cmd /c ver` on the host and `docker image inspect --format "{{.OsVersion}}" <image>` for the image.';
const HYPERV_WHEN_NEWER =
  'If the host build is newer than the image build, `--isolation=hyperv` runs the image in a small VM of its own build.';
const UPDATE_HOST =
  'Install the latest cumulative update on the host, then try again: new monthly images have needed host updates before.';
const PIN_PREVIOUS =
  'Until the host is updated, pin the previous monthly tag of the image (a dated or KB tag) instead of the floating one.';
const SWITCH_TO_WINDOWS =
  'On Docker Desktop, choose "Switch to Windows containers…" in the tray menu (or run `& "$Env:ProgramFiles\\Docker\\Docker\\DockerCli.exe" -SwitchDaemon`), then pull again. `docker version --format "{{.Server.Os}}"` shows which engine answers.';
const LINUX_HOST_NOTE =
  'A Linux machine cannot run Windows images at all: Windows containers need a Windows host.';

// --- HCS codes: the 0x8037_01xx HRESULTs, which Docker prints in their 0xC037_01xx form ---

interface HcsCode {
  readonly suffix: string;
  readonly id: string;
  readonly title: string;
  readonly meaning: string;
  readonly whatToDo: readonly string[];
  readonly sources: readonly string[];
  /** The message Windows prints (lower case, English), so the sentence alone is recognised too. */
  readonly sentence?: RegExp;
}

const GENERIC_HCS_ADVICE = [
  'Look for the first error in the output or the daemon log: later ones are often consequences of it.',
  'The Hyper-V-Compute event logs (Event Viewer → Applications and Services Logs → Microsoft → Windows → Hyper-V-Compute) usually name the cause.',
];

const HCS_CODES: readonly HcsCode[] = [
  {
    suffix: '0100',
    id: 'terminated-during-start',
    title: 'The container stopped while it was starting',
    meaning:
      'The host compute service started the container (or its utility VM), and it exited before it was up. The code alone does not say why.',
    whatToDo: [CHECK_BUILDS, UPDATE_HOST, ...GENERIC_HCS_ADVICE],
    sources: ['HCS-ERR'],
    sentence: /exited unexpectedly while starting/,
  },
  {
    suffix: '0101',
    id: 'image-mismatch',
    title: 'The container OS does not match the host OS',
    meaning:
      'With process isolation the container shares the host kernel, so the image must be built for the host build (later hosts also accept the Windows Server 2022 and 2025 images, such as ltsc2022 on Windows Server 2025). This host refused the image because the builds do not fit together.',
    whatToDo: [
      CHECK_BUILDS,
      'Use the tag built for the host build (for example ltsc2019 on build 17763, ltsc2022 on 20348).',
      HYPERV_WHEN_NEWER,
      'If the builds already match and this began with a new monthly image, the host may lack the update that image expects: update the host, or pin the previous monthly tag meanwhile.',
    ],
    sources: ['HCS-ERR', 'VC', 'UPD', 'MOBY-35462', 'DOTNET-FRAMEWORK-1265'],
    sentence:
      /(?:container operating system does not match the host operating system|operating system of the container does not match the operating system of the host)/,
  },
  {
    suffix: '0102',
    id: 'hyperv-not-installed',
    title: 'Hyper-V is needed but not available',
    meaning:
      'The container was to start in Hyper-V isolation (asked for, or the default on this machine), and the host cannot start the small VM that needs: Hyper-V is not installed, or the machine is a VM whose hypervisor does not pass virtualization through.',
    whatToDo: [
      'If the image build matches the host, run it with `--isolation=process`: it needs no Hyper-V.',
      'Otherwise install Hyper-V (`Install-WindowsFeature Hyper-V` on Windows Server, `Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V -All` on Windows 10/11) and reboot.',
      'In a virtual machine, turn on nested virtualization (on a Hyper-V host: `Set-VMProcessor -VMName <vm> -ExposeVirtualizationExtensions $true` with the VM off); on physical machines, enable virtualization in the firmware.',
    ],
    sources: ['HCS-ERR', 'ISO', 'SR', 'MOBY-40792', 'BCCH-2774'],
    sentence: /virtual machine could not be started because a required feature is not installed/,
  },
  {
    suffix: '0105',
    id: 'hcs-invalid-state',
    title: 'The container was in the wrong state for the request',
    meaning:
      'The request (start, stop, run a process) does not fit the state the container or VM is in, for example stopping one that is still starting.',
    whatToDo: [
      'Retry once the container has settled (`docker ps -a` shows its state).',
      ...GENERIC_HCS_ADVICE,
    ],
    sources: ['HCS-ERR', 'HCSSHIM-ERRORS'],
  },
  {
    suffix: '0106',
    id: 'unexpected-exit',
    title: 'The container or its VM exited unexpectedly',
    meaning:
      'The container (or the utility VM of a Hyper-V container) stopped without being asked to. A cause seen repeatedly: the image is a newer monthly build than the host, and the host lacks the cumulative update the image expects; installing the update fixed it. It has also been reported intermittently with process isolation on Windows 11, where Hyper-V isolation worked.',
    whatToDo: [
      CHECK_BUILDS + ' Look at the number after the build (the revision) too.',
      UPDATE_HOST,
      PIN_PREVIOUS,
      'Try `--isolation=hyperv`: users reported it runs when process isolation fails this way.',
      ...GENERIC_HCS_ADVICE,
    ],
    sources: ['HCS-ERR', 'WC-591', 'WC-525', 'DOCKER-FOR-WIN-14287', 'HCSSHIM-917'],
    sentence: /(?:virtual machine or container|compute system) exited unexpectedly(?! while starting)/,
  },
  {
    suffix: '0107',
    id: 'hcs-terminated',
    title: 'The container was forcibly stopped',
    meaning: 'The container or its VM was terminated rather than shut down cleanly.',
    whatToDo: [
      'Check whether something stopped it (a timeout, `docker kill`, a host shutdown).',
      ...GENERIC_HCS_ADVICE,
    ],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0108',
    id: 'hcs-connect-failed',
    title: 'The host could not connect to the container',
    meaning: 'The host compute service could not open its connection to the container or its VM.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0109',
    id: 'hcs-connection-timeout',
    title: 'The container did not answer in time',
    meaning: 'The host gave up waiting for an answer from the container or its VM.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010a',
    id: 'hcs-connection-closed',
    title: 'The connection to the container was closed',
    meaning: 'The channel between the host and the container or its VM closed while in use.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010d',
    id: 'hcs-invalid-json',
    title: 'The container configuration was rejected',
    meaning:
      'The configuration document the runtime sent to the host compute service was not valid for this host.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010e',
    id: 'hcs-not-found',
    title: 'No container with that id exists',
    meaning:
      'The host compute service has no container or VM with the id it was given; it may already be gone.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR', 'HCSSHIM-ERRORS'],
  },
  {
    suffix: '010f',
    id: 'hcs-already-exists',
    title: 'A container with that id already exists',
    meaning: 'The host compute service already has a container or VM with this id.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0110',
    id: 'already-stopped',
    title: 'The container is not running',
    meaning:
      'The runtime asked to stop or change a container or VM that had already stopped. This is usually a follow-on of an earlier failure rather than the cause.',
    whatToDo: [
      'Find the error printed before this one: it tells why the container stopped.',
      'Remove the container (`docker rm -f <name>`) and start it again.',
    ],
    sources: ['HCS-ERR', 'HCSSHIM-ERRORS', 'DOCKER-FOR-WIN-9885'],
    sentence: /virtual machine or container with the specified identifier is not running/,
  },
  {
    suffix: '0111',
    id: 'hcs-protocol-error',
    title: 'A protocol error between host and container',
    meaning: 'The host and the container or its VM disagreed on the messages they exchange.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0112',
    id: 'invalid-layer',
    title: 'The host cannot read a layer of the image',
    meaning:
      'The host found an image layer in a format it does not recognise. Reported for ltsc2025 images on Windows 11 25H2 (in both isolation modes, while ltsc2022 images worked), after a Docker Desktop update, and on Windows 11 24H2 with images pulled earlier.',
    whatToDo: [
      'Remove the image and pull it again (`docker image rm <image>` then `docker pull <image>`).',
      'Install the latest host updates.',
      'On Windows 11 25H2, use the ltsc2022 images until ltsc2025 works there.',
      'Try `--isolation=hyperv`; one report was fixed by a clean-up plus Hyper-V isolation.',
    ],
    sources: ['HCS-ERR', 'HCSSHIM-2566', 'DOCKER-FOR-WIN-14984', 'BCCH-3554'],
    sentence: /container image contains a layer with an unrecognized format/,
  },
  {
    suffix: '0113',
    id: 'insider-required',
    title: 'The image needs a Windows Insider host',
    meaning:
      'The image was built from a Windows Insider build; only hosts in the Insider Program can run it.',
    whatToDo: [
      'Use a released image for your host build, or run the image on a host enrolled in the Windows Insider Program.',
    ],
    sources: ['HCS-ERR', 'INS'],
  },
  {
    suffix: '0114',
    id: 'service-not-available',
    title: 'A Windows feature the containers need is missing',
    meaning:
      'The operation could not start because a required Windows component is not installed or not running. Microsoft’s table gives no more detail.',
    whatToDo: [
      'Check that the Containers feature is installed and that the Hyper-V Host Compute Service (`vmcompute`) is running (`Get-Service vmcompute`).',
      ...GENERIC_HCS_ADVICE,
    ],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0118',
    id: 'hcs-operation-timeout',
    title: 'The operation timed out',
    meaning: 'The host compute service did not finish the operation in the allowed time.',
    whatToDo: ['Retry once; if it keeps happening, read the logs named below.', ...GENERIC_HCS_ADVICE],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011b',
    id: 'hcs-access-denied',
    title: 'Not allowed to manage containers',
    meaning:
      'Only administrators and members of the Hyper-V Administrators group may manage containers and VMs, and the caller is neither.',
    whatToDo: [
      'Run the command from an elevated prompt, or add the account to the Hyper-V Administrators group and sign in again.',
    ],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011c',
    id: 'hcs-guest-critical',
    title: 'The container reported a critical error',
    meaning: 'The container or its VM reported a critical error and was stopped or restarted.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011e',
    id: 'hcs-service-disconnect',
    title: 'The host compute service went away',
    meaning: 'The Hyper-V Host Compute Service disconnected unexpectedly.',
    whatToDo: [
      'Check that `vmcompute` is running (`Get-Service vmcompute`) and restart it if not.',
      ...GENERIC_HCS_ADVICE,
    ],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011f',
    id: 'hcs-process-already-stopped',
    title: 'The process has already exited',
    meaning: 'A request was made to a process inside the container that had already ended.',
    whatToDo: ['Look at the exit code and output of the process itself.'],
    sources: ['HCS-ERR'],
  },
];

const HCS_BY_SUFFIX = new Map(HCS_CODES.map((code) => [code.suffix, code]));

/** The explanation of one HCS code, keyed by its last four hex digits. */
function hcsExplanation(code: HcsCode): Omit<ErrorExplanation, 'matched'> {
  return {
    id: code.id,
    title: code.title,
    meaning: code.meaning,
    whatToDo: [...code.whatToDo],
    sources: [...code.sources],
  };
}

/** `0x0106` → the HCS entry, also for signed decimals (`-1070137082`) as some logs print them. */
function hcsBySignedDecimal(text: string): HcsCode | undefined {
  const value = Number(text) + 2 ** 32;
  const isNtStatus = value >= 0xc0370100 && value <= 0xc03701ff;
  const isHresult = value >= 0x80370100 && value <= 0x803701ff;
  if (!isNtStatus && !isHresult) return undefined;
  return HCS_BY_SUFFIX.get((value & 0xffff).toString(16).padStart(4, '0'));
}

// --- Build numbers inside messages ---

/** `10.0.17763` or `10.0.17763.5576` → 17763. */
function buildOf(version: string | undefined): number | undefined {
  const build = Number(version?.split('.')[2]);
  return Number.isInteger(build) && build > 0 ? build : undefined;
}

const VERSION = String.raw`(\d{1,2}\.\d{1,2}\.\d{4,6}(?:\.\d{1,6})?)`;

// --- The rules, in no particular order: results are sorted by where they appear ---

const RULES: readonly Rule[] = [
  {
    // 0xc0370101, 0x80370101: the NTSTATUS and HRESULT spellings of the same HCS error.
    pattern: /\b0x[c8]037(01[0-9a-f]{2})\b/gi,
    read: (match) => {
      const code = HCS_BY_SUFFIX.get((match[1] ?? '').toLowerCase());
      if (code !== undefined) return hcsExplanation(code);
      return {
        id: `hcs-0xc037${(match[1] ?? '').toLowerCase()}`,
        title: 'A host compute service error',
        meaning:
          'An error from the Windows host compute service, which creates containers and their VMs. This code is not in the table we explain.',
        whatToDo: GENERIC_HCS_ADVICE,
        sources: ['HCS-ERR'],
      };
    },
  },
  {
    // "Error":-1070137082 — the same codes as signed 32-bit numbers, as the daemon's JSON logs print them.
    pattern: /(?:^|[\s:=(])(-1070137\d{3}|-2143878\d{3})\b/g,
    read: (match) => {
      const code = hcsBySignedDecimal(match[1] ?? '');
      return code === undefined ? null : hcsExplanation(code);
    },
  },
  ...HCS_CODES.filter((code) => code.sentence !== undefined).map((code): Rule => ({
    pattern: new RegExp(code.sentence?.source ?? '', 'gi'),
    read: () => hcsExplanation(code),
  })),
  {
    pattern: /\b(?:0xc0351000|no hypervisor is present on this system)/gi,
    read: () => ({
      id: 'no-hypervisor',
      title: 'No hypervisor is running on this machine',
      meaning:
        'Hyper-V isolation needs the Windows hypervisor, and it is not running: Hyper-V is off, virtualization is disabled in the firmware, or the machine is a VM without nested virtualization.',
      whatToDo: [
        'If the image build matches the host, use `--isolation=process` instead.',
        'Otherwise enable Hyper-V and virtualization (in the firmware, or nested virtualization for a VM) and reboot.',
      ],
      sources: ['ISO', 'SR', 'MOBY-27198'],
    }),
  },
  {
    pattern: new RegExp(
      String.raw`windows version ${VERSION}-based image is incompatible with a ${VERSION} host`,
      'gi',
    ),
    read: (match) => {
      const imageBuild = buildOf(match[1]);
      const hostBuild = buildOf(match[2]);
      const builds =
        imageBuild !== undefined && hostBuild !== undefined
          ? ` Here the image is build ${String(imageBuild)} and the host is build ${String(hostBuild)}.`
          : '';
      return {
        id: 'image-newer-than-host',
        title: 'The image is newer than the host',
        meaning:
          'Docker refuses to pull or run an image built for a newer Windows build than the host, in any isolation mode: Hyper-V isolation only helps when the host is the newer one.' +
          builds,
        whatToDo: [
          'Use a tag built for the host build or an older one (with Hyper-V isolation for an older one).',
          'Or move the host to a build at least as new as the image (for example Windows 11 or Windows Server 2022 for ltsc2022 images).',
        ],
        sources: ['VC', 'MOBY-36184', 'MOBY-40215', 'WC-155'],
        ...(hostBuild === undefined ? {} : { hostBuild }),
        ...(imageBuild === undefined ? {} : { imageBuild }),
      };
    },
  },
  {
    pattern: /no matching manifest for linux\/[a-z0-9]{1,10} in the manifest list entries/gi,
    read: () => ({
      id: 'linux-engine-windows-image',
      title: 'Docker is in Linux containers mode',
      meaning:
        'The engine that answered runs Linux containers, and the image only has Windows entries (all Microsoft base images are Windows-only), so nothing fits.',
      whatToDo: [SWITCH_TO_WINDOWS, LINUX_HOST_NOTE],
      sources: ['WC-410', 'CBI'],
    }),
  },
  {
    pattern: new RegExp(
      String.raw`no matching manifest for windows\/([a-z0-9]{1,10})(?: ${VERSION})? in the manifest list entries`,
      'gi',
    ),
    read: (match) => {
      const hostBuild = buildOf(match[2]);
      const arm64 = (match[1] ?? '').toLowerCase() === 'arm64';
      const named =
        hostBuild === undefined
          ? ''
          : ` The build in the message (${String(hostBuild)}) is the host’s, not the image’s.`;
      return {
        id: 'no-windows-manifest',
        title: 'The image has nothing for this Windows host',
        meaning:
          'The Windows engine looked for an entry it can use and found none. Either the image is Linux-only (most images on Docker Hub are), or it is a Windows image with no entry for a build this host can pull, such as an ltsc2022 image on Windows 10.' +
          named,
        whatToDo: [
          'See what the image offers: `docker manifest inspect <image>` lists each entry’s `os` and `os.version`.',
          'Only Linux entries: it is a Linux image; switch Docker Desktop to Linux containers to run it.',
          'Windows entries for other builds: pick the tag built for your host build (or an older one with Hyper-V isolation).',
          ...(arm64
            ? [
                'This host is arm64: of the Windows base images, only the ltsc2025 Server Core and Nano Server images have arm64 entries.',
              ]
            : []),
        ],
        sources: ['KITEMATIC-3231', 'WC-155', 'WC-192', 'VDI-1765', ...(arm64 ? ['WC-586'] : [])],
        ...(hostBuild === undefined ? {} : { hostBuild }),
      };
    },
  },
  {
    pattern: /no matching manifest for unknown in the manifest list entries/gi,
    read: () => ({
      id: 'no-manifest-unknown',
      title: 'No image entry for this engine',
      meaning:
        'The engine could not name its own platform ("unknown") and found no matching entry. Microsoft’s quick start ties this message to Docker being set up for Linux containers; older engine versions printed it too.',
      whatToDo: [SWITCH_TO_WINDOWS, 'Update Docker to a current version.'],
      sources: ['VDI-1493'],
    }),
  },
  {
    pattern: /image operating system "?(windows|linux)"? cannot be used on this platform/gi,
    read: (match) =>
      (match[1] ?? '').toLowerCase() === 'windows'
        ? {
            id: 'windows-image-on-linux-engine',
            title: 'A Windows image on a Linux engine',
            meaning:
              'The engine runs Linux containers (Docker Desktop in Linux mode, WSL, or a Linux host) and was given a Windows image.',
            whatToDo: [SWITCH_TO_WINDOWS, LINUX_HOST_NOTE],
            sources: ['KITEMATIC-2828', 'WC-410'],
          }
        : {
            id: 'linux-image-on-windows-engine',
            title: 'A Linux image on a Windows engine',
            meaning:
              'The engine runs Windows containers and was given a Linux image. Windows containers mode cannot run Linux images.',
            whatToDo: [
              'On Docker Desktop, choose "Switch to Linux containers…" in the tray menu, or run the Linux image on a Linux host.',
              'If you meant a Windows image, check the name and tag: many images publish Windows variants under their own tags (such as `-windowsservercore-ltsc2022`).',
            ],
            sources: ['KITEMATIC-2828'],
          },
  },
  {
    pattern: /manifest for ([\w./:@-]{1,300}?) not found(?:: manifest unknown)?/gi,
    read: (match) => {
      const reference = (match[1] ?? '').replace(/[.,;:]+$/, '');
      const latest = /^mcr\.microsoft\.com\/windows(?:\/[a-z]+)?:latest$/i.test(reference);
      return {
        id: 'manifest-not-found',
        title: 'The registry has no such tag',
        meaning: latest
          ? `${reference} does not exist: Microsoft removed the latest tag from its Windows base image repositories in April 2019.`
          : `The registry has no image under ${reference === '' ? 'that name and tag' : reference}.`,
        whatToDo: [
          latest
            ? 'Name the release in the tag, for example ltsc2022 or ltsc2025 (the one that fits your host build).'
            : 'Check the spelling of the repository and the tag against the registry’s tag list.',
          'For Windows base images the tag carries the Windows release (ltsc2019, ltsc2022, ltsc2025, or a build such as 10.0.20348.2340).',
        ],
        sources: latest ? ['TC-LATEST', 'CBI'] : ['CBI'],
      };
    },
  },
  {
    pattern: /required windows feature\(s\) not enabled\s?:?\s?([\w, -]{1,60}?)(?=\.|$| docker desktop)/gi,
    read: (match) => {
      const features = (match[1] ?? '').trim();
      return {
        id: 'docker-desktop-features',
        title: 'Docker Desktop needs Windows features turned on',
        meaning: `Docker Desktop checked the Windows features it needs and found ${features === '' ? 'some' : features} missing, so it will not run in this mode.`,
        whatToDo: [
          'Turn the missing features on (Windows Features, or `Enable-WindowsOptionalFeature -Online -FeatureName <name> -All` with Microsoft-Hyper-V or Containers) and reboot.',
          'Process-isolated Windows containers need the Containers feature; Hyper-V isolation also needs Hyper-V.',
        ],
        sources: ['DOCKER-FOR-WIN-9748', 'ISO', 'SR'],
      };
    },
  },
  {
    pattern: /failed to register layer(?:.{0,300}?(process(?:utilityvm|utility|base)(?:image|layer)))?/gi,
    read: (match) => {
      const step = match[1] === undefined ? '' : ` (step ${match[1]})`;
      return {
        id: 'register-layer-failed',
        title: 'A downloaded layer could not be unpacked',
        meaning: `Docker downloaded a layer but Windows could not set it up${step}. Most reports come from pulling an image built for a newer Windows build than the host, with an engine that did not refuse it up front; full disks and damaged image stores were reported too.`,
        whatToDo: [
          CHECK_BUILDS + ' The image build must not be newer than the host build.',
          'Update the container engine: current versions refuse unusable images before downloading them.',
          'Check free space on the drive holding the Docker data root, then pull again.',
        ],
        sources: ['VC', 'MOBY-35090', 'DOTNET-FRAMEWORK-167', 'DOCKER-FOR-WIN-1800'],
      };
    },
  },
  {
    // Only with a container-runtime prefix: the bare sentence is too common in unrelated Windows output.
    pattern:
      /(?:hcs(?:shim)?::\w{1,40}[^:]{0,80}|failure in a windows system call|re-exec error[^:]{0,40}: output: \w{1,40}[^:]{0,200}): the system cannot find the (?:file|path) specified/gi,
    read: (match) => {
      const inHcs = /^hcs/i.test(match[0]);
      return {
        id: 'file-not-found',
        title: 'Windows could not find a file',
        meaning:
          'A generic Windows error (code 0x2 or 0x3, 0x80070002 as an HRESULT): something the engine or the container asked for does not exist.' +
          (inHcs
            ? ' Raised by the host compute service, so it concerns the container itself: its layers, its data root or the command it runs.'
            : ''),
        whatToDo: [
          'If it happens when a process starts, check the command exists in the image: Windows images have `cmd` and (except Nano Server) `powershell`, but no `sh` or `bash`.',
          'Check the Docker data root (`docker info --format "{{.DockerRootDir}}"`) is on a drive that exists and has space.',
          CHECK_BUILDS,
        ],
        sources: ['HCSSHIM-816'],
      };
    },
  },
];

/** A generic explanation is dropped when a more specific one covers the same message. */
const SUPPRESSED_BY: Readonly<Record<string, readonly string[]>> = {
  // "failed to register layer: … ProcessBaseLayer …: The system cannot find the path specified."
  'file-not-found': ['register-layer-failed'],
};

/** A single-line excerpt of the original text around a match. */
function excerpt(flat: string, index: number, length: number): string {
  return shorten(flat.slice(index, index + Math.min(length, MATCHED_CHARS)), MATCHED_CHARS);
}

/** The first matches of one rule, at most a few, each turned into an explanation. */
function runRule(rule: Rule, flat: string, found: Found[]): void {
  rule.pattern.lastIndex = 0;
  let hits = 0;
  let match: RegExpExecArray | null;
  while (hits < 8 && (match = rule.pattern.exec(flat)) !== null) {
    if (match[0].length === 0) rule.pattern.lastIndex += 1;
    hits += 1;
    const explanation = rule.read(match);
    if (explanation === null) continue;
    found.push({
      position: match.index,
      explanation: { ...explanation, matched: excerpt(flat, match.index, match[0].length) },
    });
  }
}

/** Every known error in the text, in order of first appearance, each id once. Never throws. */
export function explainErrors(text: string): ErrorExplanation[] {
  const flat = cleanText(text).text.replace(/\s+/g, ' ');
  const found: Found[] = [];
  for (const rule of RULES) runRule(rule, flat, found);
  found.sort((a, b) => a.position - b.position);
  const ids = new Set(found.map(({ explanation }) => explanation.id));
  const seen = new Set<string>();
  const result: ErrorExplanation[] = [];
  for (const { explanation } of found) {
    const covered = SUPPRESSED_BY[explanation.id]?.some((id) => ids.has(id)) ?? false;
    if (seen.has(explanation.id) || covered) continue;
    seen.add(explanation.id);
    result.push(explanation);
  }
  return result;
}
