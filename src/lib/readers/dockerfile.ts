/**
 * Reads a Dockerfile the way the builder does for the parts that matter here: parser directives, line
 * continuations, comments, `ARG` defaults declared before the first `FROM`, and every `FROM` of a multi-stage
 * build. Each base image reference is then checked with `parseImageReference`.
 */
import type { Catalog } from './catalog';
import { readInstructions, words } from './dockerfile-lines';
import type { Instruction, Reader } from './dockerfile-lines';
import type {
  DockerfileArg,
  DockerfileOptions,
  DockerfileResult,
  DockerfileStage,
} from './dockerfile-result';
import { substitute } from './dockerfile-substitute';
import type { Scope } from './dockerfile-substitute';
import { parseImageReference } from './image-reference';
import type { ImageReferenceResult } from './image-reference';
import { cleanText, shorten, splitLines, unique } from './text';

export type {
  DockerfileArg,
  DockerfileOptions,
  DockerfileResult,
  DockerfileStage,
  StageKind,
} from './dockerfile-result';

const AUTOMATIC_ARGS = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
]);
const MAX_STAGES = 100;

interface Context {
  catalog: Catalog;
  options: DockerfileOptions;
  escape: string;
  scope: Scope;
  args: DockerfileArg[];
  stages: DockerfileStage[];
  understood: string[];
  problems: string[];
}

/** `ARG NAME`, `ARG NAME=value`, `ARG A=1 B=2`. */
function readArg(instruction: Instruction, ctx: Context): void {
  const global = ctx.stages.length === 0;
  for (const word of words(instruction.args)) {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      ctx.problems.push(`Line ${instruction.line + 1}: "${shorten(name, 30)}" is not a valid ARG name.`);
      continue;
    }
    const override = ctx.options.buildArgs?.[name];
    let value: string | undefined;
    if (override !== undefined) {
      value = override;
      ctx.understood.push(`ARG ${name} set to "${shorten(override, 60)}" as a build argument.`);
    } else if (eq >= 0) {
      value = substitute(word.slice(eq + 1), ctx.scope, ctx.escape).value;
    }
    const arg: DockerfileArg = { name, line: instruction.line + 1, global };
    if (value !== undefined) arg.value = value;
    ctx.args.push(arg);
    // Only ARGs declared before the first FROM can be used in FROM lines.
    if (global) ctx.scope.set(name, value);
  }
}

/** Splits FROM arguments into platform flag, image and stage name. */
function fromParts(
  instruction: Instruction,
  ctx: Context,
): { platform?: string; image?: string; name?: string } {
  const parts = words(instruction.args);
  const result: { platform?: string; image?: string; name?: string } = {};
  let i = 0;
  for (; i < parts.length && (parts[i] ?? '').startsWith('--'); i += 1) {
    const flag = parts[i] ?? '';
    if (flag.toLowerCase().startsWith('--platform=')) result.platform = flag.slice('--platform='.length);
    else if (flag.toLowerCase() === '--platform') {
      i += 1;
      result.platform = parts[i] ?? '';
    } else ctx.problems.push(`Line ${instruction.line + 1}: unknown FROM option ${shorten(flag, 30)}.`);
  }
  const image = parts[i];
  if (image !== undefined) result.image = image;
  const rest = parts.slice(i + 1);
  if (rest.length === 2 && rest[0]?.toLowerCase() === 'as') result.name = rest[1] ?? '';
  else if (rest.length > 0) {
    ctx.problems.push(
      `Line ${instruction.line + 1}: expected "FROM <image> [AS <name>]", found extra words.`,
    );
  }
  return result;
}

/** The platform flag after substitution; BuildKit's own platform variables are left as written. */
function resolvePlatform(platform: string, ctx: Context, stage: DockerfileStage): void {
  const result = substitute(platform, ctx.scope, ctx.escape);
  const missing = result.unresolved.filter((name) => !AUTOMATIC_ARGS.has(name));
  stage.platform = result.unresolved.length === 0 ? result.value : platform;
  stage.unresolvedArgs.push(...missing);
  if (result.unresolved.some((name) => AUTOMATIC_ARGS.has(name))) {
    ctx.understood.push(
      `Stage ${stage.index + 1}: --platform=${platform} is filled in by BuildKit at build time.`,
    );
  }
  const os = stage.platform.split('/')[0]?.toLowerCase();
  if (os === 'linux') {
    ctx.problems.push(
      `Stage ${stage.index + 1} asks for a Linux platform (${stage.platform}); Windows base images need windows/….`,
    );
  }
}

/** Reads one FROM into a stage. */
function readFrom(instruction: Instruction, ctx: Context): void {
  if (ctx.stages.length >= MAX_STAGES) {
    if (ctx.stages.length === MAX_STAGES)
      ctx.problems.push(`Only the first ${MAX_STAGES} FROM lines were read.`);
    return;
  }
  const parts = fromParts(instruction, ctx);
  const stage: DockerfileStage = {
    index: ctx.stages.length,
    line: instruction.line + 1,
    image: parts.image ?? '',
    kind: 'unresolved',
    unresolvedArgs: [],
  };
  if (parts.name !== undefined) stage.name = parts.name;
  if (parts.platform !== undefined) resolvePlatform(parts.platform, ctx, stage);
  ctx.stages.push(stage);
  if (parts.image === undefined) {
    ctx.problems.push(`Line ${stage.line}: FROM without an image.`);
    return;
  }
  const result = substitute(parts.image, ctx.scope, ctx.escape);
  stage.unresolvedArgs = unique([...stage.unresolvedArgs, ...result.unresolved]);
  if (result.unresolved.length > 0) return describeUnresolved(stage, result.value, ctx);
  stage.resolved = result.value;
  if (result.value !== parts.image)
    ctx.understood.push(`Stage ${stage.index + 1}: ${parts.image} resolves to ${result.value}.`);
  classifyStage(stage, result.value, ctx);
}

/** A FROM whose image still has variables without values: name them, and say what the rest tells. */
function describeUnresolved(stage: DockerfileStage, partial: string, ctx: Context): void {
  for (const name of stage.unresolvedArgs) {
    const late = ctx.args.find((arg) => arg.name === name && !arg.global);
    ctx.problems.push(
      late === undefined
        ? `Line ${stage.line}: ${name} has no value, so the base image cannot be told. Give it a default (ARG ${name}=…) or pass --build-arg.`
        : `Line ${stage.line}: ${name} is declared on line ${late.line}, after the first FROM, so FROM lines cannot use it. Move that ARG above the first FROM.`,
    );
  }
  const slash = partial.lastIndexOf('/');
  const colon = partial.lastIndexOf(':');
  const repositoryPart = colon > slash ? partial.slice(0, colon) : partial;
  if (repositoryPart === '' || /[${}]/.test(repositoryPart)) return;
  const probe = parseImageReference(repositoryPart, ctx.catalog);
  if (probe.repository !== undefined) stage.repository = probe.repository;
  if (probe.family !== undefined) {
    stage.family = probe.family;
    ctx.understood.push(
      `Stage ${stage.index + 1} uses ${probe.repository ?? probe.family}; only its tag is unknown.`,
    );
  }
}

/** Decides whether a resolved FROM names an earlier stage, scratch or an image, and checks the image. */
function classifyStage(stage: DockerfileStage, resolved: string, ctx: Context): void {
  const lower = resolved.toLowerCase();
  const earlier = ctx.stages.slice(0, stage.index).find((s) => s.name?.toLowerCase() === lower);
  if (earlier !== undefined) {
    stage.kind = 'stage';
    stage.stageRef = earlier.index;
    ctx.understood.push(
      `Stage ${stage.index + 1} builds on stage "${earlier.name ?? ''}", not on a new image.`,
    );
    return;
  }
  if (lower === 'scratch') {
    stage.kind = 'scratch';
    ctx.understood.push(
      `Stage ${stage.index + 1} starts from scratch (an empty image), not from a Windows base image.`,
    );
    return;
  }
  stage.kind = 'image';
  stage.reference = parseImageReference(resolved, ctx.catalog);
  checkPlatformArch(stage, ctx);
  const label = stage.name === undefined ? '' : ` (${stage.name})`;
  const matched = stage.reference.images.map((image) => image.name).join(', ');
  ctx.understood.push(
    `Stage ${stage.index + 1}${label}: ${resolved}${matched === '' ? '' : ` → ${matched}`}.`,
  );
}

/** A `--platform=windows/arm64` stage on an image without arm64. */
function checkPlatformArch(stage: DockerfileStage, ctx: Context): void {
  const arch = stage.platform?.split('/')[1]?.toLowerCase();
  const images = stage.reference?.images ?? [];
  if (arch === undefined || images.length === 0) return;
  if (arch !== 'amd64' && arch !== 'arm64' && arch !== 'arm32') return;
  if (images.every((image) => !image.architectures.some((a) => a === arch))) {
    ctx.problems.push(
      `Stage ${stage.index + 1} asks for ${arch}, but ${images[0]?.name ?? 'the image'} is not published for it.`,
    );
  }
}

/** The base image the final stage ends up on, following FROM <stage> links back. */
function finalReference(stages: readonly DockerfileStage[]): ImageReferenceResult | undefined {
  let stage = stages[stages.length - 1];
  for (let hops = 0; stage !== undefined && hops <= stages.length; hops += 1) {
    if (stage.kind !== 'stage' || stage.stageRef === undefined) return stage.reference;
    stage = stages[stage.stageRef];
  }
  return undefined;
}

/** Reads a Dockerfile: every FROM, ARG defaults, continuations and comments; never throws. */
export function parseDockerfile(
  text: string,
  catalog: Catalog,
  options: DockerfileOptions = {},
): DockerfileResult {
  const clean = cleanText(text);
  const { lines, truncated } = splitLines(clean.text);
  const reader: Reader = { lines, escape: '\\', used: [], problems: [], understood: [], typos: [] };
  const ctx: Context = {
    catalog,
    options,
    escape: '\\',
    scope: new Map(),
    args: [],
    stages: [],
    understood: reader.understood,
    problems: reader.problems,
  };
  if (clean.truncated || truncated)
    reader.problems.push('The text is very long; only its beginning was read.');
  if (clean.hadBinary)
    reader.problems.push('Removed characters that are not text (binary or control bytes).');
  try {
    const instructions = readInstructions(reader);
    ctx.escape = reader.escape;
    for (const instruction of instructions) {
      if (instruction.keyword === 'ARG') readArg(instruction, ctx);
      else if (instruction.keyword === 'FROM') readFrom(instruction, ctx);
    }
  } catch {
    // Defensive: never let a parser bug break the page.
    reader.problems.push('Part of the Dockerfile could not be analysed.');
  }
  return summarise(ctx, reader);
}

/** Assembles the result: stages, final image and the per-line bookkeeping. */
function summarise(ctx: Context, reader: Reader): DockerfileResult {
  const stages = ctx.stages;
  const result: DockerfileResult = {
    isDockerfile: stages.length > 0,
    stages,
    args: ctx.args,
    unresolvedArgs: unique(stages.flatMap((stage) => stage.unresolvedArgs)),
    escapeChar: reader.escape,
    usedLines: unique(reader.used).sort((a, b) => a - b),
    understood: ctx.understood,
    problems: ctx.problems,
  };
  for (const typo of reader.typos) {
    ctx.problems.push(
      `Line ${typo.line + 1}: ${typo.word} is not an instruction; did you mean ${typo.instruction}?`,
    );
  }
  if (stages.length === 0) {
    ctx.problems.push('No FROM instruction found, so this is not a Dockerfile (or not all of one).');
    return result;
  }
  result.finalStage = stages.length - 1;
  const final = finalReference(stages);
  if (final !== undefined) result.finalImage = final;
  const count = stages.length === 1 ? 'one stage' : `${stages.length} stages`;
  ctx.understood.unshift(`Dockerfile with ${count}; the last stage is the image it builds.`);
  return result;
}
