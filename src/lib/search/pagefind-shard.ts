/**
 * Writes one Pagefind bundle (a search shard) from article pages, with Pagefind's Node API.
 * Only article pages carry `data-pagefind-body` (src/pages/articles/[slug].astro); inside an
 * article, {@link EXCLUDED_SELECTORS} keep bylines, dates and the footer out of the index,
 * leaving the headline, the standfirst and the body.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SHARD_MANIFEST_VERSION } from './shards.ts';

/** Parts of an article page that are not searchable text: meta line, credits, date note, footer. */
export const EXCLUDED_SELECTORS: readonly string[] = [
  '.badge',
  '.article__meta',
  '.article__date-note',
  '.article__credits',
  '.article__footer',
];

/** Pages read ahead of the one being indexed, so disk reads overlap with indexing. */
const READ_AHEAD = 16;

/** Installed Pagefind version, read from its package.json. */
export function getPagefindVersion(): string {
  // Neither `pagefind/package.json` nor a CommonJS entry is exported: look where Node would look.
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(folder, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('[vigie:search-index] cannot find the installed pagefind package; run npm ci.');
}

/**
 * Digest of everything besides the pages that shapes a shard's files: Pagefind's version, the
 * excluded selectors and the manifest layout. Shards indexed with other settings are rebuilt.
 */
export function getIndexSettingsDigest(pagefindVersion: string = getPagefindVersion()): string {
  return createHash('sha256')
    .update(JSON.stringify({ pagefindVersion, EXCLUDED_SELECTORS, SHARD_MANIFEST_VERSION }))
    .digest('hex')
    .slice(0, 16);
}

/** A page to index: its site path (the result URL) and a reader of its HTML. */
export interface ShardPage {
  url: string;
  readHtml: () => Promise<string>;
}

/**
 * Indexes `pages`, in the order given, into a new Pagefind bundle written to `outputPath` (which
 * must not exist yet: callers write to a temporary folder and rename it); the same pages in the
 * same order give the same files. Returns the number of pages indexed.
 * Throws, naming the page, when Pagefind refuses a page or cannot write.
 *
 * Each shard gets its own Pagefind process, stopped once its files are written: the backend keeps
 * what it allocated for a deleted index, so one process for every shard would hold the memory of
 * all of them by the last one (its size beside Astro's process sets the build's peak at 100,000 stories).
 */
export async function writePagefindShard(pages: readonly ShardPage[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pages are added one at a time, in the order given: Pagefind numbers pages as they arrive, so
    // concurrent adds would give different files for the same pages (builds must be reproducible).
    const reads: (Promise<string> | undefined)[] = [];
    const readAhead = (i: number) => {
      if (i >= pages.length) return;
      const read = pages[i]!.readHtml();
      read.catch(() => {}); // Awaited below; this only keeps an early failure from being reported as unhandled.
      reads[i] = read;
    };
    for (let i = 0; i < READ_AHEAD; i++) readAhead(i);
    for (const [i, page] of pages.entries()) {
      const content = await reads[i]!;
      reads[i] = undefined;
      readAhead(i + READ_AHEAD);
      const added = await index.addHTMLFile({ url: page.url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
