/**
 * The search index as an Astro integration: one Pagefind bundle per publication year (or part of
 * a large year, see `src/lib/search/shards.ts`) under `pagefind/<id>/`, plus `pagefind/shards.json`
 * (the pages of each shard), written after the pages. The build emits `/search-pages.json` (see `src/pages/search-pages.json.ts`): every
 * article page and its year; this hook reads and deletes it.
 *
 * Incremental: a shard is indexed again only when its pages changed (one was rendered by this
 * build and what Pagefind reads of it differs from the published copy, or a story joined or left
 * it); every other shard is hard-linked from the previous published site. Pages this build did not
 * render are read from the previous site. With no previous site, a previous site that is the
 * output folder itself (Astro empties it first), or other indexing settings, every shard is built.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getOutDir } from '../site.config.ts';
import { linkTree } from '../lib/link-tree.ts';
import { extractIndexedContent } from '../lib/search/indexed-content.ts';
import { getIndexSettingsDigest, writePagefindShard } from '../lib/search/pagefind-shard.ts';
import {
  buildShardManifest,
  groupPagesByShard,
  parseSearchPages,
  parseShardManifest,
  planShards,
  SEARCH_FOLDER,
  SHARD_MANIFEST_FILE,
  type RebuildReason,
  type ShardManifest,
} from '../lib/search/shards.ts';

/** Build-time file listing the article pages and their year, relative to the output folder. */
export const SEARCH_PAGES_FILE = 'search-pages.json';

/** What {@link updateSearchIndex} did. */
export interface SearchIndexReport {
  pages: number;
  rebuilt: { shard: string; reason: RebuildReason; pages: number }[];
  reused: string[];
  dropped: string[];
  /** Files of reused shards hard-linked (or copied, when links are impossible) from the previous site. */
  linked: number;
  copied: number;
}

/** Input of {@link updateSearchIndex}. */
export interface UpdateSearchIndexOptions {
  /** The build's output folder (staging): holds `search-pages.json` and the pages rendered by this build. */
  dir: string;
  /** The previous published site (may not exist, or be `dir` itself). */
  previousDir: string;
  /** Site paths (`/articles/x/`) of the pages rendered by this build. */
  renderedPaths: Iterable<string>;
}

/** `<site>/articles/x/index.html` for the site path `/articles/x/`. */
function pageFile(site: string, path: string): string {
  return join(site, path, 'index.html');
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isSameFolder(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  return realpathSync(a) === realpathSync(b);
}

/** The previous site's manifest, without the shards whose bundle is missing; undefined when unusable. */
async function readPreviousManifest(previousDir: string): Promise<ShardManifest | undefined> {
  const text = await readIfExists(join(previousDir, SHARD_MANIFEST_FILE));
  const manifest = text && parseShardManifest(text.toString('utf8'));
  if (!manifest) return undefined;
  for (const shard of Object.keys(manifest.shards)) {
    if (!existsSync(join(previousDir, SEARCH_FOLDER, shard, 'pagefind-entry.json'))) delete manifest.shards[shard];
  }
  return manifest;
}

/**
 * Rendered pages whose indexed content differs from the previous site's copy (or that it lacks).
 * Pages that changed only outside what Pagefind reads (related stories, the header's topics) do
 * not count: their shard's records would be the same.
 */
async function findChangedPages(
  renderedPaths: Iterable<string>,
  indexed: ReadonlySet<string>,
  dir: string,
  previousDir: string,
): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const path of renderedPaths) {
    if (!indexed.has(path)) continue;
    const [now, before] = await Promise.all([
      readIfExists(pageFile(dir, path)),
      readIfExists(pageFile(previousDir, path)),
    ]);
    if (!now || !before) changed.add(path);
    else if (
      !now.equals(before) &&
      extractIndexedContent(now.toString('utf8')) !== extractIndexedContent(before.toString('utf8'))
    )
      changed.add(path);
  }
  return changed;
}

/**
 * Brings `<dir>/pagefind/` to the complete search index of the site listed in
 * `<dir>/search-pages.json` (then deleted): dirty shards indexed again, others hard-linked from
 * `previousDir`. The new folder is assembled beside `pagefind/` and renamed into place, so no
 * published file is modified. Throws, naming the file, when the list is missing or malformed or a
 * listed page exists neither in `dir` nor in `previousDir`.
 */
export async function updateSearchIndex(options: UpdateSearchIndexOptions): Promise<SearchIndexReport> {
  const dir = resolve(options.dir);
  const previousDir = resolve(options.previousDir);
  const listFile = join(dir, SEARCH_PAGES_FILE);
  const listText = await readIfExists(listFile);
  if (!listText)
    throw new Error(
      `[vigie:search-index] ${listFile} is missing: the build must include src/pages/search-pages.json.ts.`,
    );
  const pages = parseSearchPages(listText.toString('utf8'), listFile);
  await rm(listFile);

  const settings = getIndexSettingsDigest();
  const previous = isSameFolder(dir, previousDir) ? undefined : await readPreviousManifest(previousDir);
  const changedPaths =
    previous && previous.settings === settings
      ? await findChangedPages(options.renderedPaths, new Set(pages.map((p) => p.path)), dir, previousDir)
      : new Set<string>();
  const plan = planShards({ pages, changedPaths, previous, settings });
  const pathsByShard = groupPagesByShard(pages);

  const target = join(dir, SEARCH_FOLDER);
  const assembly = join(dir, `.${SEARCH_FOLDER}-${process.pid}-${Date.now()}`);
  const report: SearchIndexReport = {
    pages: pages.length,
    rebuilt: [],
    reused: plan.reuse,
    dropped: plan.drop,
    linked: 0,
    copied: 0,
  };
  try {
    await mkdir(assembly, { recursive: true });
    for (const shard of plan.reuse) {
      const linked = await linkTree(join(previousDir, SEARCH_FOLDER, shard), join(assembly, shard));
      report.linked += linked.linked;
      report.copied += linked.copied;
    }
    for (const { shard, reason } of plan.rebuild) {
      const shardPages = pathsByShard.get(shard)!.map((url) => ({
        url,
        readHtml: async () => {
          const html = (await readIfExists(pageFile(dir, url))) ?? (await readIfExists(pageFile(previousDir, url)));
          if (!html)
            throw new Error(
              `[vigie:search-index] ${url} is listed in ${SEARCH_PAGES_FILE} but its page is neither in ${dir} nor in ${previousDir}.`,
            );
          return html.toString('utf8');
        },
      }));
      const count = await writePagefindShard(shardPages, join(assembly, shard));
      report.rebuilt.push({ shard, reason, pages: count });
    }
    const manifest = buildShardManifest(pages, settings);
    await writeFile(join(assembly, 'shards.json'), JSON.stringify(manifest));
    await rm(target, { recursive: true, force: true });
    await rename(assembly, target);
  } finally {
    await rm(assembly, { recursive: true, force: true });
  }
  return report;
}

/** One line for the build log: pages, shards rebuilt (with why) and reused. */
export function describeSearchIndexReport(report: SearchIndexReport): string {
  const rebuilt = report.rebuilt.map((s) => `${s.shard} (${s.reason}, ${s.pages} pages)`).join(', ') || 'none';
  const reused =
    report.reused.length > 0 ? `${report.reused.join(', ')} (${report.linked + report.copied} files)` : 'none';
  const dropped = report.dropped.length > 0 ? `; dropped ${report.dropped.join(', ')}` : '';
  return `${report.pages} article pages; rebuilt ${rebuilt}; reused ${reused}${dropped}`;
}

/** Options of {@link vigieSearchIndex}. */
export interface VigieSearchIndexOptions {
  /**
   * The previous published site, whose unchanged shards and unrendered pages are reused.
   * Default: `getOutDir()` (VIGIE_OUT_DIR or `dist`) resolved against the project root.
   */
  previousSiteDir?: string;
}

/** The integration: the sharded Pagefind index, written after every build. */
export function vigieSearchIndex(options: VigieSearchIndexOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'vigie:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const report = await updateSearchIndex({
          dir: fileURLToPath(dir),
          previousDir: resolve(root, options.previousSiteDir ?? getOutDir()),
          renderedPaths: pages.map((page) => `/${page.pathname}`),
        });
        logger.info(describeSearchIndexReport(report));
      },
    },
  };
}
