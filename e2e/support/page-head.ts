/**
 * What crawlers and feed readers read in a built page, from its hast tree: meta and link tags,
 * JSON-LD documents, indexability, and the mapping between public URLs and site paths.
 * Pure functions over trees, so Playwright specs and fixture-build tests share them.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { getAttribute, getElements, getTokens } from '../../scripts/check-dist/html.ts';
import { isNoindex } from '../../scripts/check-dist/page-meta.ts';

/**
 * A parsed JSON-LD document. schema.org objects are open-ended and tests read nested fields
 * (`publisher.logo.url`) directly, so the values stay untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- open-ended on purpose, see above
export type JsonLd = Record<string, any>;

/** One `<link>` tag: `href` as written, `type` and `title` when present. */
export interface LinkTag {
  href: string;
  type?: string;
  title?: string;
}

/**
 * Text content of a node with runs of HTML whitespace collapsed. Only HTML whitespace: the
 * no-break spaces of French typography (U+00A0, U+202F) are content and must survive a comparison.
 */
export function getText(node: Root | Element): string {
  return toString(node)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** Contents of every `<meta>` whose `name` or `property` is `key` (`og:image`, `robots`), in document order. */
export function getMetaContents(tree: Root, key: string): string[] {
  return getElements(tree, 'meta')
    .filter((meta) => getAttribute(meta, 'name') === key || getAttribute(meta, 'property') === key)
    .map((meta) => getAttribute(meta, 'content') ?? '');
}

/** Content of the one `<meta>` named `key`, `undefined` when there is none; throws when there are several. */
export function getMetaContent(tree: Root, key: string): string | undefined {
  const contents = getMetaContents(tree, key);
  if (contents.length > 1) throw new Error(`${contents.length} <meta> tags for ${key}: ${JSON.stringify(contents)}`);
  return contents[0];
}

/** `<link>` tags whose `rel` holds `rel` (`canonical`, `alternate`), in document order. */
export function getLinks(tree: Root, rel: string): LinkTag[] {
  return getElements(tree, 'link')
    .filter((link) => getTokens(link, 'rel').includes(rel))
    .map((link) => {
      const type = getAttribute(link, 'type');
      const title = getAttribute(link, 'title');
      return {
        href: getAttribute(link, 'href') ?? '',
        ...(type === undefined ? {} : { type }),
        ...(title === undefined ? {} : { title }),
      };
    });
}

/** Raw text of a `<script>`: parse5 keeps it as text children, never as elements. */
function getScriptText(script: Element): string {
  return script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Every `<script type="application/ld+json">` of the page, parsed; throws naming the block that is not JSON. */
export function getJsonLd(tree: Root): JsonLd[] {
  return getElements(tree, 'script')
    .filter((script) => getAttribute(script, 'type') === 'application/ld+json')
    .map((script, index) => {
      const text = getScriptText(script);
      try {
        return JSON.parse(text) as JsonLd;
      } catch (error) {
        throw new Error(`JSON-LD block ${index + 1} is not JSON (${(error as Error).message}): ${text.slice(0, 200)}`, {
          cause: error,
        });
      }
    });
}

/** The JSON-LD documents of type `type` (`NewsArticle`, `BreadcrumbList`). */
export function getJsonLdOfType(tree: Root, type: string): JsonLd[] {
  return getJsonLd(tree).filter((doc) => doc['@type'] === type);
}

/** True unless a `<meta name="robots">` says `noindex` or `none` (the 404 page, say). */
export function isIndexable(tree: Root): boolean {
  return !isNoindex(tree);
}

/** The instant in the page's one `article:modified_time`; throws when the page has none. */
export function getModifiedTime(tree: Root): Date {
  const value = getMetaContent(tree, 'article:modified_time');
  if (value === undefined) throw new Error('no <meta property="article:modified_time">');
  return new Date(value);
}

/** ISO 8601 date-time with seconds and an explicit `±hh:mm` offset, as JSON-LD, OpenGraph and `<time>` carry. */
export const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/**
 * The site path of a public URL (`https://vigie.example/sujets/` → `/sujets/`); throws when the
 * URL is not absolute or not on `siteUrl`'s origin, so a relative or foreign URL fails loudly.
 */
export function toSitePath(url: string, siteUrl: string): string {
  const parsed = new URL(url);
  const origin = new URL(siteUrl).origin;
  if (parsed.origin !== origin) throw new Error(`${url} is not on the site origin ${origin}`);
  return decodeURIComponent(parsed.pathname);
}
