/**
 * Code blocks can be wider than the page; keyboard users must be able to scroll them, so every <pre>
 * is made focusable (axe: scrollable-region-focusable, WCAG 2.1.1).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** rehype: gives every <pre> a tabindex of 0. */
export function rehypeFocusableCode() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      // Shiki already writes `tabindex` (lower case); do not add a second one.
      const focusable = node.properties.tabIndex !== undefined || node.properties['tabindex'] !== undefined;
      if (node.tagName === 'pre' && !focusable) node.properties.tabIndex = 0;
    });
  };
}

/**
 * Fence names that announcements use for languages Prism knows under another name. Without the mapping
 * Prism warns during the build and leaves the block unhighlighted ("console" is common in Microsoft's
 * posts for a prompt with its output).
 */
const PRISM_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  console: 'shell-session',
  terminal: 'shell-session',
  cmd: 'batch',
  bat: 'batch',
  ps1: 'powershell',
  pwsh: 'powershell',
  ps: 'powershell',
};

/** rehype: renames a code block's `language-…` class to the name Prism knows it by. */
export function rehypeCodeLanguageNames() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.tagName === 'code' ? node.properties.className : undefined;
      if (!Array.isArray(classes)) return;
      node.properties.className = classes.map((name) => {
        const language = typeof name === 'string' ? /^language-(.+)$/.exec(name)?.[1] : undefined;
        const known = language === undefined ? undefined : PRISM_LANGUAGE_NAMES[language.toLowerCase()];
        return known === undefined ? name : `language-${known}`;
      });
    });
  };
}
