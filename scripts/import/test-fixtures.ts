/**
 * Paths shared by the importer tests: the repository root and the seed capture (read-only,
 * committed in `e2e/fixtures/seed/`).
 */
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the lead-story seed capture. */
export const SEED_CAPTURE_PATH = fileURLToPath(
  new URL('../../e2e/fixtures/seed/000_a1a5af081a863d50.txt', import.meta.url),
);
