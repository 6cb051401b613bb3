/**
 * Reading the production build: every HTML page, parsed once, with its links, ids and assets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The build to check: dist/, or DIST for another build (the sub-path one). */
export const DIST = join(import.meta.dirname, '../..', process.env.DIST ?? 'dist');
/** The base path the build was made with (BASE), so links can be mapped back to files. */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** One built page. */
export interface BuiltPage {
  /** Path of the file relative to dist/, e.g. `matrix/index.html`. */
  file: string;
  html: string;
  ids: Set<string>;
  /** Every href/src on the page with the element it sits on. */
  links: { tag: string; attribute: string; value: string }[];
  /** Inline and external scripts and stylesheets. */
  scripts: { src: string | null; type: string | null; text: string }[];
  stylesheets: string[];
  metas: Map<string, string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function readPage(path: string): BuiltPage {
  const html = readFileSync(path, 'utf8');
  const page: BuiltPage = {
    file: relative(DIST, path),
    html,
    ids: new Set(),
    links: [],
    scripts: [],
    stylesheets: [],
    metas: new Map(),
  };
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const id = attribute(node, 'id');
      if (id !== null) page.ids.add(id);
      for (const name of ['href', 'src']) {
        const value = attribute(node, name);
        if (value !== null) page.links.push({ tag: node.tagName, attribute: name, value });
      }
      if (node.tagName === 'script') {
        page.scripts.push({ src: attribute(node, 'src'), type: attribute(node, 'type'), text: textOf(node) });
      }
      if (node.tagName === 'link' && attribute(node, 'rel') === 'stylesheet') {
        page.stylesheets.push(attribute(node, 'href') ?? '');
      }
      if (node.tagName === 'meta') {
        const key = attribute(node, 'http-equiv') ?? attribute(node, 'name') ?? attribute(node, 'property');
        if (key) page.metas.set(key.toLowerCase(), attribute(node, 'content') ?? '');
      }
    }
    const children =
      node.nodeName === 'template' && 'content' in node
        ? node.content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    children.forEach(visit);
  };
  visit(parse(html));
  return page;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the build, parsed (cached). */
export function builtPages(): BuiltPage[] {
  cache ??= walk(DIST)
    .filter((path) => path.endsWith('.html'))
    .map(readPage);
  return cache;
}

/** Maps a site URL path (with the base) to the file that serves it, or null when outside the base. */
export function fileForPath(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  if (rest === '' || rest.endsWith('/')) return `${rest}index.html`;
  return rest;
}

/** Reads a built file as bytes. */
export function readDistFile(file: string): Buffer {
  return readFileSync(join(DIST, file));
}
