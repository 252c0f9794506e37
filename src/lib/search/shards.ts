/**
 * The search index is split into Pagefind bundles ("shards") by publication year, so that an
 * edit rebuilds one year's index, not the archive's. A year of more than {@link MAX_SHARD_PAGES}
 * stories is split into equal parts (`2025-1`, `2025-2`…): Pagefind holds a whole shard in memory
 * while it indexes it (about 240 kB a page), and a 10,000-story year took 2.4 GB beside Astro's
 * process. This module decides, without touching the disk, which article page belongs to which
 * shard and which shards a build must rebuild.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../../site.config.ts';
import { toCalendarDay } from '../dates.ts';

/** Folder of the search bundles in the built site; shard `<id>` lives in `pagefind/<id>/`. */
export const SEARCH_FOLDER = 'pagefind';

/** The shard manifest, `pagefind/shards.json`: the shards of the published index and their pages. */
export const SHARD_MANIFEST_FILE = `${SEARCH_FOLDER}/shards.json`;

/** Version of the manifest's layout; a manifest of another version is ignored (every shard rebuilt). */
export const SHARD_MANIFEST_VERSION = 1;

/** An article page to index: its site path and the shard (Brussels year of first publication) it belongs to. */
export interface SearchPage {
  /** Site path, `/articles/<slug>/`. */
  path: string;
  /** Four-digit year, e.g. `2017`. */
  year: string;
}

/** One shard as the manifest records it. */
export interface ShardRecord {
  /** Site paths of its pages, sorted. */
  paths: string[];
  /** SHA-256 of the sorted paths (see {@link digestPaths}). */
  digest: string;
}

/** Content of `pagefind/shards.json`. Only public URLs: it is published with the site. */
export interface ShardManifest {
  version: number;
  /** Digest of the indexing settings (Pagefind version, excluded selectors…); a change rebuilds every shard. */
  settings: string;
  /** Shard id (`2017`, or `2025-2` for a part of a large year) → shard. */
  shards: Record<string, ShardRecord>;
}

/** Why a shard is rebuilt. */
export type RebuildReason =
  'no previous index' | 'settings changed' | 'new shard' | 'pages added or removed' | 'page changed';

/** What a build does with the search shards. */
export interface ShardPlan {
  /** Shards to index again, newest first, with the reason. */
  rebuild: { shard: string; reason: RebuildReason }[];
  /** Shards whose previous bundle is reused as is, newest first. */
  reuse: string[];
  /** Shards of the previous index that no longer have any page. */
  drop: string[];
}

/** Shard of a story: the year of `publishedAt` in the site's time zone (a story of 31 December 23:30 in Brussels is in that year). */
export function getShardYear(publishedAt: Date, timeZone: string = SITE.timeZone): string {
  return toCalendarDay(publishedAt, timeZone).slice(0, 4);
}

/** Site path of a shard's bundle folder, `/pagefind/<id>/`, as the search page loads it. */
export function getShardBundlePath(shard: string): string {
  return `/${SEARCH_FOLDER}/${shard}/`;
}

/**
 * Most pages in one shard. Pagefind's memory while it indexes a shard, measured alone on built
 * pages (2026-12-06): 728 MB for 3,000 pages, 374 MB for 1,500. It runs beside Astro's process,
 * so this sets the build's peak at 100,000 stories; the cost is more bundles for the search page
 * to merge (70 instead of 40 at 100,000 stories).
 */
export const MAX_SHARD_PAGES = 1500;

/** SHA-256 (hex) of sorted site paths, one per line: equal digests mean equal membership. */
export function digestPaths(sortedPaths: readonly string[]): string {
  return createHash('sha256').update(sortedPaths.join('\n')).digest('hex');
}

/**
 * Pages grouped by shard: shard id → sorted site paths. A year's pages form one shard named by
 * the year, or, beyond `maxPages`, `ceil(n / maxPages)` shards of near-equal size `<year>-1`,
 * `<year>-2`… over its paths in sorted order. Only a change in a year's membership moves pages
 * between its parts; an edit does not.
 */
export function groupPagesByShard(
  pages: readonly SearchPage[],
  maxPages: number = MAX_SHARD_PAGES,
): Map<string, string[]> {
  const byYear = new Map<string, string[]>();
  for (const { path, year } of pages) {
    const paths = byYear.get(year);
    if (paths) paths.push(path);
    else byYear.set(year, [path]);
  }
  const byShard = new Map<string, string[]>();
  for (const year of [...byYear.keys()].sort().reverse()) {
    const paths = byYear.get(year)!.sort();
    const parts = Math.ceil(paths.length / maxPages);
    if (parts <= 1) {
      byShard.set(year, paths);
      continue;
    }
    for (let part = 0; part < parts; part++) {
      const from = Math.round((part * paths.length) / parts);
      const to = Math.round(((part + 1) * paths.length) / parts);
      byShard.set(`${year}-${part + 1}`, paths.slice(from, to));
    }
  }
  return byShard;
}

/** Shard ids of `pages`, newest year first: the order in which the search page loads them. */
export function listShards(pages: readonly SearchPage[], maxPages: number = MAX_SHARD_PAGES): string[] {
  return [...groupPagesByShard(pages, maxPages).keys()];
}

/** The manifest of the shards of `pages`, indexed with `settings`. */
export function buildShardManifest(
  pages: readonly SearchPage[],
  settings: string,
  maxPages: number = MAX_SHARD_PAGES,
): ShardManifest {
  const shards: Record<string, ShardRecord> = {};
  for (const [shard, paths] of groupPagesByShard(pages, maxPages))
    shards[shard] = { paths, digest: digestPaths(paths) };
  return { version: SHARD_MANIFEST_VERSION, settings, shards };
}

/**
 * Decides which shards to rebuild. A shard is rebuilt when there is no usable previous index
 * (`previous` undefined), when the settings differ, when it is new, when its pages differ from the
 * previous manifest's (a story added, removed or moved to another year), or when one of its pages
 * is in `changedPaths` (pages rendered by this build whose indexed text differs from the published copy).
 * Every other shard is reused.
 */
export function planShards(input: {
  pages: readonly SearchPage[];
  changedPaths: ReadonlySet<string>;
  previous: ShardManifest | undefined;
  settings: string;
  maxPages?: number;
}): ShardPlan {
  const { pages, changedPaths, previous, settings } = input;
  const byShard = groupPagesByShard(pages, input.maxPages);
  const plan: ShardPlan = { rebuild: [], reuse: [], drop: [] };
  for (const [shard, paths] of byShard) {
    const before = previous?.shards[shard];
    let reason: RebuildReason | undefined;
    if (!previous) reason = 'no previous index';
    else if (previous.settings !== settings) reason = 'settings changed';
    else if (!before) reason = 'new shard';
    else if (before.digest !== digestPaths(paths)) reason = 'pages added or removed';
    else if (paths.some((path) => changedPaths.has(path))) reason = 'page changed';
    if (reason) plan.rebuild.push({ shard, reason });
    else plan.reuse.push(shard);
  }
  plan.drop = Object.keys(previous?.shards ?? {})
    .filter((shard) => !byShard.has(shard))
    .sort()
    .reverse();
  return plan;
}

const YEAR = /^\d{4}$/;
const SHARD_ID = /^\d{4}(?:-[1-9]\d*)?$/;
const ARTICLE_PATH = /^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

/**
 * Checks the build-time page list (`search-pages.json`). Throws, naming `file`, the entry and the
 * fix, on anything but an array of `{ path: "/articles/<slug>/", year: "YYYY" }` with unique paths.
 */
export function parseSearchPages(text: string, file: string): SearchPage[] {
  const fail = (detail: string): never => {
    throw new Error(
      `[vigie:search-index] ${file}: ${detail}. It is written by src/pages/search-pages.json.ts; fix that route.`,
    );
  };
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) return fail('expected an array of { path, year }');
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const { path, year } = (entry ?? {}) as Partial<SearchPage>;
    if (typeof path !== 'string' || !ARTICLE_PATH.test(path))
      fail(`entry ${index}: path ${JSON.stringify(path)} is not /articles/<slug>/`);
    if (typeof year !== 'string' || !YEAR.test(year))
      fail(`entry ${index} (${path}): year ${JSON.stringify(year)} is not four digits`);
    if (seen.has(path!)) fail(`entry ${index}: ${path} is listed twice`);
    seen.add(path!);
  }
  return entries as SearchPage[];
}

/**
 * Reads a previous shard manifest; `undefined` when it is not one this code wrote (other version,
 * malformed), so that a damaged manifest costs a full rebuild, never a wrong index.
 */
export function parseShardManifest(text: string): ShardManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const manifest = value as Partial<ShardManifest> | null;
  if (!manifest || manifest.version !== SHARD_MANIFEST_VERSION || typeof manifest.settings !== 'string')
    return undefined;
  if (!manifest.shards || typeof manifest.shards !== 'object') return undefined;
  for (const [id, shard] of Object.entries(manifest.shards)) {
    if (!SHARD_ID.test(id) || !Array.isArray(shard?.paths) || typeof shard.digest !== 'string') return undefined;
    if (!shard.paths.every((p) => typeof p === 'string' && ARTICLE_PATH.test(p))) return undefined;
  }
  return manifest as ShardManifest;
}

/** The search pages of published stories: each story's path and shard year. */
export function listSearchPages(stories: readonly { path: string; data: { publishedAt: Date } }[]): SearchPage[] {
  return stories.map((story) => ({ path: story.path, year: getShardYear(story.data.publishedAt) }));
}
