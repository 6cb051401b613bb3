/** What the Dockerfile reader returns: its ARGs, its stages (one per FROM) and the base image of the last one. */
import type { ImageFamily } from '../knowledge/schema';
import type { ImageReferenceResult } from './image-reference';

/** An `ARG` declaration. */
export interface DockerfileArg {
  name: string;
  /** The default after substitution; omitted for `ARG NAME` without one. */
  value?: string;
  /** 1-based line of the declaration. */
  line: number;
  /** Declared before the first FROM, so FROM lines can use it. */
  global: boolean;
}

/** What a FROM starts from. */
export type StageKind = 'image' | 'stage' | 'scratch' | 'unresolved';

/** One `FROM` (one build stage). */
export interface DockerfileStage {
  index: number;
  /** 1-based line of the FROM. */
  line: number;
  /** The image as written, before substitution. */
  image: string;
  /** The image after ARG substitution, when every variable resolved. */
  resolved?: string;
  /** The stage name given with `AS`. */
  name?: string;
  /** The `--platform` value, after substitution where possible. */
  platform?: string;
  kind: StageKind;
  /** For `FROM <earlier stage>`: that stage's index. */
  stageRef?: number;
  /** The base image check, for `image` stages. */
  reference?: ImageReferenceResult;
  /** For unresolved stages: the repository and family, when the part before the tag resolved. */
  repository?: string;
  family?: ImageFamily;
  unresolvedArgs: string[];
}

/** Everything read from a Dockerfile. */
export interface DockerfileResult {
  /** At least one FROM instruction was found. */
  isDockerfile: boolean;
  stages: DockerfileStage[];
  args: DockerfileArg[];
  /** ARG names a FROM needed but that have no value. */
  unresolvedArgs: string[];
  /** Index of the last stage (the image the build produces). */
  finalStage?: number;
  /** The base image the final stage ends up on, following `FROM <stage>` links. */
  finalImage?: ImageReferenceResult;
  /** The escape character (`\` by default, `` ` `` with `# escape=`). */
  escapeChar: string;
  /** Zero-based indexes of the lines that belong to recognised instructions, comments or directives. */
  usedLines: number[];
  understood: string[];
  problems: string[];
}

/** Values to use for ARGs, as `--build-arg` would give them. */
export interface DockerfileOptions {
  buildArgs?: Readonly<Record<string, string>>;
}
