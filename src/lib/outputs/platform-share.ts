/**
 * A platform answer that travels: the Markdown and plain-text lines to paste in issues and chat, and the
 * status badge, in the same words as the variant × image page (VERDICT_TEXT, the dates sentence). Pure.
 */
import { BADGE_COLOR, namedBadgeSvg, shortImageReference } from './badge';
import { escapeMarkdown, markdownCode } from '../advice/advice-text';
import { markdownUrl } from './answer-text';
import type { VariantImageAnswer } from '../platforms/platform-answer';
import { answerHeadline } from '../platforms/platform-answer';

/** The badge of a variant × image answer, site-relative. */
export function platformBadgePath(platformId: string, variantId: string, imageId: string): string {
  return `/badges/platforms/${platformId}/${variantId}/${imageId}.svg`;
}

/** "AKS Windows Server 2022 node pools", but "ECS-optimized … AMIs" without a second "ECS". */
export function variantLabel(platform: { shortName: string }, variant: { name: string }): string {
  return variant.name.startsWith(platform.shortName) ? variant.name : `${platform.shortName} ${variant.name}`;
}

/** What the shared lines say, for the hosts the variant gives on the build date. */
export interface PlatformShareFacts {
  title: string;
  headline: string;
  /** The tag to use, or the alternative when the image does not run; null when neither. */
  tag: string | null;
  /** True when `tag` is an alternative image, not the one asked about. */
  instead: boolean;
  dates: string;
  url: string;
}

/** The facts of an answer, with its page's absolute URL. */
export function platformShareFacts(answer: VariantImageAnswer, url: string): PlatformShareFacts {
  const current = answer.hosts.find((h) => h.current) ?? answer.hosts[0];
  const tag = current?.tag ?? current?.alternative?.reference ?? null;
  return {
    title: `${answer.image.name} on ${variantLabel(answer.platform, answer.variant)}`,
    headline: answerHeadline(answer),
    tag,
    instead: current?.tag === null && tag !== null,
    dates: current?.lifecycle.label ?? '',
    url,
  };
}

/** One Markdown line: linked title, the answer, the tag, whose dates. */
export function platformAnswerMarkdown(facts: PlatformShareFacts): string {
  const tag = facts.tag ? ` ${facts.instead ? 'Use instead' : 'Tag'}: ${markdownCode(facts.tag)}.` : '';
  return `[${escapeMarkdown(facts.title)}](${markdownUrl(facts.url)}): ${escapeMarkdown(facts.headline)}.${tag} ${escapeMarkdown(facts.dates)}.`;
}

/** One plain line for chat, the link last so chat apps unfurl it. */
export function platformAnswerPlain(facts: PlatformShareFacts): string {
  const tag = facts.tag ? ` ${facts.instead ? 'Use instead' : 'Tag'}: ${facts.tag}.` : '';
  return `${facts.title}: ${facts.headline}.${tag} ${facts.dates}. ${facts.url}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The badge SVG: `AKS windows2022 · servercore:ltsc2019` | `✕ does not run`, named in words. */
export function platformBadgeSvg(answer: VariantImageAnswer): string {
  const current = answer.hosts.find((h) => h.current) ?? answer.hosts[0];
  const verdict = current?.verdict.verdict ?? 'unknown';
  const mode = current?.verdict.isolation === 'hyperv' ? 'Hyper-V' : 'process';
  const message = current?.verdict.isolation
    ? `${mode} ✓${verdict === 'limited' ? ' (limits)' : ''}`
    : '✕ does not run';
  const label = `${answer.platform.shortName} ${answer.variant.id} · ${shortImageReference(answer.image)}`;
  const spoken = `${answer.image.name} on ${variantLabel(answer.platform, answer.variant)}: ${lowerFirst(answerHeadline(answer))}`;
  return namedBadgeSvg(
    label,
    message,
    BADGE_COLOR[current?.verdict.isolation ? verdict : 'unsupported'],
    spoken,
  );
}
