/**
 * Structured data and head tags on every page type, as a search engine reads them: JSON-LD that
 * parses and says what the visible page says (headline, breadcrumb, topics, listed stories),
 * images and logos that resolve to PNGs of the declared size, canonical and OpenGraph tags.
 * Visible text is read in Chromium; head tags and JSON-LD from the served HTML.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Root } from 'hast';
import { getSiteUrl } from '../src/site.config.ts';
import { findElements, getFileOfPath, parseHtml } from './builds/support/dist-files.ts';
import { expect, test } from './support/fixtures.ts';
import {
  getJsonLd,
  getJsonLdOfType,
  getLinks,
  getMetaContent,
  getMetaContents,
  isIndexable,
  toSitePath,
  ZONED_DATE_TIME,
  type JsonLd,
} from './support/page-head.ts';
import { DIST_DIR, LEAD_STORY_PATH, PAGE_PATHS, SEARCH_PATH } from './support/site.ts';

/** Public origin the build was made for (the same `SITE_URL` the build read). */
const SITE_URL = getSiteUrl();
const SITE_NAME = 'Vigie';

function toAbsolute(path: string): string {
  return new URL(path, SITE_URL).href;
}

function readTree(path: string): Root {
  const file = getFileOfPath(DIST_DIR, path);
  if (!file) throw new Error(`the build has no page at ${path}`);
  return parseHtml(readFileSync(file, 'utf8'));
}

const ARTICLE_PATHS = PAGE_PATHS.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
/** The first background brief of the build (its `<article data-kind="brief">`). */
const BRIEF_PATH = ARTICLE_PATHS.find(
  (path) =>
    findElements(readTree(path), (e) => e.tagName === 'article' && e.properties.dataKind === 'brief').length > 0,
);
/** The first topic page in path order. */
const TOPIC_PATH = PAGE_PATHS.find((path) => /^\/sujets\/[^/]+\/$/.test(path));

type PageKind = 'home' | 'article' | 'topic' | 'topic-index' | 'about' | 'search';

interface PageCase {
  label: string;
  path: string;
  kind: PageKind;
  /** JSON-LD types the page must carry. */
  types: string[];
  /** Whether the page shows a breadcrumb trail (and so must carry a BreadcrumbList). */
  breadcrumbs: boolean;
  /** The decision for this page: searchable, or kept out with noindex (and out of the sitemap). */
  indexable: boolean;
}

const PAGES: PageCase[] = [
  {
    label: 'home',
    path: '/',
    kind: 'home',
    types: ['WebSite', 'NewsMediaOrganization'],
    breadcrumbs: false,
    indexable: true,
  },
  {
    label: 'lead story',
    path: LEAD_STORY_PATH,
    kind: 'article',
    types: ['NewsArticle', 'BreadcrumbList'],
    breadcrumbs: true,
    indexable: true,
  },
  {
    label: 'brief',
    path: BRIEF_PATH ?? '(no brief in the build)',
    kind: 'article',
    types: ['NewsArticle', 'BreadcrumbList'],
    breadcrumbs: true,
    indexable: true,
  },
  {
    label: 'topic page',
    path: TOPIC_PATH ?? '(no topic page in the build)',
    kind: 'topic',
    types: ['CollectionPage', 'BreadcrumbList'],
    breadcrumbs: true,
    indexable: true,
  },
  {
    label: 'topic index',
    path: '/sujets/',
    kind: 'topic-index',
    types: ['CollectionPage', 'BreadcrumbList'],
    breadcrumbs: true,
    indexable: true,
  },
  { label: 'about', path: '/a-propos/', kind: 'about', types: [], breadcrumbs: false, indexable: true },
  // Search results are not content: the page says noindex and stays out of the sitemap.
  { label: 'search', path: SEARCH_PATH, kind: 'search', types: [], breadcrumbs: false, indexable: false },
];

/** Opens `path` and returns the served HTML parsed, for head tags and JSON-LD. */
async function open(page: Page, path: string): Promise<Root> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} must be built`).toBe(200);
  return parseHtml(await response!.text());
}

/** Visible text of the first element matching `selector`, HTML whitespace collapsed (no-break spaces kept). */
async function getVisibleText(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  await expect(locator, selector).toBeVisible();
  return ((await locator.textContent()) ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function readPngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
  ) {
    throw new Error(`not a PNG (starts with ${bytes.subarray(0, 16).toString('hex')})`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fetches an image URL of the site (a built file, 200 from the preview server) and returns its PNG size. */
async function getPngSize(request: APIRequestContext, url: string): Promise<{ width: number; height: number }> {
  const path = toSitePath(url, SITE_URL);
  expect(getFileOfPath(DIST_DIR, path), `${url} has no file in the build`).toBeDefined();
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  expect(response.headers()['content-type'], path).toBe('image/png');
  return readPngSize(await response.body());
}

/** `@id` of a `mainEntityOfPage`, written as a URL or as a WebPage object. */
function getEntityId(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as JsonLd)['@id'] : value;
}

test('the build has a brief and a topic page to test', () => {
  expect(BRIEF_PATH).toBeDefined();
  expect(TOPIC_PATH).toBeDefined();
});

test('every JSON-LD block of every built page parses as JSON', () => {
  const broken: string[] = [];
  for (const path of PAGE_PATHS) {
    try {
      getJsonLd(readTree(path));
    } catch (error) {
      broken.push(`${path}: ${(error as Error).message}`);
    }
  }
  expect(broken).toEqual([]);
});

for (const pageCase of PAGES) {
  test.describe(`${pageCase.label} (${pageCase.path})`, () => {
    test('JSON-LD parses, names schema.org and carries the expected types', async ({ page }) => {
      const documents = getJsonLd(await open(page, pageCase.path));
      for (const doc of documents) {
        expect(doc['@context']).toBe('https://schema.org');
        expect(typeof doc['@type']).toBe('string');
      }
      expect(documents.map((doc) => doc['@type'])).toEqual(expect.arrayContaining(pageCase.types));
    });

    test('head: robots, canonical, OpenGraph type, locale and article tags', async ({ page }) => {
      const tree = await open(page, pageCase.path);
      const url = toAbsolute(pageCase.path);
      expect(isIndexable(tree), 'robots meta').toBe(pageCase.indexable);
      const canonicals = getLinks(tree, 'canonical').map((link) => link.href);
      if (pageCase.indexable) {
        expect(getMetaContent(tree, 'robots')).toContain('max-image-preview:large');
        expect(canonicals, 'one absolute canonical: the page URL with its trailing slash').toEqual([url]);
        expect(getMetaContent(tree, 'og:url')).toBe(url);
      } else {
        // A canonical would contradict the noindex for crawlers.
        expect(canonicals).toEqual([]);
      }
      expect(getMetaContent(tree, 'og:locale')).toBe('fr_BE');
      expect(getMetaContent(tree, 'og:site_name')).toBe(SITE_NAME);
      expect(getMetaContent(tree, 'og:title')).toBeTruthy();
      expect(getMetaContent(tree, 'og:description')).toBe(getMetaContent(tree, 'description'));

      const articleTags = ['article:published_time', 'article:modified_time', 'article:section', 'article:tag'];
      if (pageCase.kind === 'article') {
        expect(getMetaContent(tree, 'og:type')).toBe('article');
        expect(getMetaContent(tree, 'article:published_time')).toMatch(ZONED_DATE_TIME);
        expect(getMetaContent(tree, 'article:modified_time')).toMatch(ZONED_DATE_TIME);
        const topics = await page.locator('.article__topics a').allTextContents();
        expect(topics.length).toBeGreaterThan(0);
        expect(getMetaContent(tree, 'article:section')).toBe(topics[0]);
        expect(getMetaContents(tree, 'article:tag')).toEqual(topics);
      } else {
        expect(getMetaContent(tree, 'og:type')).toBe('website');
        expect(articleTags.flatMap((key) => getMetaContents(tree, key))).toEqual([]);
      }
    });

    test('social card: og:image with its alternative text, a PNG of the declared size, shown large on Twitter', async ({
      page,
      request,
    }) => {
      const tree = await open(page, pageCase.path);
      const image = getMetaContent(tree, 'og:image');
      expect(image, 'og:image').toBeDefined();
      expect(getMetaContent(tree, 'og:image:alt'), 'og:image:alt').toBeTruthy();
      const size = await getPngSize(request, image!);
      expect({
        width: getMetaContent(tree, 'og:image:width'),
        height: getMetaContent(tree, 'og:image:height'),
      }).toEqual({
        width: String(size.width),
        height: String(size.height),
      });
      expect(getMetaContent(tree, 'twitter:card')).toBe('summary_large_image');
    });

    test(
      pageCase.breadcrumbs
        ? 'BreadcrumbList repeats the visible breadcrumb, in order'
        : 'no breadcrumb shown, no BreadcrumbList',
      async ({ page }) => {
        const tree = await open(page, pageCase.path);
        const lists = getJsonLdOfType(tree, 'BreadcrumbList');
        const trail = page.getByRole('navigation', { name: "Fil d'Ariane", exact: true });
        if (!pageCase.breadcrumbs) {
          await expect(trail).toHaveCount(0);
          expect(lists).toEqual([]);
          return;
        }
        await expect(trail).toBeVisible();
        const visible = await trail.locator('li').evaluateAll((items) =>
          items.map((li) => {
            const link = li.querySelector('a');
            return {
              name: (li.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim(),
              href: link ? link.getAttribute('href') : null,
            };
          }),
        );
        expect(visible.length).toBeGreaterThan(1);
        // The last crumb is the page itself, shown as text.
        expect(visible.at(-1)!.href).toBeNull();
        expect(lists).toHaveLength(1);
        expect(lists[0]!.itemListElement).toEqual(
          visible.map((crumb, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            name: crumb.name,
            item: toAbsolute(crumb.href ?? pageCase.path),
          })),
        );
      },
    );
  });
}

for (const pageCase of PAGES.filter((p) => p.kind === 'article')) {
  test(`${pageCase.label}: NewsArticle says what the page shows`, async ({ page, request }) => {
    const tree = await open(page, pageCase.path);
    const articles = getJsonLdOfType(tree, 'NewsArticle');
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    const url = toAbsolute(pageCase.path);

    expect(article.headline).toBe(await getVisibleText(page, 'h1'));
    expect(article.description).toBe(await getVisibleText(page, '.article__standfirst'));
    expect(article.description).toBe(getMetaContent(tree, 'description'));

    expect(article.datePublished).toMatch(ZONED_DATE_TIME);
    expect(article.dateModified).toMatch(ZONED_DATE_TIME);
    expect(article.datePublished).toBe(getMetaContent(tree, 'article:published_time'));
    expect(article.dateModified).toBe(getMetaContent(tree, 'article:modified_time'));
    expect(article.datePublished).toBe(await page.locator('.byline time').getAttribute('datetime'));
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));

    // The byline says « Par la rédaction de Vigie »: the desk's article is lower-cased after « Par ».
    const byline = (await getVisibleText(page, '.byline__names')).toLowerCase();
    expect(Array.isArray(article.author) && article.author.length > 0).toBe(true);
    for (const author of article.author as JsonLd[]) {
      expect(author['@type']).toBe('Person');
      expect(byline, 'each author is credited on the page').toContain(String(author.name).toLowerCase());
      expect(article.creditText).toContain(author.name);
    }

    expect(article.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: SITE_NAME,
      url: toAbsolute('/'),
    });
    const logo = await getPngSize(request, article.publisher.logo.url);
    expect(logo).toEqual({ width: article.publisher.logo.width, height: article.publisher.logo.height });

    expect(getEntityId(article.mainEntityOfPage)).toBe(url);
    expect(getLinks(tree, 'canonical').map((link) => link.href)).toEqual([url]);
    expect(article.inLanguage).toBe('fr-BE');

    const topics = await page.locator('.article__topics a').allTextContents();
    expect(topics.length).toBeGreaterThan(0);
    expect(article.articleSection).toBe(topics[0]);
    // Topics are `Thing`s; people and organisations the headline names follow them.
    expect(
      (article.about as JsonLd[]).filter((thing) => thing['@type'] === 'Thing').map((thing) => thing.name),
    ).toEqual(topics);
    expect(String(article.keywords).split(', ')).toEqual(topics);

    const images = ([] as string[]).concat(article.image ?? []);
    expect(images).toHaveLength(1);
    expect(images[0]).toBe(getMetaContent(tree, 'og:image'));
    expect(await getPngSize(request, images[0]!)).toEqual({ width: 1200, height: 630 });

    const sourceLinks = page.locator('.article__source a');
    if (pageCase.path === LEAD_STORY_PATH) {
      await expect(sourceLinks).toHaveCount(1);
      const original = await sourceLinks.getAttribute('href');
      expect(original).toMatch(/^https:\/\/www\.rtl\.be\//);
      expect(article.isBasedOn).toBe(original);
    } else {
      await expect(sourceLinks).toHaveCount(0);
      expect(article.isBasedOn).toBeUndefined();
    }
  });
}

test('topic page: CollectionPage lists the stories the page shows, in order', async ({ page }) => {
  const path = TOPIC_PATH!;
  const tree = await open(page, path);
  const collections = getJsonLdOfType(tree, 'CollectionPage');
  expect(collections).toHaveLength(1);
  const collection = collections[0]!;
  expect(collection.url).toBe(toAbsolute(path));
  expect(collection['@id']).toBe(toAbsolute(path));
  expect(collection.inLanguage).toBe('fr-BE');
  expect(collection.description).toBe(getMetaContent(tree, 'description'));
  expect(collection.name).toContain(await getVisibleText(page, 'h1'));
  const shown = await page
    .locator('section[aria-labelledby="topic-stories"] .story-card__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(shown.length).toBeGreaterThan(0);
  expect(collection.mainEntity.itemListElement).toEqual(
    shown.map((href, index) => ({ '@type': 'ListItem', position: index + 1, url: toAbsolute(href) })),
  );
});

test('home: WebSite and its publisher, a NewsMediaOrganization with a logo that resolves', async ({
  page,
  request,
}) => {
  const tree = await open(page, '/');
  const [site] = getJsonLdOfType(tree, 'WebSite');
  const [organisation] = getJsonLdOfType(tree, 'NewsMediaOrganization');
  expect(site).toMatchObject({ name: SITE_NAME, url: toAbsolute('/'), inLanguage: 'fr-BE' });
  expect(organisation).toMatchObject({ name: SITE_NAME, url: toAbsolute('/') });
  expect(organisation!['@id']).toBeTruthy();
  expect(site!.publisher['@id']).toBe(organisation!['@id']);
  const logo = await getPngSize(request, organisation!.logo.url);
  expect(logo).toEqual({ width: organisation!.logo.width, height: organisation!.logo.height });
});
