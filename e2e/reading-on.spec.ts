import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH, PAGE_PATHS } from './support/site.ts';

const TOPIC_PATHS = PAGE_PATHS.filter((path) => /^\/sujets\/[^/]+\/$/.test(path));

test.describe('reasons to read on', () => {
  test('the lead story links at least three briefs from within its body, each to a built brief', async ({ page }) => {
    await page.goto(LEAD_STORY_PATH);
    const links = page.locator('.article__body aside a[href^="/articles/"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(hrefs).size).toBeGreaterThanOrEqual(3);
    // Each note follows a paragraph of the story, and most sit between two of them.
    const placement = await page.locator('.article__body aside').evaluateAll((asides) => ({
      afterParagraph: asides.every((a) => a.previousElementSibling?.tagName === 'P'),
      between: asides.filter((a) => a.nextElementSibling !== null).length,
    }));
    expect(placement.afterParagraph).toBe(true);
    expect(placement.between).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.article__body aside').first()).toContainText('Repère\u00A0:');
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toMatch(/<article[^>]* data-kind="brief"/);
    }
  });

  test('there are dossier topics to check', () => {
    expect(TOPIC_PATHS.length).toBeGreaterThanOrEqual(6);
  });

  for (const path of TOPIC_PATHS) {
    test(`${path} has a timeline in date order, and no story is listed twice on the page`, async ({ page }) => {
      await page.goto(path);
      const items = page.locator('.chronology li');
      expect(await items.count(), 'a timeline of at least two events').toBeGreaterThanOrEqual(2);
      const timeline = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          day: li.querySelector('time')!.getAttribute('datetime')!,
          href: li.querySelector('a')!.getAttribute('href')!,
        })),
      );
      const days = timeline.map((i) => i.day);
      expect(days).toEqual([...days].sort());
      const listed = await page
        .locator('main .story-card a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const all = [...timeline.map((i) => i.href), ...listed];
      expect(all.length, 'each story once: timeline and list together').toBe(new Set(all).size);
    });
  }

  test("the lead story's own meeting is in the timelines of its topics", async ({ page }) => {
    await page.goto('/sujets/terrorisme/');
    const lead = page.locator(`.chronology li:has(a[href="${LEAD_STORY_PATH}"])`);
    await expect(lead).toHaveCount(1);
    await expect(lead.locator('time')).toHaveAttribute('datetime', '2017-01-06');
  });

  test('« À lire aussi » shows a date for each story (order: unit test of sortNewestContextFirst)', async ({
    page,
  }) => {
    await page.goto(LEAD_STORY_PATH);
    const times = await page.locator('.related time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThanOrEqual(2);
  });
});
