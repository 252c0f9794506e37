/**
 * The routes module: every URL shape of the site and what kind of page lives there. Pages
 * build links with the path functions; the sitemap, the page budget and the output checks ask
 * {@link getPageKind} and {@link PAGE_KINDS} what a built page is, instead of matching URLs
 * themselves. Paths carry the trailing slash the site uses (`trailingSlash: 'always'`),
 * except files such as feeds.
 *
 * Adding a page type: its route file in `src/pages/`, a path function here if it takes
 * parameters, and one entry in {@link PAGE_KINDS}.
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

/** `/personnes/<slug>/` for a person, `/organisations/<slug>/` for an organisation. */
export function getEntityPath(id: string, type: 'person' | 'organization'): string {
  return type === 'person' ? `/personnes/${id}/` : `/organisations/${id}/`;
}

/** `/auteurs/<slug>/`, the page of a credited journalist or desk. */
export function getAuthorPath(slug: string): string {
  return `/auteurs/${slug}/`;
}

/** `/rss.xml`, the site-wide feed. */
export const SITE_FEED_PATH = '/rss.xml';

/** Absolute URL of a site path (`/articles/x/`) against the site origin. */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The search page, `/recherche/`. */
export const SEARCH_PATH = '/recherche/';

/** The about page, `/a-propos/`. */
export const ABOUT_PATH = '/a-propos/';

/** `/flux/`, the page listing every feed. */
export const FEEDS_PAGE_PATH = '/flux/';

/** `/corrections/`, the record of every update and correction. */
export const CORRECTIONS_PATH = '/corrections/';

/** What a kind of page is, for the sitemap, the page budget and the checks. */
export interface PageKindDefinition {
  /** Site paths of this kind (matched against `/articles/x/`, `/rss.xml`…). */
  pattern: RegExp;
  /** Listed in the sitemap: an indexable HTML page. */
  inSitemap: boolean;
  /** Held to the first-paint byte and zero-JavaScript budget (`npm run check:budget`). */
  underBudget: boolean;
}

/** Every kind of page the site publishes, in the order a path is matched. */
export const PAGE_KINDS = {
  home: { pattern: /^\/$/, inSitemap: true, underBudget: true },
  article: { pattern: /^\/articles\/[^/]+\/$/, inSitemap: true, underBudget: true },
  'topic-index': { pattern: /^\/sujets\/$/, inSitemap: true, underBudget: true },
  topic: { pattern: /^\/sujets\/[^/]+\/(?:page\/\d+\/)?$/, inSitemap: true, underBudget: true },
  person: { pattern: /^\/personnes\/[^/]+\/$/, inSitemap: true, underBudget: true },
  organisation: { pattern: /^\/organisations\/[^/]+\/$/, inSitemap: true, underBudget: true },
  author: { pattern: /^\/auteurs\/[^/]+\/$/, inSitemap: true, underBudget: true },
  about: { pattern: /^\/a-propos\/$/, inSitemap: true, underBudget: false },
  feeds: { pattern: /^\/flux\/$/, inSitemap: true, underBudget: false },
  corrections: { pattern: /^\/corrections\/$/, inSitemap: true, underBudget: false },
  // noindex: results pages are not content, and it is the one page with JavaScript.
  search: { pattern: /^\/recherche\/$/, inSitemap: false, underBudget: false },
  'not-found': { pattern: /^\/404(?:\.html|\/)$/, inSitemap: false, underBudget: false },
  'site-feed': { pattern: /^\/rss\.xml$/, inSitemap: false, underBudget: false },
  'topic-feed': { pattern: /^\/sujets\/[^/]+\/rss\.xml$/, inSitemap: false, underBudget: false },
} as const satisfies Record<string, PageKindDefinition>;

/** A kind of page: `article`, `topic`, … */
export type PageKind = keyof typeof PAGE_KINDS;

/** The kind of page at `sitePath`, or `undefined` for a path the site does not route. */
export function getPageKind(sitePath: string): PageKind | undefined {
  for (const [kind, definition] of Object.entries(PAGE_KINDS) as [PageKind, PageKindDefinition][]) {
    if (definition.pattern.test(sitePath)) return kind;
  }
  return undefined;
}

/** The site path of a built file: `articles/x/index.html` → `/articles/x/`, `rss.xml` → `/rss.xml`. */
export function toSitePath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** True when the page at `sitePath` belongs in the sitemap. */
export function isInSitemap(sitePath: string): boolean {
  const kind = getPageKind(sitePath);
  return kind !== undefined && PAGE_KINDS[kind].inSitemap;
}
