import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in src/ and the Node scripts. End-to-end tests live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some unit tests start a Node CLI; on a busy shared 2-core machine (load 30+) that alone passed
    // the 5 s default, failing tests that were right. A hang still fails, later.
    testTimeout: 60_000,
  },
});
