/**
 * HTML capture (a saved article page) → {@link HtmlCapture}. The page is parsed once by the
 * HTML parser of the rehype path (parse5: the browser's tolerance of bad markup and stray
 * characters); its own metadata is read from that tree (`page-metadata.ts`); page chrome
 * (scripts, navigation, site header and footer, asides, forms, comment, share, related-story and
 * cookie boxes) is removed; then Mozilla's Readability, over a linkedom DOM of what remains, finds
 * the article, whose HTML goes back through rehype to become paragraphs and subheads.
 *
 * Headline, first found: the article's `<h1>` (not the site's, at most MAX_HEADLINE_LENGTH
 * characters) → `og:title` → JSON-LD `headline` → `<title>` without its site suffix.
 * Standfirst, first found: a lead paragraph marked as such (class or id such as `chapo`,
 * `standfirst`, `lead`, `intro`, `itemprop=description`) → `og:description` → meta description
 * → JSON-LD `description` → the article's first paragraph when more follow. `--title` and
 * `--standfirst` override all of these. Lists, captions and tables are not imported.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
export { isHtmlCapture } from './capture-format.ts';
import { type Capture, type CaptureBlock, MAX_HEADLINE_LENGTH } from './capture.ts';
import { ImportError } from './errors.ts';
import { type Found, type PageMetadata, readPageMetadata } from './page-metadata.ts';
import { MAX_DESCRIPTION_LENGTH } from '../../src/schemas/article.ts';

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
  /comment|share|sharing|social|newsletter|related|breadcrumb|advert|cookie|consent|gdpr|promo|banner|navigation|contentinfo|complementary|teaser|most-?read|paywall|subscribe|outbrain|taboola|read-?more|lire-?aussi|sur-le-meme-sujet/i;
const STANDFIRST_ATTRIBUTE =
  /(?:^|[\s_-])(?:chapo|chapeau|standfirst|lead|intro|summary|excerpt|kicker-?lead|article-?description|description)(?:$|[\s_-])/i;
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Separators between a page title and the site's name: "Titre - Le Soir", "Titre | BBC News".
const TITLE_SUFFIX = /\s+(?:[-|–—·:]|\/\/)\s+([^-|–—·]{1,40})$/u;

/** Where the headline and the standfirst were found. */
export type HeadlineSource = '--title' | '<h1>' | 'og:title' | 'JSON-LD headline' | '<title>';
export type StandfirstSource =
  '--standfirst' | 'lead paragraph' | 'og:description' | 'meta description' | 'JSON-LD description' | 'first paragraph';

/** An HTML capture: the article, what the page says about itself, and where headline and standfirst came from. */
export interface HtmlCapture extends Capture {
  page: PageMetadata;
  headlineFrom: HeadlineSource;
  standfirstFrom: StandfirstSource;
  /** What the reader of the page had to set aside, e.g. an over-long `<h1>`. */
  notes: string[];
}

/** Values given on the command line that replace what the page says. */
export interface HtmlOverrides {
  title?: string;
  standfirst?: string;
}

type Item = { kind: 'subhead' | 'paragraph'; texts: string[] };

/**
 * Parses an HTML capture. Throws only {@link ImportError}: no article, no headline or no
 * standfirst anywhere in the page (and none given).
 */
export function parseHtmlCapture(html: string, overrides: HtmlOverrides = {}): HtmlCapture {
  const tree = unified().use(rehypeParse).parse(html);
  const page = readPageMetadata(tree);
  const notes: string[] = [];
  const h1 = findArticleHeadline(tree, page, notes);
  removeChrome(tree);
  const lead = overrides.standfirst ? undefined : findLeadParagraph(tree);

  const items = extractArticle(tree);
  const headline = chooseHeadline(overrides.title, h1, page);
  if (!headline) {
    throw new ImportError(
      'no recognisable headline: the page has no article <h1>, og:title, JSON-LD headline or <title>',
      { hint: 'Pass --title "…", or save the article page itself' },
    );
  }
  const sameText = (a: string, b: string | undefined) => b !== undefined && fold(a) === fold(b);
  let body = withoutHeaderLines(items, [headline.value, h1, page.publisher?.value], page);
  const paragraphs = body.filter((item) => item.kind === 'paragraph');
  if (paragraphs.length === 0) {
    throw new ImportError('no article found: the page holds no paragraph of text', {
      hint: 'Save the article page itself (File › Save page as…), not a home, search or login page',
    });
  }

  const standfirst = chooseStandfirst(overrides.standfirst, lead, page, body);
  if (!standfirst) {
    throw new ImportError(
      `no standfirst found for ${JSON.stringify(headline.value)}: no lead paragraph, og:description, meta description or JSON-LD description, and the article has a single paragraph`,
      { hint: 'Pass --standfirst "…"' },
    );
  }
  // The standfirst is not repeated in the body, nor what stands between it and the headline (bylines, dates).
  const standfirstAt = body.findIndex((item) => item === standfirst.item || sameText(textOf(item), standfirst.value));
  if (standfirstAt >= 0 && standfirstAt < 6) body = body.slice(standfirstAt + 1);
  body = withoutHeaderLines(
    body.filter((item) => !sameText(textOf(item), standfirst.value)),
    [headline.value, h1, page.publisher?.value],
    page,
  );
  const blocks: CaptureBlock[] = body.flatMap((item): CaptureBlock[] =>
    item.kind === 'subhead'
      ? [{ type: 'subhead', text: item.texts.join(' ') }]
      : item.texts.map((text) => ({ type: 'paragraph', text })),
  );
  return {
    headline: headline.value,
    standfirst: standfirst.value,
    blocks,
    page,
    headlineFrom: headline.from,
    standfirstFrom: standfirst.from,
    notes,
  };
}

// Lines that point to other stories or editions, never article text.
const BOILERPLATE =
  /^(?:(?:à )?lire (?:aussi|également|la suite)\b|read more\b|see also\b|a version of this article appears in print\b)/iu;
const DATE_WORDS =
  /\b(?:publié|mis à jour|modifié|actualisé|published|updated)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

/**
 * The article items without what Readability keeps of the page's header: items up to and
 * including the headline, then leading short lines that are bylines, dates, the section or
 * author names; and without lines pointing to other stories.
 */
function withoutHeaderLines(items: Item[], headlines: (string | undefined)[], page: PageMetadata): Item[] {
  const names = new Set(
    [...headlines, page.section?.value, ...(page.authors?.value.map((author) => author.name) ?? [])]
      .filter((text): text is string => !!text)
      .map(fold),
  );
  const headlineAt = items.findIndex((item, i) => i < 8 && headlines.some((h) => h && fold(textOf(item)) === fold(h)));
  let rest = headlineAt >= 0 ? items.slice(headlineAt + 1) : items;
  const isHeaderLine = (item: Item) => {
    const text = textOf(item);
    if (names.has(fold(text))) return true;
    if (text.length > 160 || item.kind !== 'paragraph') return false;
    // Article sentences end with punctuation; bylines, datelines and labels do not.
    if (/[.!?…»"”]$/u.test(text)) return false;
    return /^(?:par|by)\s/iu.test(text) || DATE_WORDS.test(text) || /^[\p{Lu}][\p{L}-]+$/u.test(text);
  };
  while (rest.length > 0 && isHeaderLine(rest[0]!)) rest = rest.slice(1);
  return rest.filter(
    (item) => !names.has(fold(textOf(item))) && !(item.kind === 'paragraph' && BOILERPLATE.test(textOf(item))),
  );
}

function textOf(item: Item): string {
  return item.texts.join(' ');
}

/** `<title>` without a trailing site name: "Titre - Le Soir" → "Titre". */
export function stripTitleSuffix(title: string, publisher?: string): string {
  const match = TITLE_SUFFIX.exec(title);
  if (!match) return title;
  const rest = title.slice(0, match.index).trim();
  const suffix = match[1]!.trim();
  const isPublisher =
    publisher !== undefined && (fold(publisher).includes(fold(suffix)) || fold(suffix).includes(fold(publisher)));
  // Without a known publisher, only a short suffix after a longer title is taken for a site name.
  return isPublisher || (suffix.split(' ').length <= 4 && rest.length > suffix.length * 2) ? rest : title;
}

function chooseHeadline(
  option: string | undefined,
  h1: string | undefined,
  page: PageMetadata,
): (Found & { from: HeadlineSource }) | undefined {
  if (option) return { value: option, from: '--title' };
  if (h1) return { value: h1, from: '<h1>' };
  const publisher = page.publisher?.value;
  const candidates: [Found | undefined, HeadlineSource][] = [
    [page.ogTitle, 'og:title'],
    [page.jsonLdHeadline, 'JSON-LD headline'],
    [page.title, '<title>'],
  ];
  for (const [candidate, from] of candidates) {
    if (!candidate) continue;
    const value = from === 'JSON-LD headline' ? candidate.value : stripTitleSuffix(candidate.value, publisher);
    if (/\p{L}/u.test(value) && value.length <= MAX_HEADLINE_LENGTH && fold(value) !== fold(publisher ?? '')) {
      return { value, from };
    }
  }
  return undefined;
}

function chooseStandfirst(
  option: string | undefined,
  lead: string | undefined,
  page: PageMetadata,
  body: Item[],
): { value: string; from: StandfirstSource; item?: Item } | undefined {
  if (option) return { value: option, from: '--standfirst' };
  if (lead) return { value: lead, from: 'lead paragraph' };
  const first = body.find((item) => item.kind === 'paragraph');
  const firstText = first ? first.texts.join(' ') : '';
  const candidates: [Found | undefined, StandfirstSource][] = [
    [page.ogDescription, 'og:description'],
    [page.metaDescription, 'meta description'],
    [page.jsonLdDescription, 'JSON-LD description'],
  ];
  for (const [candidate, from] of candidates) {
    if (!candidate || !/\p{L}/u.test(candidate.value) || candidate.value.length > MAX_DESCRIPTION_LENGTH) continue;
    // A description cut from the first paragraph means that paragraph is the lead: keep it whole.
    const start = fold(candidate.value.replace(/(?:\.\.\.|…)$/u, ''));
    if (first && start.length > 20 && fold(firstText).startsWith(start) && firstText.length <= MAX_DESCRIPTION_LENGTH) {
      return { value: firstText, from: 'lead paragraph', item: first };
    }
    return { value: candidate.value, from };
  }
  const paragraphs = body.filter((item) => item.kind === 'paragraph');
  if (first && paragraphs.length > 1 && firstText.length <= MAX_DESCRIPTION_LENGTH) {
    return { value: firstText, from: 'first paragraph', item: first };
  }
  return undefined;
}

// The article's <h1>: outside navigation and footers, not the site's name, not over-long.
function findArticleHeadline(tree: Root, page: PageMetadata, notes: string[]): string | undefined {
  const candidates: { text: string; inArticle: boolean }[] = [];
  const visit = (parent: Root | Element, inArticle: boolean) => {
    for (const child of parent.children) {
      if (child.type !== 'element' || isChromeElement(child)) continue;
      if (child.tagName === 'h1') {
        const text = toTexts(child).join(' ');
        if (/\p{L}/u.test(text)) candidates.push({ text, inArticle });
        continue;
      }
      visit(child, inArticle || child.tagName === 'article' || child.tagName === 'main');
    }
  };
  visit(tree, false);
  const siteNames = [page.publisher?.value].filter((name): name is string => !!name).map(fold);
  const usable = candidates.filter((candidate) => {
    if (siteNames.includes(fold(candidate.text))) return false;
    if (candidate.text.length > MAX_HEADLINE_LENGTH) {
      notes.push(
        `set aside an <h1> of ${candidate.text.length} characters (a headline has at most ${MAX_HEADLINE_LENGTH})`,
      );
      return false;
    }
    return true;
  });
  return (usable.find((candidate) => candidate.inArticle) ?? usable[0])?.text;
}

// A standfirst the page marks as such, in the article rather than in a teaser (chrome is gone by now).
function findLeadParagraph(tree: Root): string | undefined {
  let lead: string | undefined;
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (lead !== undefined || child.type !== 'element') continue;
      if (isStandfirstElement(child)) {
        const text = toTexts(child).join(' ');
        if (/\p{L}/u.test(text) && text.length <= MAX_DESCRIPTION_LENGTH) {
          lead = text;
          return;
        }
      }
      visit(child);
    }
  };
  visit(tree);
  return lead;
}

function isStandfirstElement(element: Element): boolean {
  if (['head', 'meta', 'html', 'body', 'main', 'article', 'section'].includes(element.tagName)) return false;
  const { className, id, itemProp } = element.properties;
  const attributes = [Array.isArray(className) ? className.join(' ') : className, id]
    .filter((value) => typeof value === 'string')
    .join(' ');
  const marked =
    (attributes !== '' && STANDFIRST_ATTRIBUTE.test(attributes)) ||
    (Array.isArray(itemProp) ? itemProp.map(String) : []).includes('description');
  return marked && !containsTag(element, 'h1') && !containsTag(element, 'img') && !containsTag(element, 'article');
}

// Readability over a DOM of the de-chromed page; its article HTML is read back through rehype.
function extractArticle(tree: Root): Item[] {
  const serialised = unified().use(rehypeStringify).stringify(tree);
  const { document } = parseHTML(serialised);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) return [];
  return collectItems(unified().use(rehypeParse, { fragment: true }).parse(article.content));
}

function removeChrome(parent: Root | Element, inArticle = false): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (isChromeElement(child)) return false;
    removeChrome(child, inArticle || child.tagName === 'article');
    // A site header is chrome; an article's own header holds its headline and is kept.
    return child.tagName !== 'header' || inArticle || containsTag(child, 'h1');
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

function collectItems(node: Root | Element): Item[] {
  const items: Item[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const kind = HEADINGS.has(child.tagName) ? 'subhead' : child.tagName === 'p' ? 'paragraph' : undefined;
      if (!kind) {
        visit(child);
        continue;
      }
      const texts = toTexts(child);
      if (texts.length > 0) items.push({ kind, texts: kind === 'subhead' ? [texts.join(' ')] : texts });
    }
  };
  visit(node);
  return items;
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

// Comparison key: case, accents, punctuation and spacing ignored.
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function containsTag(node: Root | Element, tagName: string): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (child.tagName === tagName || containsTag(child, tagName)),
  );
}
