import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Build tests: each case runs a real `astro build` (or `astro dev`) over a fixture corpus.
// One file at a time: builds are CPU-heavy and share the project's `.astro/` type files.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['e2e/builds/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
