/**
 * Heading levels of a post body under the page's own `<h1>`.
 *
 * Docs-dialect posts repeat the title as a leading `# Title`; the page already prints the title as its
 * `<h1>`, and two `<h1>`s break the outline (and html-validate's heading-level rule). The repeat is
 * dropped; if other `#` headings remain, every heading moves one level down so the outline stays intact.
 */
import type { Heading, Root, RootContent } from 'mdast';

function plainText(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

// Smartypants has already curled the body's quotes; the frontmatter title still has straight ones.
const normalise = (value: string): string =>
  value
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Drops a leading `# Title` that repeats the frontmatter title and keeps body headings below `<h1>`. */
export function remarkPostHeadings() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    const title = file.data.astro?.frontmatter?.['title'];
    const first = tree.children[0];
    if (
      first?.type === 'heading' &&
      first.depth === 1 &&
      typeof title === 'string' &&
      normalise(plainText(first)) === normalise(title)
    ) {
      tree.children.shift();
    }
    const headings: Heading[] = [];
    const collect = (nodes: readonly RootContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'heading') headings.push(node);
        else if ('children' in node) collect(node.children);
      }
    };
    collect(tree.children);
    if (headings.some((heading) => heading.depth === 1)) {
      for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
    }
  };
}
