/**
 * The rehype steps of the announcement pipeline that need the post's context: figures, images, links.
 *
 * They run after raw HTML has been parsed (so a raw `<a>` or `<img>` gets the same treatment as a
 * Markdown one) and before the sanitiser (which then checks our output against its schema too).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { detectDialect, formatBuildError, postOriginFromFrontmatter } from '../frontmatter';
import { classifyImageSource } from './images';
import { publisherOriginFor, resolveLink, withBase } from './links';
import type { LinkContext } from './links';

/** A build-time finding about one post: a link or an image the site cannot serve as written. */
export type MarkdownReport =
  | {
      kind: 'unknown-site-link' | 'relative-link';
      file: string;
      href: string;
      /** Where the link now points, or null when it is rendered as plain text. */
      resolvedTo: string | null;
      message: string;
    }
  | {
      kind: 'missing-image' | 'remote-image' | 'unsupported-image' | 'unprocessed-image';
      file: string;
      path: string;
      message: string;
    };

/** The resolved settings the content step works with. */
export interface ContentStepOptions extends Omit<LinkContext, 'dialect' | 'postOrigin'> {
  onReport: (report: MarkdownReport) => void;
}

/** The vfile fields we read; Astro puts the raw frontmatter and its collected image lists under `data.astro`. */
interface FileLike {
  path?: string | undefined;
  cwd: string;
  data: {
    astro?: {
      frontmatter?: Record<string, unknown>;
      localImagePaths?: string[];
      remoteImagePaths?: string[];
    };
  };
}

/** The post's file relative to the project, for messages people can act on. */
export function reportFileName(file: Pick<FileLike, 'path' | 'cwd'>): string {
  if (!file.path) return '(inline Markdown)';
  const path = file.path.replace(/\\/g, '/');
  const cwd = file.cwd.replace(/\\/g, '/').replace(/\/+$/, '');
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

const isWhitespace = (node: ElementContent): boolean => node.type === 'text' && node.value.trim() === '';
const isElement = (node: ElementContent | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName;

/** The only `<img>` inside a link (ignoring whitespace), i.e. a link-wrapped image. */
function wrappedImage(link: Element): Element | null {
  const content = link.children.filter((child) => !isWhitespace(child));
  const only = content[0];
  return content.length === 1 && isElement(only, 'img') ? only : null;
}

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * `[![alt](src)](src)` + two spaces + a caption line, all in one paragraph, becomes
 * `<figure>(<a>)<img>(</a>)<figcaption>caption</figcaption></figure>`: the blog dialect captions images so.
 */
function makeFigures(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || index === undefined || !parent) return;
    const content = node.children.filter((child) => !isWhitespace(child));
    const [media, lineBreak, ...caption] = content;
    const isMedia = isElement(media, 'img') || (isElement(media, 'a') && wrappedImage(media) !== null);
    if (!media || !isMedia || !isElement(lineBreak, 'br') || caption.length === 0) return;
    const start = node.children.indexOf(lineBreak) + 1;
    const captionNodes = node.children.slice(start);
    const first = captionNodes[0];
    if (first?.type === 'text') captionNodes[0] = text(first.value.replace(/^\s+/, ''));
    const last = captionNodes.at(-1);
    if (last?.type === 'text') captionNodes[captionNodes.length - 1] = text(last.value.replace(/\s+$/, ''));
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: {},
      children: [media, { type: 'element', tagName: 'figcaption', properties: {}, children: captionNodes }],
    };
    if (node.position) figure.position = node.position;
    parent.children[index] = figure;
    return SKIP;
  });
}

/** A visible stand-in for an image we cannot show, so readers still learn what it was. */
function imageNote(alt: string, link: string | null): Element {
  const label = alt.trim();
  const children: ElementContent[] = link
    ? [
        text('Image hosted elsewhere: '),
        {
          type: 'element',
          tagName: 'a',
          properties: { href: link, rel: ['noopener', 'noreferrer'] },
          children: [text(label || link)],
        },
      ]
    : [text(label ? `Image not available: ${label}` : 'Image not available.')];
  return { type: 'element', tagName: 'span', properties: { className: ['image-missing'] }, children };
}

function stringProperty(node: Element, name: string): string | null {
  const value = node.properties[name];
  return typeof value === 'string' ? value : null;
}

/** Decides every image: Astro's, ours in public/, or a reported visible note in place of a broken `<img>`. */
function processImages(
  tree: Root,
  file: FileLike,
  context: LinkContext & ContentStepOptions,
  reportFile: string,
): void {
  const options = context;
  const astroLocal = file.data.astro?.localImagePaths;
  const astroRemote = file.data.astro?.remoteImagePaths ?? [];
  // Link-wrapped images are handled as one unit: the link usually points at the same file.
  const handle = (img: Element, link: Element | null): ElementContent | null => {
    const src = stringProperty(img, 'src') ?? '';
    const alt = stringProperty(img, 'alt') ?? '';
    const href = link ? stringProperty(link, 'href') : null;
    const linksToSelf = href !== null && href === src;
    const report = (
      kind: 'missing-image' | 'remote-image' | 'unsupported-image' | 'unprocessed-image',
      expected: string,
    ) =>
      options.onReport({
        kind,
        file: reportFile,
        path: src,
        message: formatBuildError(reportFile, 'image', expected, src),
      });
    switch (classifyImageSource(src, options.publicFileExists)) {
      case 'relative': {
        // Astro only resolves images it collected (Markdown syntax, with a file path); a raw <img> is not.
        if (astroLocal !== undefined && !astroLocal.includes(safeDecode(src))) {
          report(
            'unprocessed-image',
            'a Markdown image (![alt](./media/file.png)) so Astro can resolve the file',
          );
          return imageNote(alt, null);
        }
        // Astro rewrites the <img> to the processed file but not the link, which would then 404.
        return linksToSelf ? img : null;
      }
      case 'public':
        img.properties['src'] = withBase(options.base, src);
        return null;
      case 'missing': {
        // A foreign post's own image: its publisher still serves it, so the reader gets a link there.
        const origin = publisherOriginFor(src.replace(/[?#].*$/, ''), context);
        if (origin !== null) {
          const remote = `${origin.replace(/\/+$/, '')}${src}`;
          report(
            'remote-image',
            `a local image (this one is the publisher's; a link to ${remote} is shown instead)`,
          );
          return imageNote(alt, linksToSelf || !link ? remote : null);
        }
        report(
          'missing-image',
          'a file in public/ (the site does not have this one; the alt text is shown instead)',
        );
        return imageNote(alt, null);
      }
      case 'remote':
        // Astro downloads remote images its image config allows; others the CSP (img-src 'self') would block.
        if (astroRemote.includes(safeDecode(src))) return null;
        report('remote-image', 'a local image (remote images are blocked; a link to it is shown instead)');
        return imageNote(alt, linksToSelf || !link ? src : null);
      case 'unsupported':
        report('unsupported-image', 'an http(s), site-absolute or relative image path');
        return imageNote(alt, null);
    }
  };
  visit(tree, 'element', (node, index, parent) => {
    if (index === undefined || !parent) return;
    if (node.tagName === 'a') {
      const img = wrappedImage(node);
      if (!img) return;
      const replacement = handle(img, node);
      if (replacement?.type === 'element' && replacement.tagName === 'span') {
        // A note replaces the link too when the link pointed at the unusable image itself.
        const href = stringProperty(node, 'href');
        if (href === stringProperty(img, 'src')) parent.children[index] = replacement;
        else node.children = [replacement];
      } else if (replacement) {
        parent.children[index] = replacement;
      }
      return SKIP;
    }
    if (node.tagName === 'img') {
      const replacement = handle(node, null);
      if (replacement) parent.children[index] = replacement;
    }
    return undefined;
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Resolves every link: publisher paths made absolute, our routes based, the rest reported. */
function processLinks(tree: Root, context: LinkContext & ContentStepOptions, reportFile: string): void {
  const options = context;
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'a' || index === undefined || !parent) return;
    const href = stringProperty(node, 'href');
    if (href === null) return;
    const resolution = resolveLink(href, context);
    if (resolution.kind === 'unknown-site' || resolution.kind === 'relative') {
      const expected =
        resolution.kind === 'relative'
          ? 'a full URL or a path of this site (relative links break once the post moves here)'
          : 'a route of this site, or a known publisher for the post (a canonical_url or original_url ' +
            'in its frontmatter, or a configured origin for its dialect)';
      options.onReport({
        kind: resolution.kind === 'relative' ? 'relative-link' : 'unknown-site-link',
        file: reportFile,
        href,
        resolvedTo: null,
        message: `${formatBuildError(reportFile, 'link', expected, href)}; rendered as plain text`,
      });
    }
    if (resolution.href === null) {
      // Keep the words, drop a link that would 404.
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    node.properties['href'] = resolution.href;
    if (resolution.kind === 'external' || resolution.kind === 'publisher') {
      node.properties['rel'] = ['noopener', 'noreferrer'];
    }
    return undefined;
  });
}

const CLOBBERED: readonly string[] = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];
const CLOBBER_PREFIX = 'user-content-';

/**
 * remark-rehype already prefixes footnote ids with `user-content-` and the sanitiser prefixes ids again;
 * stripping the first prefix keeps footnote links (`#user-content-fn-1`) pointing at their targets.
 */
function unprefixIds(tree: Root): void {
  visit(tree, 'element', (node) => {
    for (const key of CLOBBERED) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith(CLOBBER_PREFIX)) {
        node.properties[key] = value.slice(CLOBBER_PREFIX.length);
      } else if (Array.isArray(value)) {
        node.properties[key] = value.map((item) =>
          typeof item === 'string' && item.startsWith(CLOBBER_PREFIX)
            ? item.slice(CLOBBER_PREFIX.length)
            : item,
        );
      }
    }
  });
}

/** The rehype plugin with the post-specific steps (figures, images, links, id prefixes). */
export function rehypeAnnouncementContent(options: ContentStepOptions) {
  return (tree: Root, file: FileLike): void => {
    const reportFile = reportFileName(file);
    const frontmatter = file.data.astro?.frontmatter;
    const known = frontmatter && Object.keys(frontmatter).length > 0 ? frontmatter : null;
    const context = {
      ...options,
      dialect: known ? detectDialect(known) : null,
      postOrigin: known ? postOriginFromFrontmatter(known) : null,
    };
    makeFigures(tree);
    processImages(tree, file, context, reportFile);
    processLinks(tree, context, reportFile);
    unprefixIds(tree);
  };
}

/**
 * Runs first among our rehype plugins, before raw HTML is parsed, so every element it sees came from
 * Markdown syntax, never from an author's raw HTML.
 */
export function rehypePrepareForSanitiser() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre' && node.properties['className'] !== undefined) {
        // Only a highlighter puts classes on <pre> here; its output would be stripped by our sanitiser.
        throw new Error(
          'announcementMarkdownPlugins: code was highlighted before the sanitiser. Set markdown.syntaxHighlight: ' +
            'false in astro.config.mjs and choose the highlighter with the `highlight` option instead.',
        );
      }
      if (node.tagName === 'code') {
        // Parsing raw HTML drops node data, so the fence meta travels as an attribute the highlighter reads.
        const meta = (node.data as { meta?: unknown } | undefined)?.meta;
        if (typeof meta === 'string' && meta !== '') node.properties['metastring'] = meta;
      }
    });
  };
}
