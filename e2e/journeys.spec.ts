import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH, PAGE_PATHS, hasPage } from './support/site.ts';

test('home → lead story → topic → back, by links and the back button', async ({ page, baseURL }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);

  await page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first().click();
  await expect(page).toHaveURL(`${baseURL}${LEAD_STORY_PATH}`);
  await expect(page.locator('article h1')).toBeVisible();

  // Topic pages are checked as soon as the build has them; until then the journey stops at the story.
  const topicLinks = await page.locator('main a[href^="/sujets/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const topic = topicLinks.find((href) => /^\/sujets\/[^/]+\/$/.test(href) && hasPage(href));
  if (topic) {
    await page.locator(`main a[href="${topic}"]`).first().click();
    await expect(page).toHaveURL(`${baseURL}${topic}`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}${LEAD_STORY_PATH}`);
  }
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first()).toBeVisible();
});

for (const path of ['/', LEAD_STORY_PATH]) {
  test(`keyboard: the first Tab reaches a visible skip link that moves focus to main (${path})`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skipLink = page.locator(':focus');
    await expect(skipLink).toHaveAttribute('href', /^#/);
    await expect(skipLink).toBeInViewport();
    const box = await skipLink.boundingBox();
    // A visually-hidden link is 1 px wide: visible means a real, readable box once focused.
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(16);

    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
}

test.describe('unknown URL', () => {
  // Chromium logs the 404 response of the document itself as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('shows the French 404 page with status 404', async ({ page }) => {
    const unknown = '/articles/cette-page-n-existe-pas/';
    expect(PAGE_PATHS).not.toContain(unknown);
    const response = await page.goto(unknown);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page introuvable');
    await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
    await expect(page.locator('main a[href="/"]')).toBeVisible();
  });
});
