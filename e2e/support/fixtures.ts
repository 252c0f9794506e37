import { test as base, expect } from '@playwright/test';

/** Host every request must stay on: the preview server. */
const LOCAL_HOST = '127.0.0.1';

/**
 * `test` whose every page fails the test on a console error, an uncaught exception, or a request
 * to any host other than 127.0.0.1 (such requests are aborted). A test expecting a specific console
 * error (a 404 response) lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; pageGuard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  pageGuard: [
    async ({ page, context, allowedConsoleErrors }, use) => {
      const outsideRequests: string[] = [];
      const consoleErrors: string[] = [];
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === LOCAL_HOST) return route.continue();
        outsideRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()} (${message.location().url || 'no url'})`;
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) consoleErrors.push(text);
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      await use();
      expect.soft(outsideRequests, 'requests that left 127.0.0.1').toEqual([]);
      expect.soft(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
