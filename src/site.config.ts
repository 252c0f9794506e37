/**
 * The one site configuration object. Plain data, importable from Astro code,
 * `src/lib/` and Node scripts alike (no `astro:*` imports here).
 */

/** Default public origin when `SITE_URL` is not set (a reserved `.example` domain). */
export const DEFAULT_SITE_URL = 'https://vigie.example/';

export const SITE = {
  /** Publication name, as shown in the header, feeds and structured data. */
  name: 'Vigie',
  /** One-line description used for the home page and the site-wide feed. */
  tagline: 'Sécurité et terrorisme en Belgique et en France',
  /** BCP 47 language of every page, feed and JSON-LD document. */
  lang: 'fr-BE',
  /** OpenGraph locale (underscore form of `lang`). */
  ogLocale: 'fr_BE',
  /** IANA time zone in which dates are shown to readers. */
  timeZone: 'Europe/Brussels',
  /** Number of items in the site-wide and per-topic RSS feeds. */
  feedSize: 50,
  /** Stories per topic listing page. */
  topicPageSize: 20,
  /** Stories in the "À lire aussi" list of an article. */
  relatedCount: 4,
  /** Topics shown in the header's "En ce moment" strip. */
  trendingCount: 5,
  /** Words per minute used for the reading-time estimate. */
  wordsPerMinute: 230,
} as const;

/**
 * Absolute site origin with a trailing slash, from `SITE_URL` or the default.
 * Throws when `SITE_URL` is not an absolute http(s) URL, naming the variable.
 */
export function getSiteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as ${DEFAULT_SITE_URL}; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https; got "${raw}".`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Build output folder, from `VIGIE_OUT_DIR` (default `dist`, relative to the project root). */
export function getOutDir(env: Record<string, string | undefined> = process.env): string {
  return env.VIGIE_OUT_DIR?.trim() || 'dist';
}

/**
 * Astro's cache folder (content store, incremental-build cache; the social cards live in
 * its `social-cards/`), from `VIGIE_CACHE_DIR` (default `node_modules/.astro`, relative to
 * the project root).
 */
export function getCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.VIGIE_CACHE_DIR?.trim() || 'node_modules/.astro';
}

/** Folder holding `articles/` and `topics/`, from `VIGIE_CONTENT_DIR` (default `content`). */
export function getContentDir(env: Record<string, string | undefined> = process.env): string {
  return env.VIGIE_CONTENT_DIR?.trim() || 'content';
}
