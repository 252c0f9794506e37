/**
 * Writes the social cards of a build. Pages are built first; the build also emits
 * `/social-cards.json` (see `src/pages/social-cards.json.ts`), and this hook turns
 * each entry into its PNG file from the card cache, drawing only the cards whose
 * content changed, then deletes the list from the output.
 *
 * Why not one Astro route per card: at 10,000 stories the card routes cost ~40 s of
 * Astro's per-route work (rendering, incremental-build copies) even when every card
 * came from the cache; here a cached card costs a file read and a write.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSharedCardCache, type CardCache } from '../lib/social/card-cache.ts';
import type { SocialCardEntry } from '../lib/social/card-manifest.ts';

/** Build-time file listing the cards, relative to the output folder. */
export const SOCIAL_CARD_MANIFEST = 'social-cards.json';

/** `/og/` then slug segments, ending in `.png`: nothing in the list may write outside `og/`. */
const CARD_PATH = /^\/og\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.png$/;

/** Cards being drawn or copied at once: drawing (satori) and rasterising (sharp, its own threads) overlap. */
const CONCURRENCY = 4;

/** What {@link writeSocialCards} did. */
export interface SocialCardsReport {
  written: number;
  drawn: number;
  reused: number;
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
 * Writes the card of every entry of `<outDir>/social-cards.json` into `outDir`
 * (from `cache`, which draws the missing ones), then deletes the list. Throws,
 * naming the file, when the list is missing or malformed.
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
  const worker = async () => {
    while (next < entries.length) {
      const { path, card } = entries[next++]!;
      const file = join(outDir, path);
      const folder = dirname(file);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      const [png] = await Promise.all([cache.get(card), folders.get(folder)]);
      await writeFile(file, png);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  await rm(manifestFile);
  return {
    written: entries.length,
    drawn: cache.stats.rendered - before.rendered,
    reused: cache.stats.reused - before.reused,
  };
}

/** The integration: social cards written after every build. */
export function vigieSocialCards(): AstroIntegration {
  return {
    name: 'vigie:social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeSocialCards(fileURLToPath(dir), getSharedCardCache());
        // Cards with the same content are drawn or read once; `written` counts files.
        logger.info(`${report.written} cards written, ${report.drawn} of them drawn (the others from the card cache)`);
      },
    },
  };
}
