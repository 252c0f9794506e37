import { expect, test } from './support/fixtures.ts';
import { LEAD_STORY_PATH } from './support/site.ts';

// Artefacts for a human to look at (attached to the report, kept in test-results/), not snapshot comparisons.
for (const { name, width, height } of [
  { name: 'mobile', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test(`full-page screenshot of the lead story, ${name} (${width} px)`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto(LEAD_STORY_PATH);
    await page.evaluate(() => document.fonts.ready);
    // Nothing may stick out sideways: a horizontal scrollbar on a phone is a layout bug.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    const path = testInfo.outputPath(`lead-story-${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`lead story, ${name} ${width} px`, { path, contentType: 'image/png' });
  });
}
