import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH, PAGE_PATHS } from './support/site.ts';

const SECURITY_TOPIC_PATH = '/sujets/terrorisme/';
const PARIS_ATTACKS_BRIEF_PATH = '/articles/attentats-de-paris-13-novembre-2015/';
const SUMMIT_BRIEF_PATH = '/articles/sommet-franco-belge-val-duchesse-1er-fevrier-2016/';

test('home → lead story → topic → background brief → back, by clicking', async ({ page, baseURL }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);

  await page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first().click();
  await expect(page).toHaveURL(`${baseURL}${LEAD_STORY_PATH}`);
  await expect(page.locator('article h1')).toBeVisible();

  // The story's topic list leads to the main security topic, whose page lists the briefs.
  await page.locator(`main nav a[href="${SECURITY_TOPIC_PATH}"]`).first().click();
  await expect(page).toHaveURL(`${baseURL}${SECURITY_TOPIC_PATH}`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first()).toBeVisible();

  // Dated briefs are listed by the topic's timeline (and nowhere else on the page).
  await page.locator(`main .chronology a[href="${PARIS_ATTACKS_BRIEF_PATH}"]`).click();
  await expect(page).toHaveURL(`${baseURL}${PARIS_ATTACKS_BRIEF_PATH}`);
  await expect(page.locator('article .badge')).toHaveText('Repère');

  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}${SECURITY_TOPIC_PATH}`);
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}${LEAD_STORY_PATH}`);
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.locator(`main a[href="${LEAD_STORY_PATH}"]`).first()).toBeVisible();
});

test("the lead story's « À lire aussi » holds the briefs on the Paris attacks and the summit, and every link resolves", async ({
  page,
  request,
}) => {
  await page.goto(LEAD_STORY_PATH);
  const related = page.locator('section.related');
  await expect(related.locator('h2')).toHaveText('À lire aussi');
  const hrefs = await related.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.length).toBeLessThanOrEqual(4);
  expect(hrefs).toContain(PARIS_ATTACKS_BRIEF_PATH);
  expect(hrefs).toContain(SUMMIT_BRIEF_PATH);
  expect(hrefs).not.toContain(LEAD_STORY_PATH);
  for (const href of hrefs) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
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
