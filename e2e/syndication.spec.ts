/**
 * Syndication and search-engine indexing over the built site, as a feed reader and a crawler see
 * it: every RSS feed parsed and compared with the pages it announces, the sitemaps compared with
 * the pages that are built, robots.txt. No browser: files are read from DIST_DIR and every URL is
 * resolved both to a built file and through the preview server.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { getSiteUrl } from '../src/site.config.ts';
import { findElements, getFileOfPath, hasClass, parseHtml } from './builds/support/dist-files.ts';
import { SCHEMA_DIR, validateWithSchema } from './builds/support/xml-schema.ts';
import {
  getJsonLdOfType,
  getLinks,
  getMetaContent,
  getModifiedTime,
  getText,
  isIndexable,
  toSitePath,
} from './support/page-head.ts';
import { getCaptureSentences, normalizeForComparison } from './support/seed.ts';
import { DIST_DIR, LEAD_STORY_PATH, PAGE_PATHS, readLeadStorySeed } from './support/site.ts';

/** Public origin the build was made for (the same `SITE_URL` the build read). */
const SITE_URL = getSiteUrl();
/** The limit on the number of items of a feed. */
const FEED_MAX_ITEMS = 50;
const SITE_FEED_PATH = '/rss.xml';
/** RFC 822 date as RSS 2.0 requires (`Fri, 06 Jan 2017 18:00:00 GMT`). */
const RFC_822_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

function toAbsolute(path: string): string {
  return new URL(path, SITE_URL).href;
}

const trees = new Map<string, Root>();

/** The built page at site path `path`, parsed once per worker. */
function readTree(path: string): Root {
  let tree = trees.get(path);
  if (!tree) {
    const file = getFileOfPath(DIST_DIR, path);
    if (!file) throw new Error(`the build has no page at ${path}`);
    tree = parseHtml(readFileSync(file, 'utf8'));
    trees.set(path, tree);
  }
  return tree;
}

/** The one element of `tree` passing `test`; throws naming `what` otherwise. */
function findOne(tree: Root | Element, test: (element: Element) => boolean, what: string): Element {
  const found = findElements(tree, test);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0]!;
}

function byClass(className: string) {
  return (element: Element) => hasClass(element, className);
}

/** A built article page as its reader sees it: what its feed items must repeat. */
interface ArticlePage {
  path: string;
  url: string;
  /** Visible h1 text. */
  title: string;
  /** Visible standfirst text. */
  standfirst: string;
  /** Visible text of the article body, whitespace runs collapsed. */
  bodyText: string;
  published: Date;
  modified: Date;
  /** Names of the credited people or desks (NewsArticle authors). */
  credits: string[];
  /** The story's topics as its page links them, in order. */
  topics: { name: string; path: string }[];
}

/** A copy of `element` without the descendants of class `name`. */
function withoutClass(element: Element, name: string): Element {
  const copy = structuredClone(element);
  visit(copy, 'element', (node, index, parent) => {
    if (parent && index !== undefined && hasClass(node, name)) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return copy;
}

function readArticle(path: string): ArticlePage {
  const tree = readTree(path);
  const published = getMetaContent(tree, 'article:published_time');
  if (!published) throw new Error(`${path} has no article:published_time`);
  const [newsArticle] = getJsonLdOfType(tree, 'NewsArticle');
  if (!newsArticle) throw new Error(`${path} has no NewsArticle`);
  const topicNav = findOne(tree, byClass('article__topics'), `topic list on ${path}`);
  return {
    path,
    url: toAbsolute(path),
    title: getText(findOne(tree, (e) => e.tagName === 'h1', `h1 on ${path}`)),
    standfirst: getText(findOne(tree, byClass('article__standfirst'), `standfirst on ${path}`)),
    // The story's text: « Repère » notes are links Vigie puts between its paragraphs, not the story.
    bodyText: getText(withoutClass(findOne(tree, byClass('article__body'), `body on ${path}`), 'context-notes')),
    published: new Date(published),
    modified: getModifiedTime(tree),
    credits: (newsArticle.author as { name: string }[]).map((author) => author.name),
    topics: findElements(topicNav, (e) => e.tagName === 'a').map((a) => ({
      name: getText(a),
      path: String(a.properties.href),
    })),
  };
}

const ARTICLES: readonly ArticlePage[] = PAGE_PATHS.filter((path) => /^\/articles\/[^/]+\/$/.test(path)).map(
  readArticle,
);
const ARTICLE_BY_URL = new Map(ARTICLES.map((article) => [article.url, article]));
/** Topic listing pages, first pages only: `/sujets/<slug>/`. */
const TOPIC_PATHS = PAGE_PATHS.filter((path) => /^\/sujets\/[^/]+\/$/.test(path));
/** Every topic listing page, later pages included. */
const TOPIC_LISTING_PATHS = PAGE_PATHS.filter((path) => /^\/sujets\/[^/]+\/(page\/\d+\/)?$/.test(path));
const TOPIC_FEED_PATHS = readdirSync(join(DIST_DIR, 'sujets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && getFileOfPath(DIST_DIR, `/sujets/${entry.name}/rss.xml`))
  .map((entry) => `/sujets/${entry.name}/rss.xml`)
  .sort();
const FEED_PATHS = [SITE_FEED_PATH, ...TOPIC_FEED_PATHS];

/** The page a feed mirrors: `/rss.xml` → `/`, `/sujets/x/rss.xml` → `/sujets/x/`. */
function getFeedPagePath(feedPath: string): string {
  return feedPath.replace(/rss\.xml$/, '');
}

/** Every story a feed may hold before the size cut: all of them, or those linking to the feed's topic. */
function getFeedCandidates(feedPath: string): ArticlePage[] {
  const topicPath = feedPath === SITE_FEED_PATH ? undefined : getFeedPagePath(feedPath);
  return ARTICLES.filter((a) => !topicPath || a.topics.some((t) => t.path === topicPath));
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink'?: string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator'?: string[];
  category?: string[];
  'atom:updated'?: string;
}

interface RssChannel {
  title: string;
  link: string;
  description: string;
  language?: string;
  'atom:link'?: { '@_href': string; '@_rel': string; '@_type'?: string }[];
  lastBuildDate?: string;
  image?: { url: string; title: string; link: string; width?: string; height?: string };
  item?: RssItem[];
}

const rssParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  // Lists stay lists even with one element, so a missing second creator or category is visible.
  isArray: (_name, jpath) =>
    ['rss.channel.item', 'rss.channel.atom:link', 'rss.channel.item.category', 'rss.channel.item.dc:creator'].includes(
      String(jpath),
    ),
});

function readFeed(feedPath: string): { version: string; channel: RssChannel; items: RssItem[] } {
  const text = readFileSync(join(DIST_DIR, feedPath), 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${feedPath} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const rss = rssParser.parse(text).rss as { '@_version': string; channel: RssChannel };
  return { version: rss['@_version'], channel: rss.channel, items: rss.channel.item ?? [] };
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Text of an HTML fragment (feed descriptions and content are HTML), whitespace runs collapsed. */
function getHtmlText(html: string): string {
  return getText(fragmentParser.parse(html) as Root);
}

/** hast properties holding URLs (`srcSet` holds a list of candidates). */
const URL_PROPERTIES = [
  'href',
  'src',
  'srcSet',
  'poster',
  'cite',
  'action',
  'formAction',
  'data',
  'longDesc',
  'background',
  'ping',
  'xLinkHref',
];
/** Elements a feed reader could run or that change how the rest is read. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'base']);

/**
 * What is wrong with a `content:encoded` fragment for a feed reader, which has no base URL and
 * must run nothing: relative URLs, executable elements and `on*` attributes. Empty when clean.
 */
function findFeedHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  visit(fragmentParser.parse(html), 'element', (element: Element) => {
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`<${element.tagName} ${name}>`);
      if (!URL_PROPERTIES.includes(name) || value === undefined || value === null) continue;
      const urls =
        name === 'srcSet'
          ? (Array.isArray(value) ? value : [value]).map((c) => String(c).trim().split(/\s+/)[0]!)
          : [String(value)];
      for (const url of urls) {
        // Absolute means a scheme a reader can follow without a base: a path, `//host` or `#x` is not.
        if (!/^(https?:\/\/[^/]|mailto:)/i.test(url)) problems.push(`<${element.tagName} ${name}="${url}">`);
      }
    }
  });
  return problems;
}

/** Asserts that `url` is a file of the build and answers 200 from the preview server. */
async function expectResolves(request: APIRequestContext, url: string, what: string): Promise<APIResponse> {
  const path = toSitePath(url, SITE_URL);
  expect(getFileOfPath(DIST_DIR, path), `${what}: ${url} has no file in the build`).toBeDefined();
  const response = await request.get(path);
  expect(response.status(), `${what}: GET ${path}`).toBe(200);
  return response;
}

test('the build has articles, topic pages and one feed per topic page', () => {
  expect(ARTICLES.length).toBeGreaterThan(1);
  expect(TOPIC_PATHS.length).toBeGreaterThan(1);
  expect(TOPIC_FEED_PATHS).toEqual(TOPIC_PATHS.map((path) => `${path}rss.xml`));
});

test.describe('feeds', () => {
  for (const feedPath of FEED_PATHS) {
    test.describe(feedPath, () => {
      test('is RSS 2.0 in fr-BE with its self link, image and last change date', async ({ request }) => {
        const { version, channel, items } = readFeed(feedPath);
        expect(version).toBe('2.0');
        expect(channel.language).toBe('fr-BE');
        expect(channel.title).toBeTruthy();
        expect(channel.description).toBeTruthy();
        expect(channel.link).toBe(toAbsolute(getFeedPagePath(feedPath)));
        expect(channel['atom:link']).toEqual([
          expect.objectContaining({ '@_rel': 'self', '@_href': toAbsolute(feedPath), '@_type': 'application/rss+xml' }),
        ]);

        // Every feed of this build has items; the empty case is covered by e2e/builds/updates.test.ts.
        expect(items.length).toBeGreaterThan(0);
        const newestChange = Math.max(...items.map((item) => ARTICLE_BY_URL.get(item.link)?.modified.getTime() ?? NaN));
        expect(channel.lastBuildDate).toMatch(RFC_822_DATE);
        expect(Date.parse(channel.lastBuildDate ?? ''), 'lastBuildDate is the newest change among the items').toBe(
          newestChange,
        );

        expect(channel.image).toMatchObject({ title: channel.title, link: channel.link });
        const image = await expectResolves(request, channel.image!.url, 'channel image');
        expect(image.headers()['content-type']).toMatch(/^image\//);
      });

      test('lists the newest stories of its page, newest first, at most 50', () => {
        const { items } = readFeed(feedPath);
        const candidates = getFeedCandidates(feedPath);
        expect(candidates.length, 'stories the feed mirrors').toBeGreaterThan(0);
        expect(items.length).toBe(Math.min(FEED_MAX_ITEMS, candidates.length));
        const dates = items.map((item) => Date.parse(item.pubDate));
        expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
        const listed = new Set(items.map((item) => item.link));
        expect(
          [...listed].filter((link) => !candidates.some((c) => c.url === link)),
          'items that are not stories of this page',
        ).toEqual([]);
        expect(listed.size, 'each story once').toBe(items.length);
        // Ties at the cut aside, no story left out may be newer than the oldest one kept.
        const oldestKept = Math.min(...dates);
        expect(
          candidates.filter((c) => !listed.has(c.url) && c.published.getTime() > oldestKept).map((c) => c.path),
        ).toEqual([]);
      });

      test('describes each story as its page does', () => {
        const { items } = readFeed(feedPath);
        for (const item of items) {
          const article = ARTICLE_BY_URL.get(item.link);
          expect(article, `${item.link} is an article page of the build`).toBeDefined();
          const label = article!.path;
          expect(item.title, label).toBe(article!.title);
          expect(item.guid, label).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
          expect(item.pubDate, label).toMatch(RFC_822_DATE);
          expect(Date.parse(item.pubDate), `${label}: pubDate is the first publication`).toBe(
            article!.published.getTime(),
          );
          expect(getHtmlText(item.description), `${label}: description is the standfirst`).toBe(article!.standfirst);
          expect(item['dc:creator'], `${label}: one dc:creator per credit`).toEqual(article!.credits);
          expect(item.category, `${label}: one category per topic`).toEqual(article!.topics.map((t) => t.name));
          const updated = article!.modified.getTime() !== article!.published.getTime();
          expect(
            item['atom:updated'] === undefined ? undefined : Date.parse(item['atom:updated']),
            `${label}: atom:updated only after an update`,
          ).toBe(updated ? article!.modified.getTime() : undefined);
        }
      });

      test('carries each story’s full text, with absolute URLs and nothing executable', () => {
        const { items } = readFeed(feedPath);
        for (const item of items) {
          const article = ARTICLE_BY_URL.get(item.link)!;
          const html = item['content:encoded'];
          expect(findFeedHtmlProblems(html), `${article.path}: content:encoded`).toEqual([]);
          const text = getHtmlText(html);
          expect(text, `${article.path}: content:encoded has the page's body text`).toContain(article.bodyText);
          expect(
            text.startsWith(article.standfirst),
            `${article.path}: content:encoded opens with the standfirst`,
          ).toBe(true);
          for (const name of article.credits) {
            expect(text.toLowerCase(), `${article.path}: content:encoded credits ${name}`).toContain(
              name.toLowerCase(),
            );
          }
        }
      });

      test('every item link and guid resolves to a built page', async ({ request }) => {
        const { items } = readFeed(feedPath);
        for (const item of items) {
          await expectResolves(request, item.link, 'item link');
          await expectResolves(request, item.guid['#text'], 'item guid');
        }
      });
    });
  }

  test('the site feed carries the text of the lead story’s original', () => {
    const { items } = readFeed(SITE_FEED_PATH);
    const lead = items.find((item) => item.link === toAbsolute(LEAD_STORY_PATH));
    expect(lead, 'the lead story is in the site feed').toBeDefined();
    const content = normalizeForComparison(getHtmlText(lead!['content:encoded']));
    // The headline and standfirst have their own elements; every other sentence is body text.
    const titleAndStandfirst = normalizeForComparison(`${lead!.title} ${getHtmlText(lead!.description)}`);
    const bodySentences = getCaptureSentences(readLeadStorySeed()).filter(
      (sentence) => !titleAndStandfirst.includes(sentence),
    );
    expect(bodySentences.length).toBeGreaterThan(15);
    expect(
      bodySentences.filter((sentence) => !content.includes(sentence)),
      'sentences of the original missing from content:encoded',
    ).toEqual([]);
  });

  test('the lead story’s item names RTL INFO and links the original inside content:encoded', () => {
    for (const feedPath of FEED_PATHS) {
      const item = readFeed(feedPath).items.find((i) => i.link === toAbsolute(LEAD_STORY_PATH));
      if (!item) continue;
      const html = item['content:encoded'];
      const tree = fragmentParser.parse(html) as Root;
      const links: string[] = [];
      visit(tree, 'element', (element: Element) => {
        if (element.tagName === 'a') links.push(String(element.properties.href));
      });
      expect(getHtmlText(html), feedPath).toMatch(/Par Martin Vachiery et Steve Damman .*· RTL INFO ·/);
      expect(getHtmlText(html), feedPath).toContain('Article publié initialement par RTL INFO');
      expect(
        links.some((href) => href.startsWith('https://www.rtl.be/')),
        `${feedPath}: link to the original`,
      ).toBe(true);
    }
  });

  test('a corrected brief carries atom:updated and its correction in the feed', () => {
    const { items } = readFeed(SITE_FEED_PATH);
    const corrected = items.filter((item) => getHtmlText(item['content:encoded']).includes('Corrigé le'));
    expect(corrected.length, 'items with a correction').toBeGreaterThan(0);
    for (const item of corrected) {
      expect(item['atom:updated'], item.link).toBeDefined();
      expect(Date.parse(item['atom:updated']!)).toBeGreaterThan(Date.parse(item.pubDate));
    }
  });

  test('the home page announces the site feed', async ({ request }) => {
    const feeds = getLinks(readTree('/'), 'alternate').filter((link) => link.type === 'application/rss+xml');
    expect(feeds.map((link) => link.href)).toEqual([toAbsolute(SITE_FEED_PATH)]);
    expect(feeds[0]!.title).toBeTruthy();
    const response = await expectResolves(request, feeds[0]!.href, 'home feed link');
    expect(response.headers()['content-type']).toMatch(/xml/);
  });

  for (const path of TOPIC_LISTING_PATHS) {
    test(`${path} announces its topic feed, then the site feed`, async ({ request }) => {
      const topicFeed = `${path.replace(/page\/\d+\/$/, '')}rss.xml`;
      const feeds = getLinks(readTree(path), 'alternate').filter((link) => link.type === 'application/rss+xml');
      expect(feeds.map((link) => link.href)).toEqual([toAbsolute(topicFeed), toAbsolute(SITE_FEED_PATH)]);
      for (const feed of feeds) {
        expect(feed.title, feed.href).toBeTruthy();
        const response = await expectResolves(request, feed.href, `feed link of ${path}`);
        expect(response.headers()['content-type']).toMatch(/xml/);
      }
    });
  }
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

const sitemapParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

function readSitemapUrls(): SitemapUrl[] {
  return (sitemapParser.parse(readFileSync(join(DIST_DIR, 'sitemap-0.xml'), 'utf8')).urlset.url ?? []) as SitemapUrl[];
}

function readSitemapIndex(): SitemapUrl[] {
  return (sitemapParser.parse(readFileSync(join(DIST_DIR, 'sitemap-index.xml'), 'utf8')).sitemapindex.sitemap ??
    []) as SitemapUrl[];
}

/** Every content date of the build: the last change of each article. */
const CONTENT_DATES = new Set(ARTICLES.map((a) => a.modified.getTime()));
const NEWEST_CONTENT_DATE = Math.max(...CONTENT_DATES);

/** When the pages were written, widened by ten minutes each side: a lastmod in it is the build clock. */
function getBuildWindow(): { from: number; to: number } {
  const times = PAGE_PATHS.map((path) => statSync(getFileOfPath(DIST_DIR, path)!).mtimeMs);
  return { from: Math.min(...times) - 600_000, to: Math.max(...times) + 600_000 };
}

test.describe('sitemaps', () => {
  test('the sitemap index lists sitemap-0.xml, and the news sitemap only when it lists a story', async ({
    request,
  }) => {
    const locs = readSitemapIndex().map((entry) => entry.loc);
    const newsFile = join(DIST_DIR, 'news-sitemap.xml');
    // An empty urlset fails sitemap.xsd: the build publishes the news sitemap only with stories in it.
    const hasNews = existsSync(newsFile);
    if (hasNews) expect(readFileSync(newsFile, 'utf8')).toContain('<url>');
    expect([...locs].sort()).toEqual([
      ...(hasNews ? [toAbsolute('/news-sitemap.xml')] : []),
      toAbsolute('/sitemap-0.xml'),
    ]);
    for (const loc of locs) await expectResolves(request, loc, 'sitemap');
  });

  test('sitemap-0.xml lists every indexable page exactly once, at its canonical URL, and nothing else', () => {
    const locs = readSitemapUrls().map((url) => url.loc);
    expect(
      locs.filter((loc, index) => locs.indexOf(loc) !== index),
      'URLs listed twice',
    ).toEqual([]);
    const indexable = PAGE_PATHS.filter((path) => isIndexable(readTree(path)));
    const excluded = PAGE_PATHS.filter((path) => !indexable.includes(path));
    // The rule is exercised both ways: the 404 page says noindex and must be left out.
    expect(excluded).toContain('/404.html');
    expect(locs.map((loc) => toSitePath(loc, SITE_URL)).sort(), 'sitemap URLs = indexable pages').toEqual(
      [...indexable].sort(),
    );
    for (const loc of locs) {
      const canonical = getLinks(readTree(toSitePath(loc, SITE_URL)), 'canonical').map((link) => link.href);
      expect(canonical, `canonical of ${loc}`).toEqual([loc]);
    }
  });

  test('each article’s lastmod is its article:modified_time', () => {
    const lastmods = new Map(readSitemapUrls().map((url) => [url.loc, url.lastmod]));
    for (const article of ARTICLES) {
      expect(Date.parse(lastmods.get(article.url) ?? ''), article.path).toBe(article.modified.getTime());
    }
  });

  test('each topic page’s lastmod is the newest change among the stories it lists', () => {
    const lastmods = new Map(readSitemapUrls().map((url) => [url.loc, url.lastmod]));
    for (const path of TOPIC_LISTING_PATHS) {
      // Dated stories are in the timeline, the others in the story list; a topic may have only one of them.
      const lists = findElements(
        readTree(path),
        (e) =>
          e.tagName === 'section' &&
          ['topic-stories', 'chronology-title'].includes(String(e.properties.ariaLabelledBy)),
      );
      expect(lists.length, `${path} has a story list or a timeline`).toBeGreaterThan(0);
      const listed = lists
        .flatMap((list) => findElements(list, (e) => e.tagName === 'a'))
        .map((a) => ARTICLE_BY_URL.get(toAbsolute(String(a.properties.href))));
      expect(listed.length, path).toBeGreaterThan(0);
      expect(listed.every(Boolean), `${path} links only to built articles`).toBe(true);
      const newest = Math.max(...listed.map((a) => a!.modified.getTime()));
      expect(Date.parse(lastmods.get(toAbsolute(path)) ?? ''), path).toBe(newest);
    }
  });

  test('the home page and the topic index carry the newest change of the site', () => {
    const lastmods = new Map(readSitemapUrls().map((url) => [url.loc, url.lastmod]));
    expect(Date.parse(lastmods.get(toAbsolute('/')) ?? '')).toBe(NEWEST_CONTENT_DATE);
    expect(Date.parse(lastmods.get(toAbsolute('/sujets/')) ?? '')).toBe(NEWEST_CONTENT_DATE);
  });

  test('every lastmod is a content date, never the build time', () => {
    const window = getBuildWindow();
    const sitemap0 = readSitemapIndex().find((entry) => entry.loc === toAbsolute('/sitemap-0.xml'));
    expect(Date.parse(sitemap0?.lastmod ?? ''), 'lastmod of sitemap-0.xml in the index').toBe(NEWEST_CONTENT_DATE);
    const dated = [...readSitemapUrls(), ...readSitemapIndex()].filter((url) => url.lastmod !== undefined);
    for (const { loc, lastmod } of dated) {
      const time = Date.parse(lastmod!);
      expect(
        time >= window.from && time <= window.to,
        `${loc}: lastmod ${lastmod} falls while the site was built`,
      ).toBe(false);
      expect(CONTENT_DATES.has(time), `${loc}: lastmod ${lastmod} is the last change of some story`).toBe(true);
    }
  });

  test('robots.txt names the absolute sitemap index URL', async ({ request }) => {
    const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
    const sitemaps = robots
      .split('\n')
      .filter((line) => /^sitemap:/i.test(line))
      .map((line) => line.replace(/^sitemap:\s*/i, '').trim());
    expect(sitemaps).toEqual([toAbsolute('/sitemap-index.xml')]);
    await expectResolves(request, sitemaps[0]!, 'robots.txt sitemap');
  });

  for (const [file, schema] of [
    ['sitemap-0.xml', 'sitemap.xsd'],
    ['sitemap-index.xml', 'siteindex.xsd'],
  ] as const) {
    test(`${file} validates against ${schema}`, () => {
      const result = validateWithSchema(join(DIST_DIR, file), join(SCHEMA_DIR, schema));
      expect(result.valid, result.output).toBe(true);
    });
  }
});
