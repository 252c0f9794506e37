/**
 * Every site path in one place, all with the trailing slash the site uses
 * (`trailingSlash: 'always'`), except files such as feeds.
 */

/** `/articles/<slug>/` */
export function getArticlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** `/sujets/` */
export function getTopicIndexPath(): string {
  return '/sujets/';
}

/** `/sujets/<slug>/` for page 1, `/sujets/<slug>/page/<n>/` after. */
export function getTopicPath(slug: string, page = 1): string {
  return page <= 1 ? `/sujets/${slug}/` : `/sujets/${slug}/page/${page}/`;
}

/** `/sujets/<slug>/rss.xml` */
export function getTopicFeedPath(slug: string): string {
  return `/sujets/${slug}/rss.xml`;
}

/** `/rss.xml`, the site-wide feed. */
export const SITE_FEED_PATH = '/rss.xml';

/** Absolute URL of a site path (`/articles/x/`) against the site origin. */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** `/flux/`, the page listing every feed. */
export const FEEDS_PAGE_PATH = '/flux/';

/** `/corrections/`, the record of every update and correction. */
export const CORRECTIONS_PATH = '/corrections/';
