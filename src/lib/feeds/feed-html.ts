/**
 * Article HTML made fit for feed readers: every URL absolute, nothing executable.
 * Input is the article's own rendered HTML (no second Markdown pipeline); the
 * output goes into `content:encoded`.
 */
import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// Attributes that hold one URL. `srcset` is not resolved: the allow-list drops it and `src` remains.
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

// GitHub-style allow-list: no script, style, iframe, object, embed, form, no `on*`
// attributes, only http(s)/mailto URLs. Heading ids are kept unprefixed so that
// fragment links of the article still work in readers that honour them.
const FEED_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  // Removed with their content (the default only strips `script`).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
};

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
  const clean = sanitize(tree, FEED_SCHEMA) as Root;
  return serializer.stringify(clean);
}
