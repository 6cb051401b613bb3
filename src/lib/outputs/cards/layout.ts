/**
 * The card's drawing: a tree of element-like objects in the shape Satori reads (type + props + style),
 * built without JSX so this stays plain TypeScript. Type sizes are large on purpose: chat apps shrink the
 * 1200×630 image to a thumbnail of ~400 px, where anything under ~28 px is unreadable.
 *
 * The card workers load this file with Node's own TypeScript support (no bundler): keep its imports
 * `import type`, or give a value import its `.ts` extension.
 */
import type { VerdictValue } from '../../knowledge/schema';
import type { CardContent, CardVerdict } from './content';

/** Card width and height in pixels: the size OpenGraph and Twitter's large card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The font family name the layout asks for; the renderer registers the font files under it. */
export const CARD_FONT = 'DejaVu Sans';

/** The card's background, also the colour of the space between its bands. */
export const CARD_BACKGROUND = '#ffffff';

type Style = Record<string, string | number>;

/** A node Satori can render: an element with a style and children, or text. */
export interface CardElement {
  type: 'div';
  props: { style: Style; children?: (CardElement | string)[] | string };
}

/** Colours of each verdict, the same Tailwind tones as the site's VerdictBadge (light theme). */
export const CARD_TONE: Record<
  VerdictValue | 'neutral',
  { background: string; text: string; border: string }
> = {
  supported: { background: '#d1fae5', text: '#064e3b', border: '#047857' },
  limited: { background: '#fef3c7', text: '#78350f', border: '#b45309' },
  unsupported: { background: '#ffe4e6', text: '#881337', border: '#be123c' },
  unknown: { background: '#e2e8f0', text: '#0f172a', border: '#334155' },
  neutral: { background: '#e0e7ff', text: '#1e1b4b', border: '#3730a3' },
};

/** Width of a verdict box's border, in pixels. */
const VERDICT_BORDER = 5;

/** Height of the accent stripe along the card's top edge, in pixels. */
const ACCENT_STRIPE = 22;

function box(style: Style, children: (CardElement | string)[] | string): CardElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

function verdictBox(entry: CardVerdict): CardElement {
  const tone = CARD_TONE[entry.verdict];
  // The border is an outer rounded box in the border colour around an inner one: a CSS border with a
  // radius makes Satori clip a stroke, and every clip costs resvg a full-card mask layer.
  return box({ flex: 1, padding: VERDICT_BORDER, borderRadius: 18, backgroundColor: tone.border }, [
    box(
      {
        flexDirection: 'column',
        flex: 1,
        padding: '18px 26px',
        borderRadius: 18 - VERDICT_BORDER,
        backgroundColor: tone.background,
        color: tone.text,
      },
      [
        box({ fontSize: 30 }, entry.mode),
        box({ fontSize: 52, fontWeight: 700, marginTop: 4 }, `${entry.glyph} ${entry.word}`),
      ],
    ),
  ]);
}

/** Long titles (announcements) get smaller type so they fit in three lines beside the summary. */
function titleSize(content: CardContent): number {
  if (content.title.length > 48) return 52;
  return content.verdicts.length > 0 ? 64 : 68;
}

/** Space between the card's edges and its words, in pixels. */
const PAD = { top: 40, side: 56, bottom: 44 } as const;

/**
 * One full-width horizontal strip of the card. A band carries its own background, font and the space
 * above it, so it draws the same alone as inside the whole card: cards are put together from bands.
 */
function band(style: Style, children: (CardElement | string)[] | string): CardElement {
  return box(
    {
      // Border-box: the padding is inside the card's width, as in the whole card's column.
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      paddingLeft: PAD.side,
      paddingRight: PAD.side,
      backgroundColor: CARD_BACKGROUND,
      fontFamily: CARD_FONT,
      ...style,
    },
    children,
  );
}

/**
 * A card as bands: `head` is stacked from the top edge, `foot` from the bottom edge, and the card's
 * background fills the rest. Many cards share bands (a cell card's title is its image's, its subtitle
 * its host's, its verdict row one of sixteen), so a drawer can draw each distinct band once.
 */
export interface CardPlan {
  head: CardElement[];
  foot: CardElement[];
}

/** The bands of one card; a pure function of its content, so equal content draws equal pixels. */
export function cardPlan(content: CardContent): CardPlan {
  const accent = CARD_TONE[content.accent];
  // The accent stripe is a box of its own, not a border-top: Satori draws borders through clip paths.
  const head: CardElement[] = [
    box({ width: CARD_WIDTH, height: ACCENT_STRIPE, backgroundColor: accent.border }, []),
    band({ paddingTop: PAD.top, fontSize: 28, fontWeight: 700, color: '#475569' }, content.eyebrow),
    band(
      { paddingTop: 14, fontSize: titleSize(content), fontWeight: 700, lineHeight: 1.1, color: '#0f172a' },
      content.title,
    ),
  ];
  if (content.subtitle !== null)
    head.push(
      band(
        {
          paddingTop: 12,
          fontSize: content.verdicts.length > 0 ? 40 : 34,
          color: '#334155',
          lineHeight: 1.25,
        },
        content.subtitle,
      ),
    );
  const foot: CardElement[] = [];
  if (content.verdicts.length > 0) foot.push(band({ gap: 24 }, content.verdicts.map(verdictBox)));
  if (content.note !== null)
    foot.push(
      band(
        { paddingTop: 22, fontSize: 30, fontWeight: 700, color: '#1e293b', wordBreak: 'break-all' },
        content.note,
      ),
    );
  foot.push(band({ height: PAD.bottom }, []));
  return { head, foot };
}

/** A plan as one element tree of the whole card: the bands in a column, the background between them. */
export function planTree(plan: CardPlan): CardElement {
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      backgroundColor: CARD_BACKGROUND,
      fontFamily: CARD_FONT,
    },
    [...plan.head, box({ flex: 1 }, []), ...plan.foot],
  );
}

/** The element tree of one whole card (what the composed bands add up to). */
export function cardTree(content: CardContent): CardElement {
  return planTree(cardPlan(content));
}
