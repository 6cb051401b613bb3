/**
 * The shape of an error page's own prose (pages-*.ts): how the message looks, its causes, how to tell
 * them apart and what to do. Kept apart from pages.ts so the prose files and the assembler do not
 * import each other.
 */
import { HCS_BY_SUFFIX } from './catalog-hcs';
import type { HcsCode } from './catalog-hcs';
import type { ErrorKind } from './kinds';

/** A page of this site that helps with a cause: a cell, the tag guide, a host or an image page. */
export interface ErrorLink {
  readonly label: string;
  readonly path: string;
}

/** One cause of an error, with how to recognise it and what to do about it. */
export interface ErrorCause {
  readonly cause: string;
  readonly howToTell: string;
  /** The steps that fix it, mostly the kind's own (`kind.whatToDo`), so the paste box says the same. */
  readonly fix: readonly string[];
  readonly links?: readonly ErrorLink[];
}

/** How a message looks in one tool. Tool output formats are facts; ids and names in them are made up. */
export interface SeenAs {
  readonly where: string;
  readonly text: string;
}

/** The page-only prose of one kind, written in pages-*.ts. */
export interface ErrorPageText {
  /** The message as the heading quotes it (HCS kinds take Windows' own message). */
  readonly message?: string;
  /** The code the heading shows, for kinds that are not HCS codes but have one. */
  readonly code?: string;
  /** How the message looks in each tool (HCS kinds get theirs from their code). */
  readonly seenAs?: readonly SeenAs[];
  /** For HCS codes: the call the runtime names before the message (default hcs::System::Start). */
  readonly operation?: string;
  /** For HCS codes: whether Kubernetes shows it when a pod's containers are created. */
  readonly inPods?: boolean;
  readonly causes: readonly ErrorCause[];
  /** Sources the causes rest on beyond the kind's own (keys of content/sources.yaml). */
  readonly extraSources?: readonly string[];
  /** Slugs of announcements that changed the picture. */
  readonly announcements?: readonly string[];
  /** Ids of related error kinds. */
  readonly related?: readonly string[];
}

/** A step of a kind's own advice by its index; throws when there is none, so a typo fails the build. */
export function step(kind: ErrorKind, index: number): string {
  const found = kind.whatToDo[index];
  if (found === undefined) throw new Error(`Error kind "${kind.id}" has no step ${String(index)}`);
  return found;
}

/** The HCS code with these last four hex digits; throws on a typo so the build fails. */
export function hcs(suffix: string): HcsCode {
  const code = HCS_BY_SUFFIX.get(suffix);
  if (code === undefined) throw new Error(`No HCS code 0xc037${suffix} in catalog-hcs.ts`);
  return code;
}

/** Two consecutive steps of a kind's advice from `first`: most HCS kinds share two generic steps. */
export const generic = (code: HcsCode, first: number): string[] => [step(code, first), step(code, first + 1)];

export const TAG_GUIDE = { label: 'How Windows image tags work', path: '/tags/' };
export const EVENT_LOG =
  'The Hyper-V-Compute event log names the operation and the container around the same time.';
export const EARLIER_ERROR = 'Another error appears just before this one in the output or the daemon log.';
