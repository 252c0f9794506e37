import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH, SEARCH_PATH } from './support/site.ts';

// Pagefind folds accents and stems French: a reader typing without accents still finds the story.
for (const query of ['Abdeslam', 'cooperation']) {
  test(`searching « ${query} » finds the lead story, and its result link resolves`, async ({ page, baseURL }) => {
    await page.goto(SEARCH_PATH);
    await page.getByRole('searchbox', { name: 'Mots à rechercher' }).fill(query);
    const result = page.locator(`[data-search-results] a[href="${LEAD_STORY_PATH}"]`);
    // The first search loads one Pagefind bundle per publication year: give a loaded machine time.
    await expect(result).toBeVisible({ timeout: 15_000 });
    await result.click();
    await expect(page).toHaveURL(`${baseURL}${LEAD_STORY_PATH}`);
    await expect(page.locator('article h1')).toContainText('On a fait un grand pas');
  });
}
