import { expect, test } from './support/fixtures.ts';
import { PAGE_PER_ROUTE, SEARCH_PATH } from './support/site.ts';

// Every page type but search ships no JavaScript; the fixture also fails on console errors and outside requests.
for (const [pattern, path] of PAGE_PER_ROUTE) {
  if (path === SEARCH_PATH) continue;
  test(`no script, no console error, nothing fetched from elsewhere: ${pattern} (${path})`, async ({ page }) => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.ok()).toBe(true);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });
}
