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
