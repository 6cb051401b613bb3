/**
 * Page prose for the HCS codes met while containers run or are managed: timeouts, lost connections,
 * unknown or duplicate ids, stopped processes. Our own words; the messages and names are Windows' own.
 */
import { EARLIER_ERROR, EVENT_LOG, generic, hcs, step } from './page-text';
import type { ErrorPageText } from './page-text';

const INVALID_STATE = hcs('0105');
const TERMINATED = hcs('0107');
const CONNECT_FAILED = hcs('0108');
const CONNECTION_TIMEOUT = hcs('0109');
const CONNECTION_CLOSED = hcs('010a');
const INVALID_JSON = hcs('010d');
const NOT_FOUND = hcs('010e');
const ALREADY_EXISTS = hcs('010f');
const ALREADY_STOPPED = hcs('0110');
const PROTOCOL_ERROR = hcs('0111');
const OPERATION_TIMEOUT = hcs('0118');
const GUEST_CRITICAL = hcs('011c');
const SERVICE_DISCONNECT = hcs('011e');
const PROCESS_STOPPED = hcs('011f');

/** Page prose of the HCS kinds met at run time, by kind id. */
export const HCS_RUNTIME_PAGE_TEXT: Readonly<Record<string, ErrorPageText>> = {
  [INVALID_STATE.id]: {
    causes: [
      {
        cause:
          'Two requests crossed, such as a stop while the container was still starting (orchestrators retry quickly).',
        howToTell: '`docker ps -a` shows the container settling into a normal state shortly after.',
        fix: [step(INVALID_STATE, 0)],
      },
      {
        cause: 'An earlier failure left the container half created.',
        howToTell: EARLIER_ERROR,
        fix: generic(INVALID_STATE, 1),
      },
    ],
  },
  [TERMINATED.id]: {
    causes: [
      {
        cause:
          'Something stopped it on purpose: `docker kill`, a timeout of the orchestrator, a host shutdown.',
        howToTell: 'The time of the error matches a stop, a deployment or a restart.',
        fix: [step(TERMINATED, 0)],
      },
      {
        cause: 'It was killed after another failure.',
        howToTell: EARLIER_ERROR,
        fix: generic(TERMINATED, 1),
      },
    ],
  },
  [CONNECT_FAILED.id]: {
    causes: [
      {
        cause: 'The container or its utility VM never came up far enough to accept the connection.',
        howToTell: EARLIER_ERROR,
        fix: [step(CONNECT_FAILED, 0)],
      },
      {
        cause: 'The host compute service itself is unhealthy.',
        howToTell: 'Other containers fail the same way. ' + EVENT_LOG,
        fix: [step(CONNECT_FAILED, 1)],
      },
    ],
  },
  [CONNECTION_TIMEOUT.id]: {
    causes: [
      {
        cause:
          'The host is busy (many containers starting at once, a slow disk), so the container answers too late.',
        howToTell: 'It happens under load and the same command works when retried.',
        fix: ['Start fewer containers at once, or retry.', step(CONNECTION_TIMEOUT, 1)],
      },
      {
        cause:
          'The name came from WSL (where Docker Desktop’s Linux engine runs), not from a Windows container.',
        howToTell: 'The message comes from `wsl.exe` or starts with `Wsl/`.',
        fix: ['It concerns WSL’s own VM: restart it with `wsl --shutdown` and start again.'],
      },
      {
        cause: 'The container or its VM hangs.',
        howToTell: 'It keeps failing on retries. ' + EVENT_LOG,
        fix: generic(CONNECTION_TIMEOUT, 0),
      },
    ],
  },
  [CONNECTION_CLOSED.id]: {
    causes: [
      {
        cause: 'The container or its VM stopped while the host was talking to it.',
        howToTell: 'An unexpected-exit or critical error appears around it.',
        fix: [step(CONNECTION_CLOSED, 0)],
      },
      {
        cause: 'The host compute service restarted.',
        howToTell: EVENT_LOG,
        fix: [step(CONNECTION_CLOSED, 1)],
      },
    ],
    related: ['unexpected-exit', 'hcs-service-disconnect'],
  },
  [INVALID_JSON.id]: {
    causes: [
      {
        cause:
          'The container runtime asked for something this Windows version does not understand, often after an engine upgrade on an older host.',
        howToTell:
          'It began after upgrading Docker, containerd or hcsshim, or after adding an option (a mount, a device, a resource limit).',
        fix: [
          'Remove the newest option, or use an engine version made for this Windows version.',
          ...generic(INVALID_JSON, 0),
        ],
      },
    ],
  },
  [NOT_FOUND.id]: {
    causes: [
      {
        cause:
          'The container was already removed when the request came, often a race between a removal and a retry.',
        howToTell: '`docker ps -a` no longer lists it.',
        fix: [step(NOT_FOUND, 0)],
      },
      {
        cause: 'The host compute service restarted and no longer knows the container.',
        howToTell: EVENT_LOG,
        fix: [step(NOT_FOUND, 1)],
      },
    ],
  },
  [ALREADY_EXISTS.id]: {
    causes: [
      {
        cause:
          'A container from an earlier run is still registered with the same id, for example after the engine restarted while containers ran.',
        howToTell: '`hcsdiag list` (on the host, elevated) still shows the id.',
        fix: [
          'Remove the leftover with `hcsdiag kill <id>` or restart the engine.',
          ...generic(ALREADY_EXISTS, 0),
        ],
      },
    ],
  },
  [ALREADY_STOPPED.id]: {
    causes: [
      {
        cause:
          'A follow-on of an earlier failure: the container had already stopped when the runtime tried to change it.',
        howToTell: EARLIER_ERROR,
        fix: [step(ALREADY_STOPPED, 0)],
      },
      {
        cause: 'A stop or kill came after the container had exited by itself.',
        howToTell: 'No other error; the container’s process had finished.',
        fix: [step(ALREADY_STOPPED, 1)],
      },
    ],
    related: ['unexpected-exit'],
  },
  [PROTOCOL_ERROR.id]: {
    causes: [
      {
        cause:
          'The container or its VM sent something the host did not expect; the code alone does not say why.',
        howToTell: EVENT_LOG,
        fix: generic(PROTOCOL_ERROR, 0),
      },
    ],
  },
  [OPERATION_TIMEOUT.id]: {
    causes: [
      {
        cause: 'The host was busy and the operation took too long.',
        howToTell: 'It happens under load and works when retried.',
        fix: [step(OPERATION_TIMEOUT, 0)],
      },
      { cause: 'The operation hangs every time.', howToTell: EVENT_LOG, fix: generic(OPERATION_TIMEOUT, 1) },
    ],
  },
  [GUEST_CRITICAL.id]: {
    causes: [
      {
        cause: 'Windows inside the container or its VM hit a critical error.',
        howToTell: EVENT_LOG,
        fix: [step(GUEST_CRITICAL, 1), step(GUEST_CRITICAL, 0)],
      },
    ],
  },
  [SERVICE_DISCONNECT.id]: {
    causes: [
      {
        cause:
          'The Hyper-V Host Compute Service (`vmcompute`) crashed or was restarted, for example by an update.',
        howToTell: '`Get-Service vmcompute` shows it stopped, or the System event log shows it restarting.',
        fix: [step(SERVICE_DISCONNECT, 0)],
      },
      {
        cause: 'Every running container lost its connection as a consequence.',
        howToTell: 'All containers on the host failed at the same moment.',
        fix: generic(SERVICE_DISCONNECT, 1),
      },
    ],
  },
  [PROCESS_STOPPED.id]: {
    causes: [
      {
        cause: 'The process had already ended when the request (a signal, a resize, an exec) reached it.',
        howToTell: '`docker inspect --format "{{.State.ExitCode}}" <container>` shows how it ended.',
        fix: [step(PROCESS_STOPPED, 0)],
      },
    ],
  },
};
