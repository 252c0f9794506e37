/**
 * Article HTML made fit for feed readers: every URL absolute, nothing executable.
 * Input is the article's own rendered HTML (no second Markdown pipeline); the
 * output goes into `content:encoded`.
 */
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { HTML_SANITIZE_SCHEMA } from '../html-allow-list.ts';

// Attributes that hold one URL. `srcset` is not resolved: the allow-list drops it and `src` remains.
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

function absolutize(tree: Root, baseUrl: string): void {
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value !== 'string') continue;
      try {
        node.properties[name] = new URL(value, baseUrl).href;
      } catch {
        delete node.properties[name];
      }
    }
  });
}

const parser = unified().use(rehypeParse, { fragment: true });
const serializer = unified().use(rehypeStringify);

/**
 * Returns `html` with relative URLs resolved against `pageUrl` (the article's
 * absolute URL) and everything outside the allow-list removed.
 */
export function toFeedHtml(html: string, pageUrl: string): string {
  const tree = parser.parse(html);
  absolutize(tree, pageUrl);
  // The article pages' own allow-list: no script, style, iframe, object, embed, form,
  // no `on*` attributes, only http(s)/mailto URLs. The body was already held to it in
  // Markdown; this second pass keeps the feed safe whatever HTML it is given.
  // Heading ids stay unprefixed so that the article's fragment links still work.
  const clean = sanitize(tree, HTML_SANITIZE_SCHEMA) as Root;
  return serializer.stringify(clean);
}
