/**
 * The Pagefind search index of a built site: what gets indexed and where the bundle goes.
 * Only article pages carry `data-pagefind-body` (src/pages/articles/[slug].astro), so every
 * other page is skipped; inside an article, the selectors below keep bylines, dates and the
 * footer out of the index, leaving the headline, the standfirst and the body.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Parts of an article page that are not searchable text: meta line, credits, date note, footer. */
export const EXCLUDED_SELECTORS: readonly string[] = [
  '.badge',
  '.article__meta',
  '.article__date-note',
  '.article__credits',
  '.article__footer',
];

/**
 * Files to index, relative to the site folder. Pagefind indexes every page when none has
 * `data-pagefind-body` (a corpus without articles), so the glob keeps other pages out too.
 */
export const INDEXED_GLOB = 'articles/**/*.html';

/** Folder of the Pagefind bundle inside the built site; the search page loads `/pagefind/pagefind.js`. */
export const BUNDLE_FOLDER = 'pagefind';

/**
 * Pages indexed per language, read from the bundle's `pagefind-entry.json`
 * (Pagefind's own `page_count` counts every HTML file it read, indexed or not).
 */
export function countIndexedPages(entryJson: string): Record<string, number> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, info]) => [lang, info.page_count ?? 0]));
}

/** Outcome of {@link buildSearchIndex}. */
export interface SearchIndexResult {
  /** Pages indexed per language (article pages only), e.g. `{ 'fr-be': 3 }`. */
  pagesByLanguage: Record<string, number>;
  /** Folder the bundle was written to. */
  outputPath: string;
}

/**
 * Indexes every HTML page of `siteDir` and writes the bundle to `<siteDir>/pagefind/`.
 * Throws when Pagefind reports an error. A corpus without articles gives an empty index
 * (the search page then finds nothing), which is not an error.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_GLOB });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const outputPath = join(siteDir, BUNDLE_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    const pagesByLanguage = countIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    return { pagesByLanguage, outputPath };
  } finally {
    await pagefind.close();
  }
}
