import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH } from './support/site.ts';

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
});
