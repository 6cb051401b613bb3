/**
 * What a social card (the 1200×630 link-preview image) says, computed from the model. Pure: the layout
 * (layout.ts) and the renderer (render.ts) only draw what this module decides, so the words and the
 * choice of verdicts are tested without rendering a pixel.
 */
import type { Cell } from '../../model/model';
import type { Host, Image, VerdictValue } from '../../knowledge/schema';
import { ISOLATION_LABEL, VERDICT_TEXT, betterVerdict } from '../../knowledge/verdict-text';
import { adviceSentences, cardAdvice, plainText } from '../../advice/advice-text';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site/site';

/** One isolation mode's verdict as a card shows it: the mode, the glyph and the word. */
export interface CardVerdict {
  mode: string;
  verdict: VerdictValue;
  glyph: string;
  word: string;
}

/** Everything one card shows, in reading order. */
export interface CardContent {
  /** Small line above the title: the site's name and the kind of page. */
  eyebrow: string;
  title: string;
  subtitle: string | null;
  /** Zero (non-cell cards) or two verdicts (process, Hyper-V). */
  verdicts: CardVerdict[];
  /** One closing line: the tag to use, a lifecycle date, an announcement's date. */
  note: string | null;
  /** The colour theme of the card's accent stripe: the best verdict of a cell, else neutral. */
  accent: VerdictValue | 'neutral';
  /** The image's alternative text (og:image:alt), a full sentence. */
  alt: string;
}

/** Limits of each line, chosen so the largest type still fits the card in at most two lines. */
export const CARD_LIMITS = { title: 60, subtitle: 110, note: 90 } as const;

/** Shortens text to `max` characters on a word boundary, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Punctuation (or an ellipsis of the text's own) before the cut would stand doubled: "tags,…", "KB……".
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:…]+$/u, '')}…`;
}

function cardVerdict(mode: string, verdict: VerdictValue): CardVerdict {
  // A thumbnail has room for one phrase per verdict, so it says what the verdict means.
  return { mode, verdict, glyph: VERDICT_TEXT[verdict].glyph, word: VERDICT_TEXT[verdict].phrase };
}

/** The card of one matrix cell: both verdicts, the tag to use or the alternative. */
export function cellCard(host: Host, image: Image, cell: Cell): CardContent {
  const verdicts = [
    cardVerdict(ISOLATION_LABEL.process, cell.verdict.process.verdict),
    cardVerdict(ISOLATION_LABEL.hyperv, cell.verdict.hyperv.verdict),
  ];
  const best = betterVerdict(cell.verdict.process.verdict, cell.verdict.hyperv.verdict);
  const note = plainText(cardAdvice(cell.advice));
  const said = verdicts.map((entry) => `${entry.mode}: ${entry.word}`).join('; ');
  return {
    eyebrow: SITE_NAME,
    title: clip(image.name, CARD_LIMITS.title),
    subtitle: clip(`on ${host.name}`, CARD_LIMITS.subtitle),
    verdicts,
    note: clip(note, CARD_LIMITS.note),
    accent: best,
    alt: [
      `${image.name} on ${host.name}. ${said}.`,
      ...adviceSentences(cell.advice).map((sentence) => plainText(sentence.text)),
    ].join(' '),
  };
}

/** How many images run on a host (or on how many hosts an image runs), per isolation mode. */
export interface RunCounts {
  process: number;
  hyperv: number;
  of: number;
}

function countLine(counts: RunCounts, things: string): string {
  return `Runs with process isolation: ${String(counts.process)} of ${String(counts.of)} ${things}; Hyper-V: ${String(counts.hyperv)}`;
}

/** The card of a host page: the host, its build and lifecycle, how many images run on it. */
export function hostCard(host: Host, lifecycleLabel: string, counts: RunCounts): CardContent {
  const subtitle = `Host · build ${String(host.build)} · ${lifecycleLabel}`;
  const note = `${String(counts.process)} of ${String(counts.of)} images run with process isolation, ${String(counts.hyperv)} with Hyper-V`;
  return {
    eyebrow: `${SITE_NAME} · Host`,
    title: clip(host.name, CARD_LIMITS.title),
    subtitle: clip(subtitle, CARD_LIMITS.subtitle),
    verdicts: [],
    note: clip(note, CARD_LIMITS.note),
    accent: 'neutral',
    alt: `${host.name}: ${subtitle}. ${countLine(counts, 'images')}.`,
  };
}

/** The card of an image page: the image, its reference and lifecycle, on how many hosts it runs. */
export function imageCard(image: Image, lifecycleLabel: string, counts: RunCounts): CardContent {
  const reference = `${image.repository}:${image.tags[0] ?? ''}`;
  const note = `Runs on ${String(counts.process)} of ${String(counts.of)} hosts with process isolation, ${String(counts.hyperv)} with Hyper-V`;
  return {
    eyebrow: `${SITE_NAME} · Image`,
    title: clip(image.name, CARD_LIMITS.title),
    subtitle: clip(`${reference} · ${lifecycleLabel}`, CARD_LIMITS.subtitle),
    verdicts: [],
    note: clip(note, CARD_LIMITS.note),
    accent: 'neutral',
    alt: `${image.name} (${reference}): ${lifecycleLabel}. ${countLine(counts, 'hosts')}.`,
  };
}

/** The card of an announcement: its title, summary and date. */
export function announcementCard(post: { title: string; date: string; summary: string | null }): CardContent {
  return {
    eyebrow: `${SITE_NAME} · Announcement`,
    title: clip(post.title, CARD_LIMITS.title + 20),
    subtitle: post.summary === null ? null : clip(post.summary, CARD_LIMITS.subtitle),
    verdicts: [],
    note: `Published ${post.date}`,
    accent: 'neutral',
    alt: `Announcement of ${post.date}: ${post.title}`,
  };
}

/** The site's own card, for the home page and every page without a card of its own. */
export function siteCard(): CardContent {
  return {
    eyebrow: 'Windows containers',
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    verdicts: [],
    note: 'Every host × every base image, with sources',
    accent: 'neutral',
    alt: `${SITE_NAME}: ${SITE_DESCRIPTION}`,
  };
}
