/**
 * HTML capture (a saved article page) → {@link Capture}. Page chrome (scripts, navigation, site
 * header and footer, asides, forms, comment and share boxes) is removed first; then the article
 * is read from the first `<article>` holding an `<h1>`, else `<main>`, else the first `<article>`,
 * else `<body>`: `<h1>` is the headline, a standfirst-like element (class or id such as `chapo`,
 * `chapeau`, `standfirst`, `lead`, `intro`) or else the first `<p>` after the headline is the
 * standfirst, `<h2>`–`<h6>` are subheads and `<p>` are paragraphs (`<br>` splits one in two).
 * Other text (lists, captions, tables) is not imported.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { type Capture, type CaptureBlock, MAX_HEADLINE_LENGTH } from './capture.ts';
import { ImportError } from './errors.ts';

/** Elements never part of the article text. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
  'dialog',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);
// Class, id or role of boxes that surround articles: comments, sharing, related links, ads.
const CHROME_ATTRIBUTE =
  /comment|share|sharing|social|newsletter|related|breadcrumb|advert|cookie|promo|banner|navigation|contentinfo|complementary/i;
const STANDFIRST_ATTRIBUTE =
  /(?:^|[\s_-])(?:chapo|chapeau|standfirst|lead|intro|summary|excerpt|kicker-?lead|article-?description)(?:$|[\s_-])/i;
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|article|main|p|h1|div|section|meta|title)[\s>/]/i;

type Item = { kind: 'headline' | 'standfirst' | 'subhead' | 'paragraph'; texts: string[] };

/** True when the text is an HTML document or fragment rather than a plain-text capture. */
export function isHtmlCapture(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('<') && HTML_TAG.test(start.slice(0, 100_000));
}

/** Parses an HTML capture. Throws only {@link ImportError}, when no headline or standfirst is found. */
export function parseHtmlCapture(html: string): Capture {
  const tree = unified().use(rehypeParse).parse(html);
  removeChrome(tree);
  const root = findArticleRoot(tree);
  let items = collectItems(root);
  let headlineIndex = items.findIndex((item) => item.kind === 'headline');
  if (headlineIndex < 0 && root !== tree) {
    // The headline may sit above the article element, e.g. in <main> or in the page's <header>.
    const outer = collectItems(tree).find((item) => item.kind === 'headline');
    if (outer) {
      items = [outer, ...items];
      headlineIndex = 0;
    }
  }
  const headlineItem = items[headlineIndex];
  const headline = headlineItem?.texts.join(' ').trim() ?? '';
  if (!headlineItem || !/\p{L}/u.test(headline)) {
    throw new ImportError('no recognisable headline: the HTML capture has no <h1> with text', {
      hint: 'Save the article page itself, with its headline',
    });
  }
  if (headline.length > MAX_HEADLINE_LENGTH) {
    throw new ImportError(
      `no recognisable headline: the <h1> is ${headline.length} characters long (a headline has at most ${MAX_HEADLINE_LENGTH})`,
      {
        hint: 'Save the article page itself, with its headline',
      },
    );
  }

  // Text before the headline (section labels, dates) is not article text, except a standfirst.
  const after = items.slice(headlineIndex + 1);
  const explicit = items.find((item) => item.kind === 'standfirst');
  const standfirstItem = explicit ?? after.find((item) => item.kind === 'paragraph');
  if (!standfirstItem) {
    throw new ImportError(`no standfirst found after the headline ${JSON.stringify(headline)}`, {
      hint: 'The first paragraph after the <h1> becomes the description; the capture has none',
    });
  }
  const blocks: CaptureBlock[] = after
    .filter((item) => item !== standfirstItem && item.kind !== 'headline' && item.kind !== 'standfirst')
    .flatMap((item): CaptureBlock[] =>
      item.kind === 'subhead'
        ? [{ type: 'subhead', text: item.texts.join(' ') }]
        : item.texts.map((text) => ({ type: 'paragraph', text })),
    );
  return { headline, standfirst: standfirstItem.texts.join(' '), blocks };
}

function removeChrome(parent: Root | Element): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (isChromeElement(child)) return false;
    removeChrome(child);
    // A site header is chrome; an article's own header holds its headline and is kept.
    return child.tagName !== 'header' || containsTag(child, 'h1');
  }) as typeof parent.children;
}

function isChromeElement(element: Element): boolean {
  if (DROPPED_ELEMENTS.has(element.tagName)) return true;
  // Page-level containers often carry state classes such as "has-comments"; never drop them.
  if (CONTAINERS.has(element.tagName)) return false;
  const { className, id, role } = element.properties;
  const attributes = [Array.isArray(className) ? className.join(' ') : className, id, role]
    .filter((value) => typeof value === 'string')
    .join(' ');
  return attributes !== '' && CHROME_ATTRIBUTE.test(attributes) && !STANDFIRST_ATTRIBUTE.test(attributes);
}

function findArticleRoot(tree: Root): Root | Element {
  const articles = findAll(tree, 'article');
  return (
    articles.find((article) => containsTag(article, 'h1')) ??
    findAll(tree, 'main')[0] ??
    articles[0] ??
    findAll(tree, 'body')[0] ??
    tree
  );
}

function collectItems(node: Root | Element): Item[] {
  const items: Item[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const kind = itemKind(child);
      if (!kind) {
        visit(child);
        continue;
      }
      const texts = toTexts(child);
      if (texts.length > 0) items.push({ kind, texts });
    }
  };
  visit(node);
  return items;
}

function itemKind(element: Element): Item['kind'] | undefined {
  if (element.tagName === 'h1') return 'headline';
  if (HEADINGS.has(element.tagName)) return 'subhead';
  const { className, id } = element.properties;
  const attributes = [Array.isArray(className) ? className.join(' ') : className, id]
    .filter((value) => typeof value === 'string')
    .join(' ');
  if (
    attributes &&
    STANDFIRST_ATTRIBUTE.test(attributes) &&
    !containsTag(element, 'h1') &&
    !containsTag(element, 'img')
  )
    return 'standfirst';
  if (element.tagName === 'p') return 'paragraph';
  return undefined;
}

// Text of an element as displayed: whitespace runs collapsed, split where a <br> breaks the line.
function toTexts(element: Element): string[] {
  const segments: string[] = [''];
  const visit = (nodes: ElementContent[] | RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') segments[segments.length - 1] += node.value;
      else if (node.type === 'element' && node.tagName === 'br') segments.push('');
      else if (node.type === 'element') visit(node.children);
    }
  };
  visit(element.children);
  // Only ASCII whitespace collapses in HTML; a no-break space is text.
  return segments.map((segment) => segment.replace(/[ \t\n\r\f]+/g, ' ').trim()).filter((segment) => segment !== '');
}

function containsTag(node: Root | Element, tagName: string): boolean {
  return findAll(node, tagName).length > 0;
}

function findAll(node: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}
