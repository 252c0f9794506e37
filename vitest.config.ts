import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in src/ and the Node scripts. End-to-end tests live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests that spawn the importer CLI took 5–12 s each on the shared 2-core machine under load
    // (load average 35), past Vitest's 5 s default; they pass alone in 1–2 s.
    testTimeout: 60_000,
  },
});
