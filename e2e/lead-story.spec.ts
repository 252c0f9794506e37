import { expect, test } from './support/fixtures.ts';
import { getCaptureSentences, normalizeForComparison } from './support/seed.ts';
import { LEAD_STORY_PATH, readLeadStorySeed } from './support/site.ts';

test.describe('lead story page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(LEAD_STORY_PATH);
    expect(response?.status(), `${LEAD_STORY_PATH} must be built`).toBe(200);
  });

  test('renders every sentence of the captured original', async ({ page }) => {
    const sentences = getCaptureSentences(readLeadStorySeed());
    // Headline, standfirst, subheads and body: a real capture has far more than a handful of sentences.
    expect(sentences.length).toBeGreaterThan(20);
    const rendered = normalizeForComparison((await page.locator('main').textContent()) ?? '');
    const missing = sentences.filter((sentence) => !rendered.includes(sentence));
    expect(missing, 'sentences of the capture missing from the page').toEqual([]);
  });

  test('has exactly one h1, holding the headline', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    const headline = getCaptureSentences(readLeadStorySeed())[0]!;
    expect(normalizeForComparison((await page.locator('h1').textContent()) ?? '')).toBe(headline);
  });

  test('runs no script: only JSON-LD data blocks', async ({ page }) => {
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
  });
});
