/**
 * Reads one image reference (`mcr.microsoft.com/windows/servercore:ltsc2022`, `1809-KB4480116-amd64`,
 * `microsoft/nanoserver:10.0.14393.1770`, a bare tag …) and says which catalog image it names and whether
 * that tag exists. Pure: everything about hosts and images comes from the catalog; only tag grammar and the
 * dated tag-scheme changes live here.
 */
import { indexCatalog, MCR } from './catalog';
import type { Catalog, CatalogIndex } from './catalog';
import { describeName, explainMangled, pickToken, resolveName, splitReference } from './image-reference-name';
import type { NameInfo, Parts } from './image-reference-name';
import { emptyResult, setImages, verdict } from './image-reference-result';
import type { ImageReferenceResult, Scope } from './image-reference-result';
import { analyseDerived, analyseTag, looksLikeTag } from './image-reference-tag';
import { cleanText, shorten } from './text';

export { formatReference } from './image-reference-result';
export type {
  BuildNumber,
  DerivedBase,
  Existence,
  ImageReferenceResult,
  TagKind,
} from './image-reference-result';
export { buildsStartingWith } from './image-reference-forms';

const MAX_REFERENCE_CHARS = 512;
const REFERENCE_CHARS = /^[A-Za-z0-9._:/@-]+$/;

/** A lone word: a repository short name (`servercore`), a bare tag (`ltsc2022`) or neither. */
function parseBareWord(word: string, index: CatalogIndex, catalog: Catalog, out: ImageReferenceResult): void {
  const scope: Scope = { images: catalog.images, label: 'Windows base', index };
  out.tag = word;
  analyseTag(word, scope, out);
  if (out.tagKind === 'unknown') {
    delete out.tag;
    out.problems.push(
      `"${shorten(word, 40)}" is neither a Windows base image name nor a tag this site knows.`,
    );
    return;
  }
  out.understood.unshift(`A tag on its own, without an image name.`);
}

/** Reads a Docker image reference and checks it against the catalog; never throws. */
export function parseImageReference(input: string, catalog: Catalog): ImageReferenceResult {
  const clean = cleanText(input, MAX_REFERENCE_CHARS * 4);
  const text = clean.text.trim();
  const out = emptyResult(shorten(text, 200));
  if (clean.hadBinary) out.problems.push('Removed characters that are not text (binary or control bytes).');
  if (text === '') {
    out.problems.push('Nothing to read: the input is empty.');
    return out;
  }
  if (clean.truncated || text.length > MAX_REFERENCE_CHARS) {
    out.problems.push('Too long to be an image reference (Docker allows at most 255 characters in a name).');
    return out;
  }
  try {
    readReference(text, catalog, out);
  } catch {
    // Defensive: a parser bug must never break the page; report it as not understood instead.
    out.problems.push('This reference could not be analysed.');
  }
  return out;
}

/** The body of `parseImageReference`, after input hygiene. */
function readReference(text: string, catalog: Catalog, out: ImageReferenceResult): void {
  const index = indexCatalog(catalog);
  const token = pickToken(text, out);
  if (token === undefined || token === '') {
    out.problems.push('No image name found in the input.');
    return;
  }
  if (!REFERENCE_CHARS.test(token)) {
    out.problems.push(
      `"${shorten(token, 40)}" contains characters that cannot appear in an image reference.`,
    );
    return;
  }
  const parts = splitReference(token, out);
  if (parts.digest !== undefined) {
    out.digest = parts.digest;
    out.understood.push(`Digest ${parts.digest.slice(0, 19)}…: pins one exact image, whatever the tag.`);
  }
  if (parts.name === '') {
    out.problems.push('The reference has no image name.');
    return;
  }
  const isBare = !parts.name.includes('/') && parts.tag === undefined && parts.digest === undefined;
  const info = resolveName(parts.name, index, out);
  if (isBare && (info.via === 'unknown' || (info.via === 'mangled' && looksLikeTag(parts.name, index)))) {
    parseBareWord(parts.name, index, catalog, out);
    return;
  }
  describeName(info, index, out);
  checkAgainstRepository(parts, info, index, out);
}

/** Tag, digest and existence checks once the repository is known (or known to be unknown). */
function checkAgainstRepository(
  parts: Parts,
  info: NameInfo,
  index: CatalogIndex,
  out: ImageReferenceResult,
): void {
  const images = info.repository === undefined ? [] : (index.imagesByRepository.get(info.repository) ?? []);
  const label = info.repository?.slice(MCR.length + 1) ?? info.path;
  const scope: Scope = { images, label, index };
  if (info.repository !== undefined) scope.repository = info.repository;
  if (parts.tag !== undefined) out.tag = parts.tag;
  if (info.via === 'unknown' || info.via === 'sub-repository') {
    out.tagKind =
      parts.tag === undefined ? (parts.digest === undefined ? 'latest' : 'digest-only') : 'unknown';
    if (parts.tag !== undefined) analyseDerived(parts.tag, index, out);
    out.exists = 'unknown';
    return;
  }
  if (parts.tag === undefined && parts.digest !== undefined) {
    out.tagKind = info.insider ? 'insider' : 'digest-only';
    setImages(out, images);
    delete out.image;
    verdict(
      out,
      'unknown',
      'A digest names one exact image; which release it is cannot be told from the digest alone.',
    );
    return;
  }
  if (parts.tag === undefined) {
    out.tagImplied = true;
    out.tag = 'latest';
    out.understood.push('No tag given, so Docker asks for latest.');
  }
  analyseTag(out.tag ?? 'latest', scope, out);
  if (parts.digest !== undefined && parts.tag !== undefined) {
    out.understood.push('With both a tag and a digest, Docker pulls by the digest and ignores the tag.');
  }
  if (info.via === 'mangled') explainMangled(info, out);
  else if (
    info.via !== 'mcr' &&
    info.via !== 'mirror' &&
    out.suggestion === undefined &&
    out.exists !== 'no'
  ) {
    // The tag is fine but the name as written would not pull from MCR: offer the full reference.
    out.suggestion = `${info.repository ?? ''}:${out.tag ?? ''}`;
  }
}
