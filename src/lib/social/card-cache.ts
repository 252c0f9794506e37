/**
 * Social cards cached on disk between builds, keyed by what they show: an
 * unchanged card is found again instead of drawn again (drawing one takes tens of
 * milliseconds, finding it a few system calls). Files are content-addressed and
 * never rewritten in place, so a build can publish them as hard links.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
  /** Draws a card that is not in the folder (e.g. `CardRenderPool.render`); default `renderSocialCard` on this thread. */
  render?: (input: SocialCardInput) => Promise<Buffer>;
  /** Called after each card drawn (not for reused ones), e.g. to log it. */
  onRender?: (input: SocialCardInput, milliseconds: number) => void;
}

/** Cards of one folder, with counters. */
export interface CardCache {
  /** Absolute path of the cached PNG of `input`'s card, drawn and stored first when missing. Never rewritten. */
  getFile(input: SocialCardInput): Promise<string>;
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

/** Whether `file` holds a card: it exists and starts with the PNG signature followed by more bytes. */
async function isCachedCard(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    // Reads the signature and one byte more: a file cut short (a full disk, a crash before the
    // data reached the disk) is drawn again, not published. Only the head is read, not 50 kB.
    const head = Buffer.alloc(PNG_SIGNATURE.length + 1);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
  } finally {
    await handle.close();
  }
}

/** A card cache over `options.dir`, drawing with `renderSocialCard` unless told otherwise. */
export function createCardCache(options: CardCacheOptions): CardCache {
  const { dir, getKey = getSocialCardKey, render = renderSocialCard, onRender } = options;
  const stats: CardCacheStats = { rendered: 0, reused: 0 };
  // Pages sharing one card in one build wait for a single drawing.
  const pending = new Map<string, Promise<{ file: string; png?: Buffer }>>();

  async function produce(key: string, input: SocialCardInput): Promise<{ file: string; png?: Buffer }> {
    const file = join(dir, `${key}.png`);
    if (await isCachedCard(file)) {
      stats.reused++;
      return { file };
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
    return { file, png };
  }

  async function find(input: SocialCardInput): Promise<{ file: string; png?: Buffer }> {
    const key = await getKey(input);
    let promise = pending.get(key);
    if (!promise) {
      promise = produce(key, input).finally(() => pending.delete(key));
      pending.set(key, promise);
    }
    return promise;
  }

  return {
    stats,
    async getFile(input) {
      return (await find(input)).file;
    },
    async get(input) {
      const { file, png } = await find(input);
      return png ?? readFile(file);
    },
  };
}

let sharedCache: CardCache | undefined;

/**
 * The card cache of `astro dev` (cards drawn on request, on the server's thread), in
 * `getDefaultCardCacheDir()`; builds use their own over the same folder, drawing on a
 * worker pool (`src/integrations/social-cards.ts`). With `VIGIE_SOCIAL_CARD_LOG=1` it
 * logs each card it draws.
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

/** PNG bytes of the card of `input`, from the dev server's shared cache. */
export function getSocialCard(input: SocialCardInput): Promise<Buffer> {
  return getSharedCardCache().get(input);
}
