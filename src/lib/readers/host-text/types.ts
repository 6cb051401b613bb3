/** The result of reading host text, and the reading state the reader families share. */
import type { Edition, Host, Image } from '../../knowledge/schema';
import type { Architecture, Catalog, CatalogIndex } from '../catalog';
import type { ImageReferenceResult } from '../image-reference';

/** Where the text was produced: on the host, inside a container, or no way to tell. */
export type TextContext = 'host' | 'container' | 'unknown';

export type Isolation = 'process' | 'hyperv';

/** A build written in part: shortened with an ellipsis, or replaced by a placeholder. */
export interface PartialBuild {
  /** As written, e.g. `10.0.203…48`. */
  written: string;
  kind: 'shortened' | 'hidden';
  /** Known builds it can be (one when resolved, none for a placeholder). */
  candidates: number[];
}

/** Whose build the words around it say it is: the host's, the image's, a platform's ceiling or a threshold. */
export type Role = 'host' | 'image' | 'ceiling' | 'threshold';

/** A build (or release label) the text gives a role by its words. */
export interface RoleBuild {
  role: Role;
  /** The build; for a release label (`1809`), the build of that release. */
  build: number;
  revision?: number;
  /** As written, e.g. `10.0.26100.2894` or `1803`. */
  written: string;
  /** How the role was told: a label on the line, words near it in a sentence, or an error message's shape. */
  by: 'label' | 'words' | 'message';
}

/** A recognised error, with what it means in plain words. */
export interface ErrorExplanation {
  /** The hex code (`0xc0370101`) or a name for messages without one (`no-matching-manifest`). */
  code: string;
  explanation: string;
}

/** What the text says about the host (and, for some errors, the image). */
export interface HostTextResult {
  /** The host build (first one found), e.g. 17763. */
  build?: number;
  /** Its revision (update level), when the text gives one. */
  revision?: number;
  /** The image's revision, when the text gives one (a labelled `Container OS Version`, a sentence …). */
  imageRevision?: number;
  /** Host and image are the same build and both revisions are given: whether the update levels differ. */
  revisionsDiffer?: boolean;
  /** Builds the words around them gave a role, in text order (thresholds included: they name no machine). */
  roleBuilds: RoleBuild[];
  /** Every distinct host build found, `build` first. */
  builds: number[];
  /** Catalog hosts the text can be, after narrowing by product words. */
  hostCandidates: Host[];
  /** Every catalog host with the build(s) found, before narrowing. */
  buildHosts: Host[];
  /** An image build named by the text (an incompatibility error or `docker inspect` output). */
  imageBuild?: number;
  imageCandidates: Image[];
  /** Image references found inside messages (e.g. `manifest for … not found`). */
  imageReferences: ImageReferenceResult[];
  /** The first error recognised. */
  errorCode?: string;
  /** What the first error means and what to do. */
  errorExplanation?: string;
  errors: ErrorExplanation[];
  context: TextContext;
  /** The text could come from the host or from inside a container: ask the user. */
  askHostOrContainer: boolean;
  defaultIsolation?: Isolation;
  arch?: Architecture;
  /** Product names found, e.g. `Windows Server 2022 Datacenter`. */
  productNames: string[];
  /** A release label such as `22H2` or `1809`. */
  versionLabel?: string;
  /** Editions the text names (`Windows 10 Enterprise LTSC 2019`), of the hosts still in `hostCandidates`. */
  editions: { hostId: string; edition: Edition }[];
  /** The text gives a build only in part (`10.0.203…48`, `10.0.xxxxx`): what could be read of it. */
  partialBuild?: PartialBuild;
  /** For a build no host has: the closest host builds. */
  nearestHostBuilds: number[];
  /** For a host build no image has: the closest image builds. */
  nearestImageBuilds: number[];
  /** Zero-based indexes of the input lines that contributed. */
  usedLines: number[];
  understood: string[];
  problems: string[];
}

export type MentionContext = TextContext | 'image';

export interface Mention {
  build: number;
  revision?: number;
  context: MentionContext;
  /** `systeminfo` mentions turn into container mentions if the text turns out to come from a container. */
  source: string;
  /** Hosts given directly (CI labels), instead of every host with the build. */
  hosts?: Host[];
  /** How the role was told (a label, words near the build, a message's shape); absent when it was guessed. */
  told?: RoleBuild['by'];
}

export interface Hints {
  server: boolean;
  client: boolean;
  generations: Set<'windows-10' | 'windows-11'>;
  years: string[];
  words: Set<string>;
  versions: string[];
  productSeen: boolean;
  /** Editions named in the text (by their names or aliases). */
  editions: { host: Host; edition: Edition }[];
}

export interface State {
  readonly index: CatalogIndex;
  readonly catalog: Catalog;
  mentions: Mention[];
  errors: ErrorExplanation[];
  products: string[];
  hints: Hints;
  aliasHosts: Host[];
  references: ImageReferenceResult[];
  arch?: Architecture;
  isolation?: Isolation;
  ubr?: number;
  containerHint: boolean;
  linuxDaemon: boolean;
  partial?: PartialBuild;
  sawVer: boolean;
  kubectl: boolean;
  section: 'client' | 'server' | 'none';
  roleBuilds: RoleBuild[];
  understood: string[];
  problems: string[];
}
