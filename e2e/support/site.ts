import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPagePaths, pickPagePerRoute } from '../../scripts/lib/dist-pages.ts';
import { getOutDir } from '../../src/site.config.ts';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The built site under test: `VIGIE_OUT_DIR`, as for the build, else `dist/`. */
export const DIST_DIR = resolve(ROOT, getOutDir());

/** URL of the lead story, the article the site is built around. */
export const LEAD_STORY_PATH = '/articles/cooperation-franco-belge-contre-le-terrorisme/';

/** The raw capture of the lead story, committed in `e2e/fixtures/seed/`. */
export const LEAD_STORY_SEED = resolve(ROOT, 'e2e/fixtures/seed/000_a1a5af081a863d50.txt');

/** The one page allowed to run JavaScript (Pagefind search). */
export const SEARCH_PATH = '/recherche/';

/** Every HTML page of the build, as URL paths. */
export const PAGE_PATHS: readonly string[] = listPagePaths(DIST_DIR);

/** One page per route pattern found in the build (home, article, 404, topic, …), the lead story for articles. */
export const PAGE_PER_ROUTE: ReadonlyMap<string, string> = pickPagePerRoute(PAGE_PATHS, [LEAD_STORY_PATH]);

/** True when the build has a page at this URL path. */
export function hasPage(path: string): boolean {
  return PAGE_PATHS.includes(path);
}

/** Text of the lead story's seed capture. */
export function readLeadStorySeed(): string {
  return readFileSync(LEAD_STORY_SEED, 'utf8');
}
