/**
 * Metadata a saved article page states about itself, read from its HTML tree (hast): JSON-LD
 * (`NewsArticle`, `Article`…, also inside `@graph`), OpenGraph and `article:*` properties,
 * `<link rel=canonical>`, `<html lang>`, `<meta name=author|description>` and `<title>`.
 * Each value keeps the name of where it was read, so the entry can say what came from the page.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A value read from the page and where it was found, e.g. `{ value: 'Le Soir', from: 'og:site_name' }`. */
export interface Found<T = string> {
  value: T;
  from: string;
}

/** An author named by the page; organisations are desks or agencies, not people. */
export interface PageAuthor {
  name: string;
  kind: 'person' | 'organization';
}

/** Everything the page states about the article, each value absent when the page is silent. */
export interface PageMetadata {
  ogTitle?: Found;
  jsonLdHeadline?: Found;
  /** The `<title>`, as written (site suffix not removed). */
  title?: Found;
  ogDescription?: Found;
  metaDescription?: Found;
  jsonLdDescription?: Found;
  authors?: Found<PageAuthor[]>;
  /** ISO 8601 with the offset the page gave. */
  publishedAt?: Found;
  updatedAt?: Found;
  publisher?: Found;
  section?: Found;
  canonicalUrl?: Found;
  language?: Found;
  /** Values the page states but that cannot be used as they are (e.g. a date without offset). */
  ignored: string[];
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle)$/;
type JsonObject = Record<string, unknown>;

/** Reads the page's own metadata from its parsed HTML. Never throws: unreadable JSON-LD is skipped. */
export function readPageMetadata(tree: Root): PageMetadata {
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  let htmlLang: string | undefined;
  let title: string | undefined;
  const jsonLd: unknown[] = [];
  visit(tree, 'element', (element: Element) => {
    const { properties } = element;
    if (element.tagName === 'html' && typeof properties.lang === 'string') htmlLang = properties.lang.trim();
    if (element.tagName === 'title' && title === undefined) title = collapse(toString(element));
    if (element.tagName === 'meta') {
      const key = [properties.property, properties.name, properties.itemProp, properties.httpEquiv]
        .flat()
        .find((value) => typeof value === 'string' && value !== '');
      const content = typeof properties.content === 'string' ? collapse(properties.content) : '';
      // The first statement of a property wins, as crawlers read it.
      if (typeof key === 'string' && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
    }
    if (element.tagName === 'link' && canonical === undefined) {
      const rel = Array.isArray(properties.rel) ? properties.rel.map(String) : [];
      if (rel.includes('canonical') && typeof properties.href === 'string') canonical = properties.href.trim();
    }
    if (element.tagName === 'script' && String(properties.type).toLowerCase() === 'application/ld+json') {
      const parsed = parseJsonLd(toString(element));
      if (parsed !== undefined) jsonLd.push(parsed);
    }
  });

  const nodes = flattenJsonLd(jsonLd);
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'], node]));
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
      ? (byId.get(value['@id']) ?? value)
      : value;
  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.test(type)));
  const ignored: string[] = [];
  const found = (value: string | undefined, from: string): Found | undefined => (value ? { value, from } : undefined);
  const metaValue = (key: string) => found(meta.get(key), key);
  const ld = (key: string): string | undefined => {
    const value = article?.[key];
    if (typeof value === 'string') return collapse(value) || undefined;
    if (Array.isArray(value) && typeof value[0] === 'string') return collapse(value[0]) || undefined;
    return undefined;
  };

  const date = (candidates: [string | undefined, string][]): Found | undefined => {
    for (const [value, from] of candidates) {
      if (!value) continue;
      const normalised = normaliseDateTime(value);
      if (normalised) return { value: normalised, from };
      ignored.push(`${from} "${value}" is not a date-time with offset`);
    }
    return undefined;
  };

  const publisherNode = resolve(article?.publisher);
  const publisherName = isObject(publisherNode) && typeof publisherNode.name === 'string' ? publisherNode.name : '';
  const authors = readJsonLdAuthors(article?.author, resolve);
  const metaAuthors = meta.get('author') ?? meta.get('article:author');
  const pageAuthors: Found<PageAuthor[]> | undefined =
    authors.length > 0
      ? { value: authors, from: 'JSON-LD author' }
      : metaAuthors && !/^https?:/i.test(metaAuthors)
        ? {
            value: splitNames(metaAuthors).map((name) => ({ name, kind: 'person' as const })),
            from: meta.has('author') ? 'meta author' : 'article:author',
          }
        : undefined;

  const canonicalUrl = absoluteHttpUrl(canonical, meta.get('og:url'));
  const ldUrl =
    ld('url') ?? (typeof resolve(article?.mainEntityOfPage) === 'string' ? ld('mainEntityOfPage') : undefined);
  const ogLocale = meta.get('og:locale')?.replace('_', '-');

  return withoutUndefined({
    ogTitle: metaValue('og:title') ?? metaValue('twitter:title'),
    jsonLdHeadline: found(ld('headline') ?? ld('name'), 'JSON-LD headline'),
    title: found(title, '<title>'),
    ogDescription: metaValue('og:description') ?? metaValue('twitter:description'),
    metaDescription: metaValue('description'),
    jsonLdDescription: found(ld('description'), 'JSON-LD description'),
    authors: pageAuthors,
    publishedAt: date([
      [ld('datePublished'), 'JSON-LD datePublished'],
      [meta.get('article:published_time'), 'article:published_time'],
      [meta.get('datepublished'), 'itemprop datePublished'],
    ]),
    updatedAt: date([
      [ld('dateModified'), 'JSON-LD dateModified'],
      [meta.get('article:modified_time'), 'article:modified_time'],
      [meta.get('og:updated_time'), 'og:updated_time'],
      [meta.get('datemodified'), 'itemprop dateModified'],
    ]),
    publisher: found(collapse(publisherName) || undefined, 'JSON-LD publisher') ?? metaValue('og:site_name'),
    section: found(ld('articleSection'), 'JSON-LD articleSection') ?? metaValue('article:section'),
    canonicalUrl: canonicalUrl
      ? { value: canonicalUrl, from: canonical ? '<link rel=canonical>' : 'og:url' }
      : found(absoluteHttpUrl(ldUrl), 'JSON-LD url'),
    language:
      found(htmlLang || undefined, '<html lang>') ??
      found(ld('inLanguage'), 'JSON-LD inLanguage') ??
      found(ogLocale, 'og:locale') ??
      metaValue('content-language'),
    ignored,
  }) as PageMetadata;
}

/**
 * An ISO 8601 date-time with offset in the form the schema accepts (`T`, seconds optional, at most
 * milliseconds, `+hh:mm`), or undefined when the value has no time or no offset.
 */
export function normaliseDateTime(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const [, day, time, fraction, offset] = match;
  const zone =
    offset!.toUpperCase() === 'Z' ? 'Z' : `${offset!.slice(0, 3)}:${offset!.length > 3 ? offset!.slice(-2) : '00'}`;
  const result = `${day}T${time}${fraction ? `.${fraction.slice(0, 3)}` : ''}${zone}`;
  return Number.isNaN(Date.parse(result)) ? undefined : result;
}

/** The `@type`s of a JSON-LD node. */
function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function parseJsonLd(text: string): unknown {
  // Some CMSs wrap the JSON in a CDATA section or an HTML comment.
  const cleaned = text
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function flattenJsonLd(values: unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) add(value['@graph']);
    }
  };
  values.forEach(add);
  return nodes;
}

function readJsonLdAuthors(value: unknown, resolve: (value: unknown) => unknown): PageAuthor[] {
  const authors: PageAuthor[] = [];
  for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
    const node = resolve(item);
    if (typeof node === 'string') {
      authors.push(...splitNames(node).map((name) => ({ name, kind: 'person' as const })));
    } else if (isObject(node) && typeof node.name === 'string' && collapse(node.name)) {
      const kind = types(node).some((type) => /Organi[sz]ation|NewsMediaOrganization|Corporation/.test(type))
        ? 'organization'
        : 'person';
      authors.push({ name: collapse(node.name), kind });
    }
  }
  return authors.filter((author, i) => authors.findIndex((other) => other.name === author.name) === i);
}

// "Anne Dupont, Marc Leroy et Julie Martin" → three names.
function splitNames(text: string): string[] {
  return collapse(text)
    .replace(/^(?:par|by)\s+/i, '')
    .split(/\s*(?:,|;|\bet\b|\band\b|&)\s*/u)
    .map((name) => name.trim())
    .filter((name) => /\p{L}/u.test(name));
}

function absoluteHttpUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
