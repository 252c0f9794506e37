import { defineConfig } from '@playwright/test';
import { findFreePort } from './support/free-port.ts';

// The preview server's port: VIGIE_E2E_PORT, else a free one picked by the main process, which
// its workers inherit through the environment (they load this file again). A fixed default
// collided with any other preview or run on the machine.
process.env.VIGIE_E2E_PORT ||= String(await findFreePort());
const port = Number(process.env.VIGIE_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH || undefined;

/** End-to-end tests against the built site (`VIGIE_OUT_DIR` or `dist/`), served by `astro preview` on 127.0.0.1. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Overridable so that two runs in one working tree do not wipe each other's artefacts.
  outputDir: process.env.VIGIE_E2E_OUTPUT_DIR || '../test-results/e2e',
  fullyParallel: true,
  // Axe on the longest pages took 28–44 s on the shared 2-core machine under load (the default is 30 s).
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  // Search under load: Pagefind's WebAssembly and shards took more than 5 s to answer at load 30+.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      // Debian's Chromium outside Playwright's sandboxed defaults: run as root in CI, no GPU, and no background calls home.
      args: chromiumPath
        ? [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ]
        : [],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // This very Node binary: the `astro` shim's `#!/usr/bin/env node` could find an older Node first on PATH.
    // --ignore-lock: other previews of this project (another engineer's, a stale lock file) must not stop ours.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    cwd: '..',
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Astro 7 backgrounds `astro preview` when it detects an AI agent; Playwright needs it in the foreground.
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
