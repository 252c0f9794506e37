/**
 * Social cards cached on disk between builds, keyed by what they show: an
 * unchanged card is read back instead of drawn again (drawing one takes about
 * a tenth of a second, reading it well under a millisecond).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getCacheDir } from '../../site.config.ts';
import { getSocialCardKey, renderSocialCard, type SocialCardInput } from './render-card.ts';

/** How many cards a cache drew and how many it read back, since it was created. */
export interface CardCacheStats {
  rendered: number;
  reused: number;
}

/** A folder of cards and the way to make the missing ones. */
export interface CardCacheOptions {
  /** Folder of the PNG files, created when needed. */
  dir: string;
  /** Content key of a card; two inputs with the same key get the same bytes. */
  getKey?: (input: SocialCardInput) => Promise<string>;
  /** Draws a card that is not in the folder. */
  render?: (input: SocialCardInput) => Promise<Buffer>;
  /** Called after each card drawn (not for reused ones), e.g. to log it. */
  onRender?: (input: SocialCardInput, milliseconds: number) => void;
}

/** Cards of one folder, with counters. */
export interface CardCache {
  /** PNG bytes of the card of `input`, read from the folder or drawn and stored. */
  get(input: SocialCardInput): Promise<Buffer>;
  readonly stats: CardCacheStats;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Folder of the cards inside the cache folder; CI can keep it alone (cards are content-addressed). */
export const SOCIAL_CARD_CACHE_FOLDER = 'social-cards';

/**
 * `<VIGIE_CACHE_DIR or node_modules/.astro>/social-cards`, absolute: the same
 * folder Astro keeps its own cache in, so CI that keeps one keeps both.
 */
export function getDefaultCardCacheDir(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): string {
  return resolve(cwd, getCacheDir(env), SOCIAL_CARD_CACHE_FOLDER);
}

async function readCached(file: string): Promise<Buffer | undefined> {
  try {
    const bytes = await readFile(file);
    // A file cut short by a full disk or a killed process is drawn again, not served.
    return bytes.length > PNG_SIGNATURE.length && bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A card cache over `options.dir`, drawing with `renderSocialCard` unless told otherwise. */
export function createCardCache(options: CardCacheOptions): CardCache {
  const { dir, getKey = getSocialCardKey, render = renderSocialCard, onRender } = options;
  const stats: CardCacheStats = { rendered: 0, reused: 0 };
  // Pages sharing one card in one build wait for a single drawing.
  const pending = new Map<string, Promise<Buffer>>();

  async function produce(key: string, input: SocialCardInput): Promise<Buffer> {
    const file = join(dir, `${key}.png`);
    const cached = await readCached(file);
    if (cached) {
      stats.reused++;
      return cached;
    }
    const started = performance.now();
    const png = await render(input);
    stats.rendered++;
    onRender?.(input, performance.now() - started);
    await mkdir(dir, { recursive: true });
    // Write then rename: rename is atomic on one file system, so a parallel build
    // or a crash never leaves a half-written card under the final name.
    const temporary = join(dir, `.${key}.${process.pid}.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, png);
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return png;
  }

  return {
    stats,
    async get(input) {
      const key = await getKey(input);
      let promise = pending.get(key);
      if (!promise) {
        promise = produce(key, input).finally(() => pending.delete(key));
        pending.set(key, promise);
      }
      return promise;
    },
  };
}

let sharedCache: CardCache | undefined;

/**
 * The build's card cache, in `getDefaultCardCacheDir()`. With `VIGIE_SOCIAL_CARD_LOG=1`
 * it logs each card it draws, so a build that logs none reused every card.
 */
export function getSharedCardCache(env: Record<string, string | undefined> = process.env): CardCache {
  // Off by default: Astro prints each route's name and timing on one line, and a log in between splits it.
  const log = env.VIGIE_SOCIAL_CARD_LOG === '1';
  sharedCache ??= createCardCache({
    dir: getDefaultCardCacheDir(env),
    onRender: log
      ? (input, ms) => console.info(`[social card] drawn in ${Math.round(ms)} ms: ${input.title}`)
      : undefined,
  });
  return sharedCache;
}

/** PNG bytes of the card of `input`, from the build's shared cache. */
export function getSocialCard(input: SocialCardInput): Promise<Buffer> {
  return getSharedCardCache().get(input);
}
