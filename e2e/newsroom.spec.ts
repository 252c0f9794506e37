/**
 * What a newsroom owes its readers, checked on the built site: the source of a republished story
 * in plain sight wherever the story is listed, two separate dates for a brief, French dates and
 * interface typography, a front page in editorial order, a dated corrections record, a helpful
 * 404 and a feeds page that needs no XSLT.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { parse as parseYaml } from 'yaml';
import { findElements, getFileOfPath, hasClass, parseHtml } from './builds/support/dist-files.ts';
import { expect, test } from './support/fixtures.ts';
import { getJsonLdOfType, getText } from './support/page-head.ts';
import { DIST_DIR, LEAD_STORY_PATH, PAGE_PATHS, ROOT } from './support/site.ts';

const BRIEF_PATH = '/articles/sommet-franco-belge-val-duchesse-1er-fevrier-2016/';
const SOURCE_NAME = 'RTL INFO';
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** « 1 février » (or with any kind of space, or an entity): French writes « 1er février ». */
const FIRST_WITHOUT_ORDINAL = new RegExp(
  `(?<![\\p{N}])1(?:[\\s\\u00A0\\u202F]|&nbsp;|&#160;|&#xa0;)+(?:${MONTHS})`,
  'iu',
);
/** Item classes of the lists that show stories: cards, the front page's lead, the dossier rail. */
const LIST_ITEM_CLASSES = ['story-card', 'lead', 'dossier', 'chronology__item'];

const trees = new Map<string, Root>();
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

function linksTo(element: Element, path: string): boolean {
  return findElements(element, (e) => e.tagName === 'a' && e.properties.href === path).length > 0;
}

/** Frontmatter of the entries of the content folder the build read. */
function readFrontmatter(slug: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, process.env.VIGIE_CONTENT_DIR || 'content', 'articles', `${slug}.md`), 'utf8');
  return parseYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;
}

test.describe('the republished story shows its source', () => {
  test('in every list of every page that shows it', () => {
    const pagesListingIt: string[] = [];
    for (const path of PAGE_PATHS) {
      const items = findElements(
        readTree(path),
        (e) => LIST_ITEM_CLASSES.some((c) => hasClass(e, c)) && linksTo(e, LEAD_STORY_PATH),
      );
      for (const item of items) {
        const labels = findElements(item, (e) => hasClass(e, 'source-label')).map(getText);
        expect(labels, `${path}: the list item of the lead story names its source`).toEqual([SOURCE_NAME]);
      }
      if (items.length > 0) pagesListingIt.push(path);
    }
    // Home, its four topic pages, the « À lire aussi » of briefs and the 404 at least.
    expect(pagesListingIt).toContain('/');
    expect(pagesListingIt).toContain('/sujets/terrorisme/');
    expect(pagesListingIt).toContain('/404.html');
    expect(pagesListingIt.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(0);
  });

  test('in its header: « Par … · RTL INFO · publié le … » with the original linked', async ({ page }) => {
    await page.goto(LEAD_STORY_PATH);
    const byline = page.locator('article header .byline');
    const bylineText = ((await byline.textContent()) ?? '').replace(/[ \n\t]+/g, ' ').trim();
    expect(bylineText).toBe(
      'Par Martin Vachiery et Steve Damman (Reportage RTLINFO 19H) · RTL INFO · publié le 6 janvier 2017 à 19\u00A0h',
    );
    await expect(byline.locator('a.byline__source')).toHaveText(SOURCE_NAME);
    await expect(byline.locator('a.byline__source')).toHaveAttribute('href', /^https:\/\/www\.rtl\.be\/info\//);
    // Each credited name leads to its author page.
    await expect(byline.locator('.byline__names a')).toHaveText(['Martin Vachiery', 'Steve Damman']);
    await expect(page.locator('article header .source-label')).toHaveText(SOURCE_NAME);
    // The date note is written for readers, not about how the text was collected.
    await expect(page.locator('.article__date-note')).not.toContainText('capture');
    const [article] = getJsonLdOfType(readTree(LEAD_STORY_PATH), 'NewsArticle');
    expect(article!.sourceOrganization).toMatchObject({ name: SOURCE_NAME });
  });

  test('in search results, beside the brief label of briefs', async ({ page }) => {
    await page.goto('/recherche/?q=Jambon');
    const results = page.locator('.search-result');
    await expect(results.first()).toBeVisible({ timeout: 30_000 });
    const lead = results.filter({ has: page.locator(`a[href$="${LEAD_STORY_PATH}"]`) });
    await expect(lead).toHaveCount(1);
    await expect(lead.locator('.source-label')).toHaveText(SOURCE_NAME);
    const briefs = results.filter({ has: page.locator('.badge') });
    expect(await briefs.count()).toBeGreaterThan(0);
    await expect(briefs.locator('.source-label')).toHaveCount(0);
  });
});

test.describe('a brief has two dates', () => {
  const briefPaths = PAGE_PATHS.filter(
    (path) =>
      path.startsWith('/articles/') && findElements(readTree(path), (e) => hasClass(e, 'article__event')).length > 0,
  );

  test('when Vigie wrote it and the day of its facts, shown and used apart', () => {
    expect(briefPaths).toContain(BRIEF_PATH);
    for (const path of briefPaths) {
      const tree = readTree(path);
      const [written] = findElements(tree, (e) => e.tagName === 'time' && linksIn(tree, 'byline', e));
      const [event] = findElements(tree, (e) => e.tagName === 'time' && linksIn(tree, 'article__event', e));
      const writtenDay = String(written!.properties.dateTime).slice(0, 10);
      const eventDay = String(event!.properties.dateTime);
      expect(writtenDay, `${path}: writing day and event day differ`).not.toBe(eventDay);
      expect(getText(written!), path).not.toBe(getText(event!));
      const [article] = getJsonLdOfType(tree, 'NewsArticle');
      expect(article!.datePublished, `${path}: JSON-LD publication is the writing date`).toBe(
        written!.properties.dateTime,
      );
      expect(article!.contentReferenceTime, `${path}: JSON-LD names the day of the facts`).toBe(eventDay);
    }
  });

  test('the feed and sitemap use the writing date, the chronology the event date', () => {
    const tree = readTree(BRIEF_PATH);
    const written = String(
      findElements(tree, (e) => e.tagName === 'time' && linksIn(tree, 'byline', e))[0]!.properties.dateTime,
    );
    const eventDay = String(
      findElements(tree, (e) => e.tagName === 'time' && linksIn(tree, 'article__event', e))[0]!.properties.dateTime,
    );
    const feed = readFileSync(join(DIST_DIR, 'rss.xml'), 'utf8');
    const item = feed.split('<item>').find((i) => i.includes(`${BRIEF_PATH}</link>`))!;
    expect(Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!)).toBe(Date.parse(written));
    const chronology = findElements(readTree('/sujets/terrorisme/'), (e) => hasClass(e, 'chronology'))[0]!;
    const entry = findElements(chronology, (e) => e.tagName === 'li' && linksTo(e, BRIEF_PATH))[0]!;
    expect(findElements(entry, (e) => e.tagName === 'time')[0]!.properties.dateTime).toBe(eventDay);
  });

  test('no two briefs claim the lead story’s publication instant', () => {
    const lead = readTree(LEAD_STORY_PATH);
    const leadInstant = findElements(lead, (e) => e.tagName === 'time' && linksIn(lead, 'byline', e))[0]!.properties
      .dateTime;
    for (const path of briefPaths) {
      const tree = readTree(path);
      const instant = findElements(tree, (e) => e.tagName === 'time' && linksIn(tree, 'byline', e))[0]!.properties
        .dateTime;
      expect(instant, path).not.toBe(leadInstant);
    }
  });
});

/** True when the page is a republished story (its header links an original). */
function hasSource(tree: Root): boolean {
  return findElements(tree, (e) => hasClass(e, 'byline__source')).length > 0;
}

/** Text node values under `node`, not descending into `skipped` elements. */
function collectTexts(node: Root | Element, skipped: ReadonlySet<Element>, out: string[]): void {
  for (const child of node.children) {
    if (child.type === 'text') out.push(child.value);
    else if (child.type === 'element' && !skipped.has(child)) collectTexts(child, skipped, out);
  }
}

/** True when `element` sits inside an element of class `className` of `tree`. */
function linksIn(tree: Root, className: string, element: Element): boolean {
  return findElements(tree, (e) => hasClass(e, className)).some(
    (container) => findElements(container, (e) => e === element).length > 0,
  );
}

test.describe('French typography', () => {
  const builtFiles = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|xml)$/.test(f),
  );

  test('no « 1 <mois> » anywhere in the built site', () => {
    expect(builtFiles.length).toBeGreaterThan(10);
    const offenders = builtFiles.filter((file) =>
      FIRST_WITHOUT_ORDINAL.test(readFileSync(join(DIST_DIR, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
    // The site does print first days of months: the rule is exercised, not vacuous.
    expect(readFileSync(join(DIST_DIR, BRIEF_PATH, 'index.html'), 'utf8')).toContain('1er février 2016');
  });

  test('no plain space before « : ; ! ? » and one kind of apostrophe per page', () => {
    const problems: string[] = [];
    for (const path of PAGE_PATHS) {
      const tree = readTree(path);
      const texts: string[] = [];
      // The body of a republished story is the source's text, apostrophes as its authors typed them
      // (RTL INFO mixes ' and ’ in quotes); everything Vigie writes around it is checked.
      const skipped = new Set<Element>(hasSource(tree) ? findElements(tree, (e) => hasClass(e, 'article__body')) : []);
      for (const element of findElements(tree, (e) => ['script', 'style', 'code', 'pre'].includes(e.tagName))) {
        skipped.add(element);
      }
      collectTexts(tree, skipped, texts);
      for (const meta of findElements(tree, (e) => e.tagName === 'meta' && typeof e.properties.content === 'string')) {
        if (/description|title/.test(String(meta.properties.name ?? meta.properties.property))) {
          texts.push(String(meta.properties.content));
        }
      }
      const text = texts.join('\u0000');
      for (const match of text.matchAll(/ [:;!?](?=[\s\u0000]|$)/g)) {
        problems.push(
          `${path}: plain space in « ${text.slice(Math.max(0, match.index - 25), match.index + 2).replace(/\u0000/g, '|')} »`,
        );
      }
      if (/\p{L}'\p{L}/u.test(text) && /\p{L}’\p{L}/u.test(text)) problems.push(`${path}: both ' and ’ apostrophes`);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('front page', () => {
  test('reported stories and briefs in labelled blocks, each in editorial order', async ({ page }) => {
    await page.goto('/');
    const blocks = page.locator('main section[data-block]');
    expect(await blocks.evaluateAll((sections) => sections.map((s) => s.getAttribute('data-block')))).toEqual([
      'reported',
      'briefs',
    ]);
    for (const [block, label] of [
      ['reported', 'Reportages'],
      ['briefs', 'Repères'],
    ] as const) {
      const section = page.locator(`section[data-block="${block}"]`);
      const headingId = await section.getAttribute('aria-labelledby');
      await expect(page.locator(`#${headingId}`)).toHaveText(label);
    }
    // No brief among the reported stories; only briefs in the briefs block.
    await expect(page.locator('section[data-block="reported"] .badge')).toHaveCount(0);
    const briefCards = page.locator('section[data-block="briefs"] .story-card');
    expect(await briefCards.count()).toBeGreaterThan(1);
    await expect(briefCards.filter({ hasNot: page.locator('.badge') })).toHaveCount(0);
    await expect(page.locator('section[data-block="reported"] .lead a').first()).toHaveAttribute(
      'href',
      LEAD_STORY_PATH,
    );

    const shown = await briefCards
      .locator('.story-card__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const entries = shown.map((href) => {
      const id = href.split('/')[2]!;
      const data = readFrontmatter(id);
      return { id, priority: Number(data.priority ?? 0), published: Date.parse(String(data.publishedAt)) };
    });
    // The order must come from the editorial field: the corpus has more than one priority.
    expect(new Set(entries.map((e) => e.priority)).size).toBeGreaterThan(1);
    const expected = [...entries]
      .sort((a, b) => b.priority - a.priority || b.published - a.published || (a.id < b.id ? -1 : 1))
      .map((e) => e.id);
    expect(entries.map((e) => e.id)).toEqual(expected);
    // Times are shown for reported stories.
    await expect(page.locator('.lead__meta time')).toHaveText(/à \d{1,2}\u00A0h/);
  });

  test('desktop puts the dossier rail beside the stories; a phone stacks them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const main = (await page.locator('.front__main').boundingBox())!;
    const rail = (await page.locator('.front__rail').boundingBox())!;
    expect(rail.x).toBeGreaterThan(main.x + main.width - 1);
    await page.setViewportSize({ width: 375, height: 812 });
    const narrowMain = (await page.locator('.front__main').boundingBox())!;
    const narrowRail = (await page.locator('.front__rail').boundingBox())!;
    expect(narrowRail.y).toBeGreaterThanOrEqual(narrowMain.y + narrowMain.height);
  });
});

test.describe('updates and corrections', () => {
  test('a dated record on the story and on /corrections/, linked from every footer', async ({ page }) => {
    await page.goto(BRIEF_PATH);
    const record = page.locator('#mises-a-jour');
    await expect(record.locator('h2')).toHaveText('Mises à jour et corrections');
    await expect(record.locator('li').first()).toContainText(/^Corrigé le 4 décembre 2026 à 18\u00A0h\u00A030\u00A0:/);
    const onPage = (await record.locator('li').first().textContent())!;
    await expect(page.locator('.article__meta a[href="#mises-a-jour"]')).toBeVisible();

    await page.locator(`footer a[href="/corrections/"]`).click();
    await expect(page.locator('h1')).toHaveText('Corrections et mises à jour');
    const entry = page.locator('.correction').filter({ has: page.locator(`a[href="${BRIEF_PATH}#mises-a-jour"]`) });
    await expect(entry).toHaveCount(1);
    expect(onPage).toContain((await entry.locator('.correction__text').textContent())!);

    const sitemap = readFileSync(join(DIST_DIR, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/corrections/</loc>');
  });
});

test.describe('404 and feeds page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('the 404 page offers a search and the latest stories', async ({ page }) => {
    const response = await page.goto('/articles/une-page-disparue/');
    expect(response?.status()).toBe(404);
    const form = page.locator('main form[role="search"]');
    await expect(form).toHaveAttribute('action', '/recherche/');
    await form.locator('input[name="q"]').fill('Abdeslam');
    await form.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/recherche\/\?q=Abdeslam$/);

    await page.goto('/articles/une-page-disparue/');
    const latest = page.locator('main .story-card__title a');
    expect(await latest.count()).toBeGreaterThan(2);
  });

  test('/flux/ lists the site feed and every topic feed; feeds carry no XSLT', async ({ page, request }) => {
    await page.goto('/flux/');
    const feeds = await page
      .locator('main a[type="application/rss+xml"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const topicFeeds = readdirSync(join(DIST_DIR, 'sujets'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && getFileOfPath(DIST_DIR, `/sujets/${entry.name}/rss.xml`))
      .map((entry) => `/sujets/${entry.name}/rss.xml`);
    expect(feeds.sort()).toEqual(['/rss.xml', ...topicFeeds].sort());
    for (const feed of feeds) {
      const response = await request.get(feed);
      expect(response.status(), feed).toBe(200);
      expect(await response.text(), feed).not.toContain('xml-stylesheet');
    }
  });
});
