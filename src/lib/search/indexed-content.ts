/**
 * What Pagefind reads from an article page, as one string: two pages with the same string give the
 * same search records. The search index compares these instead of whole pages when it decides
 * which shards an incremental build must rebuild: an edit changes the « À lire aussi » list and the
 * « En ce moment » strip of pages in other years, and neither is indexed.
 *
 * Kept on the safe side of Pagefind's rules: the whole `<head>`, the `lang` of `<html>`, the
 * `data-pagefind-body` element without the excluded parts, and every element outside it that
 * carries a `data-pagefind-*` attribute (Pagefind reads metadata and filters anywhere on the page).
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { EXCLUDED_SELECTORS } from './pagefind-shard.ts';

const CLASS_SELECTOR = /^\.([A-Za-z_][\w-]*)$/;

/** Class names of {@link EXCLUDED_SELECTORS}; throws when one is not a plain `.class` selector, which this module cannot match. */
export function getExcludedClasses(selectors: readonly string[] = EXCLUDED_SELECTORS): Set<string> {
  return new Set(
    selectors.map((selector) => {
      const match = CLASS_SELECTOR.exec(selector);
      if (!match)
        throw new Error(
          `[vigie:search-index] excluded selector ${JSON.stringify(selector)} is not a plain ".class" selector; ` +
            'extend src/lib/search/indexed-content.ts to match it before using it.',
        );
      return match[1]!;
    }),
  );
}

const parser = unified().use(rehypeParse);
const serializer = unified().use(rehypeStringify);

function hasClass(element: Element, classes: ReadonlySet<string>): boolean {
  const names = element.properties.className;
  return Array.isArray(names) && names.some((name) => classes.has(String(name)));
}

function isPagefindBody(element: Element): boolean {
  return element.properties.dataPagefindBody !== undefined;
}

function hasPagefindAttribute(element: Element): boolean {
  return Object.keys(element.properties).some((name) => name.startsWith('dataPagefind'));
}

/** A copy of `element` without the descendants whose class is in `classes`. */
function withoutClasses(element: Element, classes: ReadonlySet<string>): Element {
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') children.push(child);
    else if (!hasClass(child, classes)) children.push(withoutClasses(child, classes));
  }
  return { ...element, children };
}

/**
 * The indexed projection of a page's HTML (see the module comment). Pages without a
 * `data-pagefind-body` element project to their head and tagged elements only; Pagefind indexes
 * no text of theirs either.
 */
export function extractIndexedContent(html: string, excluded: ReadonlySet<string> = getExcludedClasses()): string {
  const tree = parser.parse(html) as Root;
  const kept: Element[] = [];
  let lang = '';
  const walk = (element: Element): void => {
    if (element.tagName === 'html') lang = String(element.properties.lang ?? '');
    if (element.tagName === 'head' || isPagefindBody(element)) {
      kept.push(isPagefindBody(element) ? withoutClasses(element, excluded) : element);
      return;
    }
    // A tagged element outside the body is kept whole, text included (a body inside it too: safe, if coarse).
    if (hasPagefindAttribute(element)) {
      kept.push(element);
      return;
    }
    for (const child of element.children) if (child.type === 'element') walk(child);
  };
  for (const child of tree.children) if (child.type === 'element') walk(child);
  return `lang=${lang}\n${serializer.stringify({ type: 'root', children: kept })}`;
}
