/**
 * Writes the social cards of a build. Pages are built first; the build also emits
 * `/social-cards.json` (see `src/pages/social-cards.json.ts`), and this hook puts
 * every listed card into `og/` of the output folder as a hard link to its file in
 * the content-addressed card cache, after drawing the missing ones on a pool of
 * worker processes (one per core), then deletes the list from the output. `og/` is
 * left complete, whatever the build rendered.
 *
 * Why not one Astro route per card: at 10,000 stories the card routes cost ~40 s of
 * Astro's per-route work (rendering, incremental-build copies) even when every card
 * came from the cache; here a cached card costs a key, an open and a link.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkOrCopyFile } from '../lib/link-or-copy.ts';
import { createCardCache, getDefaultCardCacheDir, type CardCache } from '../lib/social/card-cache.ts';
import type { SocialCardEntry } from '../lib/social/card-manifest.ts';
import { createCardRenderPool } from '../lib/social/card-pool.ts';

/** Build-time file listing the cards, relative to the output folder. */
export const SOCIAL_CARD_MANIFEST = 'social-cards.json';

/** `/og/` then slug segments, ending in `.png`: nothing in the list may write outside `og/`. */
const CARD_PATH = /^\/og\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

/** Cards in flight at once: enough to keep every drawing worker fed while others are linked. */
const CONCURRENCY = 32;

/** What {@link writeSocialCards} did. */
export interface SocialCardsReport {
  written: number;
  drawn: number;
  reused: number;
  /** Cards placed by copy because the output and the cache are on different file systems. */
  copied: number;
}

function parseManifest(text: string, file: string): SocialCardEntry[] {
  const fail = (detail: string): never => {
    throw new Error(
      `[vigie:social-cards] ${file}: ${detail}. It is written by src/pages/social-cards.json.ts; fix that route.`,
    );
  };
  let entries: unknown;
  try {
    entries = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(entries)) return fail('expected an array of { path, card }');
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const { path, card } = (entry ?? {}) as Partial<SocialCardEntry>;
    if (typeof path !== 'string' || !CARD_PATH.test(path))
      fail(`entry ${index}: path ${JSON.stringify(path)} is not /og/<slug…>.png`);
    if (seen.has(path!)) fail(`entry ${index}: ${path} is listed twice`);
    seen.add(path!);
    if (typeof card?.title !== 'string' || card.title.trim() === '')
      fail(`entry ${index} (${path}): card.title must be a non-empty string`);
  }
  return entries as SocialCardEntry[];
}

/**
 * Puts the card of every entry of `<outDir>/social-cards.json` into `outDir` as a
 * hard link to (or, across file systems, a copy of) its file in `cache`, which draws
 * the missing ones, then deletes the list. Throws, naming the file, when the list
 * is missing or malformed.
 */
export async function writeSocialCards(outDir: string, cache: CardCache): Promise<SocialCardsReport> {
  const manifestFile = join(outDir, SOCIAL_CARD_MANIFEST);
  let text: string;
  try {
    text = await readFile(manifestFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `[vigie:social-cards] ${manifestFile} is missing: the build must include src/pages/social-cards.json.ts.`,
      { cause: error },
    );
  }
  const entries = parseManifest(text, manifestFile);
  const before = { ...cache.stats };
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  let copied = 0;
  const place = async () => {
    while (next < entries.length) {
      const { path, card } = entries[next++]!;
      const file = join(outDir, path);
      const folder = dirname(file);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      const [cached] = await Promise.all([cache.getFile(card), folders.get(folder)]);
      if ((await linkOrCopyFile(cached, file)) === 'copied') copied++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, place));
  await rm(manifestFile);
  return {
    written: entries.length,
    drawn: cache.stats.rendered - before.rendered,
    reused: cache.stats.reused - before.reused,
    copied,
  };
}

/** The integration: social cards written after every build. */
export function vigieSocialCards(): AstroIntegration {
  return {
    name: 'vigie:social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Workers start on the first card to draw: a build whose cards are all cached starts none.
        const pool = createCardRenderPool();
        const log = process.env.VIGIE_SOCIAL_CARD_LOG === '1';
        const cache = createCardCache({
          dir: getDefaultCardCacheDir(),
          render: (input) => pool.render(input),
          onRender: log ? (input, ms) => logger.info(`drawn in ${Math.round(ms)} ms: ${input.title}`) : undefined,
        });
        let report: SocialCardsReport;
        try {
          report = await writeSocialCards(fileURLToPath(dir), cache);
        } finally {
          await pool.close();
        }
        // Cards with the same content are drawn or found once; `written` counts files.
        logger.info(
          `${report.written} cards written, ${report.drawn} of them drawn by ${pool.size} worker processes (the others from the card cache)` +
            (report.copied > 0 ? `; ${report.copied} copied, the cache being on another file system` : ''),
        );
      },
    },
  };
}
