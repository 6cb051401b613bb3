/**
 * Reads a Dockerfile the way the builder does for the parts that matter here: parser directives, line
 * continuations, comments, `ARG` defaults declared before the first `FROM`, and every `FROM` of a multi-stage
 * build. Each base image reference is then checked with `parseImageReference`.
 */
import type { ImageFamily } from '../schema';
import type { Catalog } from './catalog';
import { parseImageReference } from './image-reference';
import type { ImageReferenceResult } from './image-reference';
import { cleanText, editDistance, shorten, splitLines, unique } from './text';

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

const INSTRUCTIONS = new Set([
  'FROM',
  'ARG',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);
/** Platform variables BuildKit sets itself. */
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
const DIRECTIVE = /^\s*#\s*([a-zA-Z]{1,20})\s*=\s*(\S{0,200})\s*$/;
const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,100}/;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]{0,100})(?:(:?[-+?])([\s\S]*))?$/;
const HEREDOC = /<<-?\s?["']?([A-Za-z_][A-Za-z0-9_]{0,30})["']?/;
const MAX_STAGES = 100;

/** One instruction after joining continuation lines. */
interface Instruction {
  keyword: string;
  args: string;
  /** Zero-based first line. */
  line: number;
}

interface Reader {
  lines: string[];
  escape: string;
  used: number[];
  problems: string[];
  understood: string[];
  /** Lines starting with a word one or two letters away from an instruction (`FORM`), 0-based. */
  typos: { line: number; word: string; instruction: string }[];
}

/** Parser directives at the very top (`# escape=\``, `# syntax=…`); they end at the first other line. */
function readDirectives(reader: Reader): number {
  let i = 0;
  for (; i < reader.lines.length; i += 1) {
    const match = DIRECTIVE.exec(reader.lines[i] ?? '');
    if (match === null) break;
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (name === 'escape') {
      if (value === '`' || value === '\\') reader.escape = value;
      else reader.problems.push(`The escape directive accepts \\ or \` only, not ${shorten(value, 10)}.`);
    }
    reader.used.push(i);
  }
  if (reader.escape === '`') reader.understood.push('Uses ` as the escape and line-continuation character.');
  return i;
}

/** Remembers a line whose first word looks like a misspelt instruction (`FORM`, `FRON`). */
function noteTypo(reader: Reader, line: number, word: string): void {
  if (reader.typos.length >= 10 || word.length < 3 || word.length > 12 || !/^[A-Z]+$/.test(word)) return;
  for (const instruction of INSTRUCTIONS) {
    if (Math.abs(instruction.length - word.length) > 1) continue;
    const distance = editDistance(word, instruction, 2);
    // Short words: one slip, or two swapped letters (FORM); longer words may have two slips.
    const swapped = distance === 2 && [...word].sort().join('') === [...instruction].sort().join('');
    if (distance <= 1 || swapped || (instruction.length > 4 && distance <= 2)) {
      reader.typos.push({ line, word, instruction });
      return;
    }
  }
}

/** Whether a line (without trailing spaces) ends in the escape character, i.e. continues on the next line. */
function continues(line: string, escape: string): boolean {
  return line.trimEnd().endsWith(escape);
}

/** Skips a heredoc body (`RUN <<EOF … EOF`); returns the index of its terminator line. */
function skipHeredoc(reader: Reader, from: number, terminator: string): number {
  for (let j = from; j < reader.lines.length; j += 1) {
    reader.used.push(j);
    if ((reader.lines[j] ?? '').trim() === terminator) return j;
  }
  reader.problems.push(`The here-document ${terminator} never ends.`);
  return reader.lines.length - 1;
}

/** Joins continuation lines, drops comments and blank lines, and splits keyword from arguments. */
function readInstructions(reader: Reader): Instruction[] {
  const result: Instruction[] = [];
  let text: string | undefined;
  let start = 0;
  let lineIndex = readDirectives(reader);
  for (; lineIndex < reader.lines.length; lineIndex += 1) {
    const line = reader.lines[lineIndex] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      reader.used.push(lineIndex);
      continue;
    }
    if (text === undefined) {
      const keyword = (/^\S+/.exec(trimmed)?.[0] ?? '').toUpperCase();
      if (!INSTRUCTIONS.has(keyword)) {
        noteTypo(reader, lineIndex, keyword);
        continue;
      }
      text = '';
      start = lineIndex;
    }
    reader.used.push(lineIndex);
    if (continues(line, reader.escape)) {
      text += `${line.trimEnd().slice(0, -1)} `;
      continue;
    }
    text += line;
    const instruction = splitInstruction(text, start);
    result.push(instruction);
    const heredoc = HEREDOC.exec(instruction.args);
    if (heredoc !== null && instruction.keyword !== 'FROM')
      lineIndex = skipHeredoc(reader, lineIndex + 1, heredoc[1] ?? '');
    text = undefined;
  }
  if (text !== undefined) {
    reader.problems.push('The last instruction ends with a line continuation and nothing after it.');
    result.push(splitInstruction(text, start));
  }
  return result;
}

/** Splits a joined instruction into its upper-cased keyword and its arguments. */
function splitInstruction(text: string, line: number): Instruction {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const keyword = (space < 0 ? trimmed : trimmed.slice(0, space)).toUpperCase();
  return { keyword, args: space < 0 ? '' : trimmed.slice(space + 1).trim(), line };
}

/** Splits ARG/FROM arguments on spaces, keeping quoted parts together and removing the quotes. */
function words(args: string): string[] {
  const result: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const char of args) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) result.push(current);
      current = '';
      inWord = false;
    } else {
      current += char;
      inWord = true;
    }
  }
  if (inWord) result.push(current);
  return result;
}

/** Variable values in scope: a name maps to its value, or to undefined when declared without one. */
type Scope = Map<string, string | undefined>;

interface Substituted {
  value: string;
  unresolved: string[];
}

/** Applies one `${NAME<op>word}` expansion, with Docker's meaning for each operator. */
function expand(
  name: string,
  op: string | undefined,
  word: string,
  scope: Scope,
  escape: string,
  depth: number,
): Substituted {
  const value = scope.get(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const inner = (): Substituted => substitute(word, scope, escape, depth + 1);
  switch (op) {
    case ':-':
      return nonEmpty ? { value, unresolved: [] } : inner();
    case '-':
      return set ? { value, unresolved: [] } : inner();
    case ':+':
      return nonEmpty ? inner() : { value: '', unresolved: [] };
    case '+':
      return set ? inner() : { value: '', unresolved: [] };
    case ':?':
    case '?':
      return (op === ':?' ? nonEmpty : set)
        ? { value: value ?? '', unresolved: [] }
        : { value: '', unresolved: [name] };
    default:
      return set ? { value, unresolved: [] } : { value: '', unresolved: [name] };
  }
}

/** Replaces `$NAME`, `${NAME}` and `${NAME:-default}` (and `-`, `:+`, `+`, `:?`) in text. */
function substitute(text: string, scope: Scope, escape: string, depth = 0): Substituted {
  if (depth > 4) return { value: text, unresolved: [] };
  let value = '';
  const unresolved: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === escape && text[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (char !== '$') {
      value += char;
      i += 1;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      const braced = close < 0 ? null : BRACED.exec(text.slice(i + 2, close));
      if (braced === null) {
        value += char;
        i += 1;
        continue;
      }
      const result = expand(braced[1] ?? '', braced[2], braced[3] ?? '', scope, escape, depth);
      value += result.value;
      unresolved.push(...result.unresolved);
      i = close + 1;
      continue;
    }
    const name = VAR_NAME.exec(text.slice(i + 1, i + 102))?.[0];
    if (name === undefined) {
      value += char;
      i += 1;
      continue;
    }
    const result = expand(name, undefined, '', scope, escape, depth);
    value += result.value;
    unresolved.push(...result.unresolved);
    i += 1 + name.length;
  }
  return { value, unresolved: unique(unresolved) };
}

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
