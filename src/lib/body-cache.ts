/**
 * Rendered article bodies, kept on disk beside the content store instead of inside it.
 *
 * Astro serialises its whole content store as one string and inlines it into the build bundle:
 * with every body's HTML inside, 100,000 stories exceed V8's string limit and the build dies
 * (issue #12). The article loader (`src/loaders/article-loader.ts`) therefore writes each
 * rendered body here, named by the digest of its source file, and leaves the store with
 * metadata only; pages and feeds read a body when they render it.
 *
 * Files are content-addressed and never rewritten in place (temporary file, then rename), so a
 * body file is complete whenever it exists, and two builds can share the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomically } from './write-file-atomically.ts';

/** Absolute folder of the body cache inside Astro's cache folder (`VIGIE_CACHE_DIR`, relative to the working directory). */
export function getBodyCacheDir(cacheDir: string): string {
  return resolve(cacheDir, 'vigie-bodies');
}

/** Path of the body rendered from a source file whose content digest is `digest`. */
export function getBodyPath(bodyCacheDir: string, digest: string): string {
  // Two-character fan-out keeps folders small (100,000 files → ~400 per folder).
  return join(bodyCacheDir, digest.slice(0, 2), `${digest}.html`);
}

/** True when the body of `digest` is in the cache. */
export function hasRenderedBody(bodyCacheDir: string, digest: string): boolean {
  return existsSync(getBodyPath(bodyCacheDir, digest));
}

/** Stores `html` as the body of `digest`, atomically. */
export function writeRenderedBody(bodyCacheDir: string, digest: string, html: string): void {
  writeFileAtomically(getBodyPath(bodyCacheDir, digest), html);
}

/**
 * The body of `digest`. Throws naming the entry when the file is missing: the loader rewrites
 * missing bodies at every sync, so this means the cache folder was removed during a build.
 */
export function readRenderedBody(bodyCacheDir: string, digest: string, entryPath: string): string {
  try {
    return readFileSync(getBodyPath(bodyCacheDir, digest), 'utf8');
  } catch (error) {
    throw new Error(
      `${entryPath}: its rendered body is missing from ${bodyCacheDir} (${(error as Error).message}); ` +
        'rebuild, and do not remove the cache folder while a build runs.',
      { cause: error },
    );
  }
}
