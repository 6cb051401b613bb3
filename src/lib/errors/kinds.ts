/**
 * The shape of an error kind: what the paste box says about a recognised error message and what its
 * page under /errors/<id>/ starts from. The data lives in catalog-*.ts; the matcher in
 * src/lib/readers/errors.ts; the pages' longer prose in pages-*.ts (not imported by the paste box).
 */

/** One kind of error, explained in our own words. `sources` are keys of content/sources.yaml. */
export interface ErrorKind {
  /** Stable id and the slug of its page, e.g. `image-mismatch`. */
  readonly id: string;
  readonly title: string;
  readonly meaning: string;
  readonly whatToDo: readonly string[];
  readonly sources: readonly string[];
}

/** One recognised error. `sources` are keys of content/sources.yaml. */
export interface ErrorExplanation {
  /** Stable id, e.g. `image-mismatch` or `hcs-0xc0370109`. */
  id: string;
  /** The id of the error kind whose page explains it (`/errors/<page>/`); equals `id` but for unlisted HCS codes. */
  page: string;
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

/** The site-relative path of an error kind's page. */
export function errorPagePath(kindId: string): string {
  return `/errors/${kindId}/`;
}

/** An explanation of a kind as it stands, before the matched text is added; `changes` adjust it. */
export function explain(
  kind: ErrorKind,
  changes: Partial<Omit<ErrorExplanation, 'matched' | 'page'>> = {},
): Omit<ErrorExplanation, 'matched'> {
  return {
    id: kind.id,
    page: kind.id,
    title: kind.title,
    meaning: kind.meaning,
    whatToDo: [...kind.whatToDo],
    sources: [...kind.sources],
    ...changes,
  };
}

// --- Shared advice (our own words), used by several kinds ---

export const CHECK_BUILDS =
  'Compare the two builds: run `cmd /c ver` on the host and `docker image inspect --format "{{.OsVersion}}" <image>` for the image.';
export const HYPERV_WHEN_NEWER =
  'If the host build is newer than the image build, `--isolation=hyperv` runs the image in a small VM of its own build.';
export const UPDATE_HOST =
  'Install the latest cumulative update on the host, then try again: new monthly images have needed host updates before.';
export const PIN_PREVIOUS =
  'Until the host is updated, pin the previous monthly tag of the image (a dated or KB tag) instead of the floating one.';
export const SWITCH_TO_WINDOWS =
  'On Docker Desktop, choose "Switch to Windows containers…" in the tray menu (or run `& "$Env:ProgramFiles\\Docker\\Docker\\DockerCli.exe" -SwitchDaemon`), then pull again. `docker version --format "{{.Server.Os}}"` shows which engine answers.';
export const LINUX_HOST_NOTE =
  'A Linux machine cannot run Windows images at all: Windows containers need a Windows host.';
export const GENERIC_HCS_ADVICE: readonly string[] = [
  'Look for the first error in the output or the daemon log: later ones are often consequences of it.',
  'The Hyper-V-Compute event logs (Event Viewer → Applications and Services Logs → Microsoft → Windows → Hyper-V-Compute) usually name the cause.',
];
