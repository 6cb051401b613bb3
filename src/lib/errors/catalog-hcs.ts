/**
 * The host compute service (HCS) errors: the 0x8037_01xx HRESULTs, which Docker prints in their
 * 0xC037_01xx (NTSTATUS) form. Names and messages are Windows' own (HCS-ERR); titles, meanings and
 * advice are ours. The paste box imports this file, so it holds only what the box shows.
 */
import { GENERIC_HCS_ADVICE, CHECK_BUILDS, HYPERV_WHEN_NEWER, PIN_PREVIOUS, UPDATE_HOST } from './kinds';
import type { ErrorKind } from './kinds';

/** One HCS code and its explanation. */
export interface HcsCode extends ErrorKind {
  /** The last four hex digits of the code, lower case: `0101` for 0xC0370101. */
  readonly suffix: string;
  /** The symbolic name in Windows' headers, e.g. `HCS_E_IMAGE_MISMATCH`. */
  readonly name: string;
  /** The message Windows prints for the code (English). */
  readonly message: string;
  /** The message (lower case), so the sentence alone is recognised too, also in older wordings. */
  readonly sentence?: RegExp;
}

/** Every HCS code we explain, in code order. */
export const HCS_CODES: readonly HcsCode[] = [
  {
    suffix: '0100',
    name: 'HCS_E_TERMINATED_DURING_START',
    message: 'The virtual machine or container exited unexpectedly while starting.',
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
    name: 'HCS_E_IMAGE_MISMATCH',
    message: 'The container operating system does not match the host operating system.',
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
    name: 'HCS_E_HYPERV_NOT_INSTALLED',
    message: 'The virtual machine could not be started because a required feature is not installed.',
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
    name: 'HCS_E_INVALID_STATE',
    message: 'The requested virtual machine or container operation is not valid in the current state.',
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
    name: 'HCS_E_UNEXPECTED_EXIT',
    message: 'The virtual machine or container exited unexpectedly.',
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
    name: 'HCS_E_TERMINATED',
    message: 'The virtual machine or container was forcefully exited.',
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
    name: 'HCS_E_CONNECT_FAILED',
    message: 'A connection could not be established with the container or virtual machine.',
    id: 'hcs-connect-failed',
    title: 'The host could not connect to the container',
    meaning: 'The host compute service could not open its connection to the container or its VM.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0109',
    name: 'HCS_E_CONNECTION_TIMEOUT',
    message:
      'The operation timed out because a response was not received from the virtual machine or container.',
    id: 'hcs-connection-timeout',
    title: 'The container did not answer in time',
    meaning: 'The host gave up waiting for an answer from the container or its VM.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010a',
    name: 'HCS_E_CONNECTION_CLOSED',
    message: 'The connection with the virtual machine or container was closed.',
    id: 'hcs-connection-closed',
    title: 'The connection to the container was closed',
    meaning: 'The channel between the host and the container or its VM closed while in use.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010d',
    name: 'HCS_E_INVALID_JSON',
    message: 'The virtual machine or container JSON document is invalid.',
    id: 'hcs-invalid-json',
    title: 'The container configuration was rejected',
    meaning:
      'The configuration document the runtime sent to the host compute service was not valid for this host.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '010e',
    name: 'HCS_E_SYSTEM_NOT_FOUND',
    message: 'A virtual machine or container with the specified identifier does not exist.',
    id: 'hcs-not-found',
    title: 'No container with that id exists',
    meaning:
      'The host compute service has no container or VM with the id it was given; it may already be gone.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR', 'HCSSHIM-ERRORS'],
  },
  {
    suffix: '010f',
    name: 'HCS_E_SYSTEM_ALREADY_EXISTS',
    message: 'A virtual machine or container with the specified identifier already exists.',
    id: 'hcs-already-exists',
    title: 'A container with that id already exists',
    meaning: 'The host compute service already has a container or VM with this id.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0110',
    name: 'HCS_E_SYSTEM_ALREADY_STOPPED',
    message: 'The virtual machine or container with the specified identifier is not running.',
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
    name: 'HCS_E_PROTOCOL_ERROR',
    message:
      'A communication protocol error has occurred between the virtual machine or container and the host.',
    id: 'hcs-protocol-error',
    title: 'A protocol error between host and container',
    meaning: 'The host and the container or its VM disagreed on the messages they exchange.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '0112',
    name: 'HCS_E_INVALID_LAYER',
    message: 'The container image contains a layer with an unrecognized format.',
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
    name: 'HCS_E_WINDOWS_INSIDER_REQUIRED',
    message: 'To use this container image, you must join the Windows Insider Program.',
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
    name: 'HCS_E_SERVICE_NOT_AVAILABLE',
    message: 'The operation could not be started because a required feature is not installed.',
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
    name: 'HCS_E_OPERATION_TIMEOUT',
    message: 'The operation did not complete in time.',
    id: 'hcs-operation-timeout',
    title: 'The operation timed out',
    meaning: 'The host compute service did not finish the operation in the allowed time.',
    whatToDo: ['Retry once; if it keeps happening, read the logs named below.', ...GENERIC_HCS_ADVICE],
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011b',
    name: 'HCS_E_ACCESS_DENIED',
    message:
      'Insufficient privileges. Only administrators or users that are members of the Hyper-V Administrators user group are permitted to access virtual machines or containers.',
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
    name: 'HCS_E_GUEST_CRITICAL_ERROR',
    message: 'The virtual machine or container reported a critical error and was stopped or restarted.',
    id: 'hcs-guest-critical',
    title: 'The container reported a critical error',
    meaning: 'The container or its VM reported a critical error and was stopped or restarted.',
    whatToDo: GENERIC_HCS_ADVICE,
    sources: ['HCS-ERR'],
  },
  {
    suffix: '011e',
    name: 'HCS_E_SERVICE_DISCONNECT',
    message: 'The host compute system service has disconnected unexpectedly.',
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
    name: 'HCS_E_PROCESS_ALREADY_STOPPED',
    message: 'The process has already exited.',
    id: 'hcs-process-already-stopped',
    title: 'The process has already exited',
    meaning: 'A request was made to a process inside the container that had already ended.',
    whatToDo: ['Look at the exit code and output of the process itself.'],
    sources: ['HCS-ERR'],
  },
];

/** The explanation of an HCS code outside the table above (`id` becomes `hcs-0xc037<suffix>`). */
export const UNLISTED_HCS_CODE: ErrorKind = {
  id: 'hcs-unlisted-code',
  title: 'A host compute service error',
  meaning:
    'An error from the Windows host compute service, which creates containers and their VMs. This code is not in the table we explain.',
  whatToDo: GENERIC_HCS_ADVICE,
  sources: ['HCS-ERR'],
};

/** The HCS code for the last four hex digits of 0xC037xxxx / 0x8037xxxx. */
export const HCS_BY_SUFFIX: ReadonlyMap<string, HcsCode> = new Map(
  HCS_CODES.map((code) => [code.suffix, code]),
);

/** The codes as people meet them: NTSTATUS and HRESULT hex, and both as the signed numbers logs print. */
export function hcsCodeForms(suffix: string): { ntstatus: string; hresult: string; decimals: string[] } {
  const low = Number.parseInt(suffix, 16);
  const signed = (high: number): string => String(high + low - 2 ** 32);
  return {
    ntstatus: `0xc037${suffix}`,
    hresult: `0x8037${suffix}`,
    decimals: [signed(0xc0370000), signed(0x80370000)],
  };
}
