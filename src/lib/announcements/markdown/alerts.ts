/**
 * GitHub alerts (`> [!NOTE]` …) as accessible callouts.
 *
 * remark-github-blockquote-alert finds the alerts; these two small steps fix what it leaves: it drops
 * text written on the marker line, and its output is an upper-case word after an SVG icon in a plain
 * `div`. We want `role="note"`, a visible title word (so the meaning never rests on colour or an icon)
 * and one class per type for styling.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The visible title of each alert type. */
export const ALERT_TITLES = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
} as const;

/** One of the five GitHub alert types. */
export type AlertType = keyof typeof ALERT_TITLES;

/** The mdast `data` fields remark-rehype reads; declared here because their augmentation is not a direct dependency. */
interface HastHints {
  hName?: string;
  hProperties?: Record<string, unknown>;
}

const MARKER_WITH_TEXT = /^\[!(note|tip|important|warning|caution)\][ \t]+(?=\S)/i;

/** Runs before the library: `> [!NOTE] text` on one line would lose `text`, so it moves to the next line. */
export function remarkAlertMarkerLine() {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER_WITH_TEXT.exec(text.value);
      if (match) text.value = `[!${match[1]}]\n${text.value.slice(match[0].length)}`;
    });
  };
}

function alertType(hints: HastHints | undefined): AlertType | null {
  const classes = hints?.hProperties?.['className'];
  if (!Array.isArray(classes) || !classes.includes('markdown-alert')) return null;
  for (const name of classes) {
    const type = typeof name === 'string' ? name.replace(/^markdown-alert-/, '') : '';
    if (type in ALERT_TITLES) return type as AlertType;
  }
  return null;
}

const isEmptyParagraph = (node: Blockquote['children'][number]): boolean =>
  node.type === 'paragraph' &&
  node.children.every((child) => child.type === 'text' && child.value.trim() === '');

/** Runs after the library: rewrites each alert as `div[role=note].markdown-alert-<type>` with a title word. */
export function remarkAccessibleAlerts() {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const hints = node.data as HastHints | undefined;
      const type = alertType(hints);
      if (!type) return;
      const [titleParagraph, ...body] = node.children;
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: { className: ['markdown-alert', `markdown-alert-${type}`], role: 'note', dir: 'auto' },
      };
      const title: Paragraph = {
        type: 'paragraph',
        // The library's title holds an SVG icon and an upper-case word; a plain word reads better and the
        // sanitiser would strip the SVG anyway. Icons, if wanted, come from CSS per type class.
        children: [{ type: 'text', value: ALERT_TITLES[type] }],
        data: { hProperties: { className: ['markdown-alert-title'], dir: 'auto' } },
      };
      if (titleParagraph?.position) title.position = titleParagraph.position;
      // `> [!NOTE]` alone on its line leaves an empty paragraph behind.
      node.children = [title, ...body.filter((child) => !isEmptyParagraph(child))];
    });
  };
}
