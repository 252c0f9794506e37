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

/** Pages handed to Pagefind at once: reading the next files overlaps with indexing. */
const IN_FLIGHT = 16;

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
 * Indexes `pages` into a new Pagefind bundle written to `outputPath` (which must not exist yet:
 * callers write to a temporary folder and rename it). Returns the number of pages indexed.
 * Throws, naming the page, when Pagefind refuses a page or cannot write. Call {@link closePagefind}
 * once every shard is written.
 */
export async function writePagefindShard(pages: readonly ShardPage[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const page = pages[next++]!;
        const added = await index.addHTMLFile({ url: page.url, content: await page.readHtml() });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, pages.length) }, worker));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await index.deleteIndex();
  }
}

/** Stops Pagefind's indexing process (started by the first {@link writePagefindShard}). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
