/**
 * The social cards of platform pages: a platform, one of its variants, and an image on a variant. A
 * variant × image card states the verdict within the modes the platform allows, the tag, and the
 * platform's own date; the words are those of the pages (answerHeadline, the lifecycle label). Pure.
 */
import type { Model } from '../../model/model';
import type { Host } from '../../knowledge/schema';
import { ISOLATION_LABEL, VERDICT_TEXT } from '../../knowledge/verdict-text';
import type { HostAnswer, VariantImageAnswer } from '../../platforms/platform-answer';
import { answerHeadline } from '../../platforms/platform-answer';
import { hostsOnDate } from '../../platforms/platform-core';
import type { Platform, PlatformVariant } from '../../platforms/platform-schema';
import { platformEnd, upcomingChanges, platformChanges } from '../../platforms/platforms';
import type { PlatformModeVerdict, VariantLifecycle } from '../../platforms/platforms';
import { SITE_NAME } from '../../site/site';
import { CARD_LIMITS, clip } from './content';
import type { CardContent, CardVerdict } from './content';

/** The card of a platform page. */
export function platformCardPath(platformId: string): string {
  return `/og/platforms/${platformId}.png`;
}

/** The card of a variant page. */
export function variantCardPath(platformId: string, variantId: string): string {
  return `/og/platforms/${platformId}/${variantId}.png`;
}

/** The card of a variant × image page. */
export function variantImageCardPath(platformId: string, variantId: string, imageId: string): string {
  return `/og/platforms/${platformId}/${variantId}/${imageId}.png`;
}

/** The card a platform page path (`/platforms/p/`, `/platforms/p/v/`, `/platforms/p/v/i/`) shows, or null. */
export function platformCardPathForPage(parts: readonly string[]): string | null {
  const [section, platformId, variantId, imageId] = parts;
  if (section !== 'platforms' || platformId === undefined) return null;
  if (parts.length === 2) return platformCardPath(platformId);
  if (parts.length === 3 && variantId !== undefined) return variantCardPath(platformId, variantId);
  if (parts.length === 4 && variantId !== undefined && imageId !== undefined)
    return variantImageCardPath(platformId, variantId, imageId);
  return null;
}

/** `servercore:ltsc2022` from `mcr.microsoft.com/windows/servercore:ltsc2022`: a card line has little room. */
function shortTag(reference: string): string {
  return reference.split('/').at(-1) ?? reference;
}

/** The platform's date for a variant in a few words: "AKS retires it on 2028-06-30", or the OS's. */
function platformDateLine(who: string, life: VariantLifecycle, today: string): string {
  const end = life.platformEnd;
  if (end !== null) {
    const verb = end.kind === 'retired' ? 'retire' : 'remove';
    return end.date < today ? `${who} ${verb}d it on ${end.date}` : `${who} ${verb}s it on ${end.date}`;
  }
  return life.osEnd === null ? `No ${who} end date` : `No ${who} end date; OS until ${life.osEnd}`;
}

function modeVerdict(mode: 'process' | 'hyperv', verdict: PlatformModeVerdict): CardVerdict {
  // A mode the platform does not offer is not the image's fault: the card says so rather than "Does not run".
  const text = VERDICT_TEXT[verdict.verdict];
  return {
    mode: ISOLATION_LABEL[mode],
    verdict: verdict.verdict,
    glyph: text.glyph,
    word: verdict.allowed ? text.phrase : 'Not offered',
  };
}

/** The host answer a card is about: the one the variant gives on the reference date, else its latest. */
function shownHost(answer: VariantImageAnswer): HostAnswer | undefined {
  return answer.hosts.find((h) => h.current) ?? answer.hosts[0];
}

/** The card of an image on a platform variant: both modes within the platform's rules, the tag, the date. */
export function variantImageCard(answer: VariantImageAnswer, today: string): CardContent {
  const { platform, variant, image } = answer;
  const shown = shownHost(answer);
  const where = `${platform.shortName} ${variant.name}`;
  const headline = answerHeadline(answer);
  if (!shown)
    return {
      eyebrow: `${SITE_NAME} · ${platform.shortName}`,
      title: clip(image.name, CARD_LIMITS.title),
      subtitle: clip(`on ${where}`, CARD_LIMITS.subtitle),
      verdicts: [],
      note: null,
      accent: 'neutral',
      alt: `${image.name} on ${where}: ${headline}.`,
    };
  const { verdict, tag, alternative, lifecycle, host } = shown;
  const tagPart =
    tag !== null
      ? `Use ${shortTag(tag)}`
      : alternative !== null
        ? `Instead: ${shortTag(alternative.reference)}`
        : 'No tag of it runs here';
  const fullTag =
    tag !== null ? `Tag: ${tag}.` : alternative !== null ? `Use instead: ${alternative.reference}.` : '';
  return {
    eyebrow: `${SITE_NAME} · ${platform.shortName}`,
    title: clip(image.name, CARD_LIMITS.title),
    subtitle: clip(`on ${where} (${host.shortName})`, CARD_LIMITS.subtitle),
    verdicts: [modeVerdict('process', verdict.process), modeVerdict('hyperv', verdict.hyperv)],
    note: clip(`${tagPart} · ${platformDateLine(platform.shortName, lifecycle, today)}`, CARD_LIMITS.note),
    accent: verdict.isolation === null ? 'unsupported' : verdict.verdict,
    alt: [`${image.name} on ${where} (${host.name}): ${headline}.`, fullTag, `${lifecycle.label}.`]
      .filter((part) => part !== '')
      .join(' '),
  };
}

/** The card of a variant page: the host(s) it gives today and the platform's date. */
export function variantCard(
  platform: Platform,
  variant: PlatformVariant,
  hosts: readonly Host[],
  lifecycle: VariantLifecycle | null,
  today: string,
): CardContent {
  const names = hosts.map((host) => host.name).join(' and ');
  const gives = names === '' ? 'No host recorded' : `Gives ${names}`;
  const date =
    lifecycle === null
      ? `No ${platform.shortName} end date`
      : platformDateLine(platform.shortName, lifecycle, today);
  return {
    eyebrow: `${SITE_NAME} · ${platform.shortName}`,
    title: clip(`${platform.shortName} ${variant.name}`, CARD_LIMITS.title),
    subtitle: clip(gives, CARD_LIMITS.subtitle),
    verdicts: [],
    note: clip(date, CARD_LIMITS.note),
    accent: 'neutral',
    alt: `${variant.name} on ${platform.name}: ${gives.toLowerCase()}. ${lifecycle?.label ?? date}.`,
  };
}

/** Which isolation modes a platform offers, in words. */
function modesOffered(platform: Platform): string {
  const { process, hyperv } = platform.isolation;
  if (process.allowed && hyperv.allowed) return 'process and Hyper-V isolation';
  if (process.allowed) return 'process isolation only';
  if (hyperv.allowed) return 'Hyper-V isolation only';
  return 'no isolation mode';
}

/** The platform's next dated event on `today`: the soonest coming retirement or announced change. */
function nextDate(platform: Platform, today: string): string | null {
  const ends = platform.variants.flatMap((variant) => {
    const end = platformEnd(variant);
    if (end === null || end.date < today) return [];
    const verb = end.kind === 'retired' ? 'retires' : 'removes';
    return [{ date: end.date, text: `${platform.shortName} ${verb} ${variant.name}` }];
  });
  const changes = upcomingChanges(platformChanges(platform), today).map((change) => ({
    date: change.date,
    text: change.text,
  }));
  const [soonest] = [...ends, ...changes].sort((a, b) => a.date.localeCompare(b.date));
  if (soonest) return `Next: ${soonest.date}, ${soonest.text}`;
  // Nothing announced ahead: the latest dated change still tells how current the platform's data is.
  const latest = platformChanges(platform).at(-1);
  return latest ? `Last change: ${latest.date}, ${latest.text}` : null;
}

/** The card of a platform page: its variants, the modes it offers and its next date. */
export function platformCard(platform: Platform, model: Model): CardContent {
  const count = platform.variants.length;
  const subtitle = `${String(count)} variant${count === 1 ? '' : 's'} · ${modesOffered(platform)}`;
  const next = nextDate(platform, model.today);
  const today = platform.variants
    .flatMap((variant) => hostsOnDate(variant.hosts, model.today))
    .map((entry) => model.hostsById.get(entry.host)?.shortName)
    .filter((name): name is string => name !== undefined);
  const hosts = [...new Set(today)].join(', ');
  return {
    eyebrow: `${SITE_NAME} · Platform`,
    title: clip(platform.name, CARD_LIMITS.title),
    subtitle: clip(subtitle, CARD_LIMITS.subtitle),
    verdicts: [],
    note: clip(next ?? `Hosts today: ${hosts}`, CARD_LIMITS.note),
    accent: 'neutral',
    alt: `${platform.name}: ${subtitle}; hosts today: ${hosts}. ${next ?? `${platform.shortName} has announced no coming change`}.`,
  };
}
