import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';
import { PAGE_PER_ROUTE } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the build has the basic page types', () => {
  expect([...PAGE_PER_ROUTE.keys()]).toEqual(expect.arrayContaining(['/', '/404.html', '/articles/*/']));
});

for (const [pattern, path] of PAGE_PER_ROUTE) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no WCAG 2.2 AA violation on ${pattern} (${path}), ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(path);
      expect(response?.ok()).toBe(true);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const report = violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n')}`,
      );
      expect(report, `axe violations on ${path} (${colorScheme})`).toEqual([]);
    });
  }
}
