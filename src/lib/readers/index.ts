/**
 * Public API of the paste parsers. Everything here is pure: give it text and a catalog, get a structured
 * answer listing what was understood and what was not. Nothing throws on any string input.
 */
export type { Architecture, Catalog } from './catalog';
export { formatReference, parseImageReference } from './image-reference';
export type { BuildNumber, DerivedBase, Existence, ImageReferenceResult, TagKind } from './image-reference';
export { parseHostText } from './host-text';
export type { ErrorExplanation, HostTextResult, Isolation, TextContext } from './host-text';
export { parseDockerfile } from './dockerfile';
export type {
  DockerfileArg,
  DockerfileOptions,
  DockerfileResult,
  DockerfileStage,
  StageKind,
} from './dockerfile';
export { identify } from './identify';
export { cellAnswer, cellAnswers, encodeVerdicts, lookupVerdicts, verdictLookup } from './verdicts';
export type { CellAnswer, CellVerdicts, PasteCatalog, VerdictTable } from './verdicts';
export { hostTerms, imageTerms, nameKey, scoreName } from './vocabulary';
export type { Identification, ImageCandidate, InputKind } from './identify';
