/**
 * Status badges of matrix cells (`/badges/<host>/<image>.svg`), in the two-part style READMEs use.
 * badge-maker (Shields' own library) measures the text and draws the SVG; this module decides the words,
 * the colour and the accessible name, and writes the Markdown that embeds a badge linking to its cell.
 */
import { makeBadge } from 'badge-maker';
import type { CellVerdict } from '../knowledge/engine';
import type { Host, Image, VerdictValue } from '../knowledge/schema';
import { VERDICT_TEXT, betterVerdict } from '../knowledge/verdict-text';

/** The badge of a cell, site-relative. */
export function badgePath(hostId: string, imageId: string): string {
  return `/badges/${hostId}/${imageId}.svg`;
}

/** The image's short reference: the repository's last segment and the recommended tag (`servercore:ltsc2019`). */
export function shortImageReference(image: Image): string {
  const repository = image.repository.split('/').at(-1) ?? image.repository;
  return `${repository}:${image.tags[0] ?? ''}`;
}

/** Left half: which host and image (`WS 2022 · servercore:ltsc2019`). */
export function badgeLabel(host: Host, image: Image): string {
  return `${host.shortName} · ${shortImageReference(image)}`;
}

/** Right half: both verdicts as mode and glyph (`process ✕ · Hyper-V ✓`). */
export function badgeMessage(cell: CellVerdict): string {
  return `process ${VERDICT_TEXT[cell.process.verdict].glyph} · Hyper-V ${VERDICT_TEXT[cell.hyperv.verdict].glyph}`;
}

/**
 * The right half's colour: that of the best verdict. White text on each keeps a contrast of at least
 * 4.5:1 (the darker tones of the site's verdict colours).
 */
export const BADGE_COLOR: Record<VerdictValue, string> = {
  supported: '#047857',
  limited: '#b45309',
  unsupported: '#be123c',
  unknown: '#475569',
};

/** The colour of a cell's badge: the better of its two verdicts. */
export function badgeColor(cell: CellVerdict): string {
  return BADGE_COLOR[betterVerdict(cell.process.verdict, cell.hyperv.verdict)];
}

/** What a screen reader says for the badge: words, not glyphs. */
export function badgeSentence(host: Host, image: Image, cell: CellVerdict): string {
  return `${image.name} on ${host.name}: process isolation ${VERDICT_TEXT[cell.process.verdict].phrase.toLowerCase()}, Hyper-V isolation ${VERDICT_TEXT[cell.hyperv.verdict].phrase.toLowerCase()}`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The badge SVG of a cell. badge-maker names the image "label: message", glyphs included; the title and
 * aria-label are replaced by the spoken sentence so a screen reader does not read "multiplication x".
 */
export function cellBadgeSvg(host: Host, image: Image, cell: CellVerdict): string {
  return namedBadgeSvg(
    badgeLabel(host, image),
    badgeMessage(cell),
    badgeColor(cell),
    badgeSentence(host, image, cell),
  );
}

/** A two-part badge whose title and aria-label are `spoken` (the platform badges use it too). */
export function namedBadgeSvg(label: string, message: string, color: string, spoken: string): string {
  const svg = makeBadge({ label, message, color, labelColor: '#3f3f46', style: 'flat' });
  const sentence = escapeXml(spoken);
  const titled = svg
    .replace(/<title>[^<]*<\/title>/, `<title>${sentence}</title>`)
    .replace(/aria-label="[^"]*"/, `aria-label="${sentence}"`);
  if (!titled.includes(`<title>${sentence}</title>`) || !titled.includes(`aria-label="${sentence}"`))
    throw new Error('badge-maker output has no <title> or aria-label to name the badge: check its version');
  return titled;
}

/** The Markdown that embeds a cell's badge as a link to the cell page; both URLs absolute. */
export function badgeMarkdown(altText: string, badgeUrl: string, cellUrl: string): string {
  const alt = altText.replace(/[[\]\\]/g, (char) => `\\${char}`);
  return `[![${alt}](${badgeUrl})](${cellUrl})`;
}
