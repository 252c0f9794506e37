/**
 * Reading a build's output in tests: its files, and its HTML pages as hast trees
 * with the few queries the tests need.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Every file of `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The built file serving site path `path` (`/sujets/x/` → `sujets/x/index.html`), or `undefined` when none. */
export function getFileOfPath(outDir: string, path: string): string | undefined {
  const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
  return existsSync(file) ? file : undefined;
}

/** Text of the file serving site path `path`; throws when the build has no such page. */
export function readPage(outDir: string, path: string): string {
  const file = getFileOfPath(outDir, path);
  if (!file) throw new Error(`the build has no page at ${path}`);
  return readFileSync(file, 'utf8');
}

const documentParser = unified().use(rehypeParse);

/** `html` parsed as a whole document (as a browser would). */
export function parseHtml(html: string): Root {
  return documentParser.parse(html);
}

/** Elements of `tree` matching `test`, in document order. */
export function findElements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** First element named `tagName` (lower case), or `undefined`. */
export function findFirst(tree: Root | Element, tagName: string): Element | undefined {
  return findElements(tree, (element) => element.tagName === tagName)[0];
}

/** True when `element` has `className` among its classes. */
export function hasClass(element: Element, className: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(className);
}

/** Text content of an element, whitespace runs collapsed. */
export function getText(node: Root | Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
