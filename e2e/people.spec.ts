import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH, PAGE_PATHS } from './support/site.ts';

const ENTITY_PATHS = PAGE_PATHS.filter((path) => /^\/(?:personnes|organisations)\/[^/]+\/$/.test(path));
const ARTICLE_PATHS = PAGE_PATHS.filter((path) => /^\/articles\/[^/]+\/$/.test(path));

/** Hrefs of the links matched by `selector` on the page at `path`. */
async function hrefsOn(page: import('@playwright/test').Page, path: string, selector: string): Promise<string[]> {
  await page.goto(path);
  return page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test.describe('people and organisations', () => {
  test('the people the lead story names have pages', () => {
    for (const slug of ['jan-jambon', 'bruno-le-roux', 'bernard-cazeneuve', 'salah-abdeslam']) {
      expect(ENTITY_PATHS).toContain(`/personnes/${slug}/`);
    }
    expect(ENTITY_PATHS).toContain('/organisations/etat-islamique/');
  });

  test('every person page lists exactly the stories that name it, and those stories link back', async ({ page }) => {
    // Which stories link to which entity, read from the story pages.
    const namedBy = new Map<string, string[]>();
    for (const article of ARTICLE_PATHS) {
      for (const entity of await hrefsOn(page, article, '.story-people a')) {
        namedBy.set(entity, [...(namedBy.get(entity) ?? []), article]);
      }
    }
    for (const path of ENTITY_PATHS) {
      await page.goto(path);
      const name = (await page.locator('h1').textContent())!.trim();
      const listed = await page
        .locator('main .story-card a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(listed.length, `${path} lists stories`).toBeGreaterThan(0);
      expect([...listed].sort(), path).toEqual([...(namedBy.get(path) ?? [])].sort());
      // Each listed story really names them (by their surname, as stories write it after first mention).
      const surname = name.split(' ').at(-1)!;
      for (const story of listed) {
        await page.goto(story);
        expect(await page.locator('article').textContent(), `${story} names ${name}`).toContain(surname);
      }
    }
  });

  test('a suspect’s page and every story naming them carry the presumption of innocence', async ({ page }) => {
    await page.goto('/personnes/salah-abdeslam/');
    await expect(page.locator('.presumption-note')).toContainText('présumée innocente');
    const stories = await page
      .locator('main .story-card a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(stories).toContain(LEAD_STORY_PATH);
    for (const story of stories) {
      await page.goto(story);
      await expect(page.locator('.presumption-note'), story).toContainText('Salah Abdeslam');
    }
    await page.goto('/personnes/jan-jambon/');
    await expect(page.locator('.presumption-note')).toHaveCount(0);
  });

  test('the NewsArticle names them in about/mentions with URLs that resolve', async ({ page, request }) => {
    await page.goto(LEAD_STORY_PATH);
    const article = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent!)).find((d) => d['@type'] === 'NewsArticle'));
    const named = [...article.about, ...(article.mentions ?? [])].filter((n: { '@type': string }) =>
      ['Person', 'Organization'].includes(n['@type']),
    );
    expect(named.map((n: { name: string }) => n.name)).toEqual(
      expect.arrayContaining(['Jan Jambon', 'Bruno Le Roux', 'Salah Abdeslam']),
    );
    for (const node of named) {
      expect(node.sameAs, 'no sameAs without a checked source').toBeUndefined();
      expect((await request.get(new URL(node.url).pathname)).status(), node.url).toBe(200);
    }
  });
});

test.describe('author pages', () => {
  for (const path of ARTICLE_PATHS) {
    test(`every author.url of ${path} resolves to a page about that author listing the story`, async ({ page }) => {
      await page.goto(path);
      const authors = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll(
          (ss) => ss.map((s) => JSON.parse(s.textContent!)).find((d) => d['@type'] === 'NewsArticle').author,
        );
      expect(authors.length).toBeGreaterThan(0);
      // Readers reach the same pages from the byline: one link per credited name, in credit order.
      const bylineLinks = await page
        .locator('.byline__names a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(bylineLinks).toEqual((authors as { url: string }[]).map((author) => new URL(author.url).pathname));
      for (const author of authors as { name: string; url: string }[]) {
        const authorPath = new URL(author.url).pathname;
        expect(PAGE_PATHS, author.url).toContain(authorPath);
        await page.goto(authorPath);
        await expect(page.locator('h1')).toHaveText(author.name);
        await expect(page.locator(`main .story-card a[href="${path}"]`)).toHaveCount(1);
      }
    });
  }
});
