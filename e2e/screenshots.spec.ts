import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH } from './support/site.ts';

// The 404 page answers with its status, which Chromium logs as a console error.
test.use({ allowedConsoleErrors: [/status of 404/] });

const TOPIC_PATH = '/sujets/terrorisme/';
const BRIEF_PATH = '/articles/sommet-franco-belge-val-duchesse-1er-fevrier-2016/';

// Artefacts for a human to look at (attached to the report, kept in the output folder), not
// snapshot comparisons. Every page type, phone and desktop widths, light and dark.
for (const { label, path, status } of [
  { label: 'home', path: '/' },
  { label: 'lead story', path: LEAD_STORY_PATH },
  { label: 'brief', path: BRIEF_PATH },
  { label: 'topic page', path: TOPIC_PATH },
  { label: 'search', path: '/recherche/?q=officier' },
  { label: 'not found', path: '/articles/page-disparue/', status: 404 },
  { label: 'corrections', path: '/corrections/' },
  { label: 'feeds', path: '/flux/' },
  { label: 'person page', path: '/personnes/salah-abdeslam/' },
  { label: 'author page', path: '/auteurs/martin-vachiery/' },
]) {
  for (const { name, width, height } of [
    { name: 'mobile', width: 375, height: 812 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`full-page screenshot of the ${label}, ${name} (${width} px), ${colorScheme}`, async ({
        page,
      }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height });
        const response = await page.goto(path);
        expect(response?.status()).toBe(status ?? 200);
        // The search page fills its results from the index: wait for them, or for its message.
        if (path.startsWith('/recherche/')) {
          await expect(page.locator('.search-result').first()).toBeVisible({ timeout: 30_000 });
        }
        await page.evaluate(() => document.fonts.ready);
        // Nothing may stick out sideways: a horizontal scrollbar on a phone is a layout bug.
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
        const file = testInfo.outputPath(`${label.replaceAll(' ', '-')}-${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${label}, ${name} ${width} px, ${colorScheme}`, {
          path: file,
          contentType: 'image/png',
        });
      });
    }
  }
}

test('print emulation of the lead story: no navigation, link URLs printed', async ({ page }, testInfo) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(LEAD_STORY_PATH);
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.trending')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const sourceLink = page.locator('.article__source a');
  const after = await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.rtl.be/');
  const file = testInfo.outputPath('lead-story-print.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('lead story, print', { path: file, contentType: 'image/png' });
});
