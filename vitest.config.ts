import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in src/ and the Node scripts. End-to-end tests live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
