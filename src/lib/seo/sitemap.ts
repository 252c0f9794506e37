/**
 * Sitemap data from content: the last-modified date of every indexable page
 * (never the build time) and the Google News sitemap.
 */
import { SITE } from '../../site.config.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { getLastModified } from '../corpus.ts';
import { paginate } from '../pagination.ts';
import {
  CORRECTIONS_PATH,
  FEEDS_PAGE_PATH,
  getArticlePath,
  getTopicIndexPath,
  getTopicPath,
  toAbsoluteUrl,
} from '../routes.ts';
import { escapeXml } from '../feeds/rss.ts';

interface DatedStory {
  id: string;
  path: string;
  data: Pick<ArticleData, 'publishedAt' | 'updatedAt' | 'title' | 'topics'> & Partial<Pick<ArticleData, 'updates'>>;
}

/** Newest `updatedAt ?? publishedAt` of `stories`, or `undefined` when empty. */
export function getNewestChange(stories: readonly DatedStory[]): Date | undefined {
  let newest: Date | undefined;
  for (const story of stories) {
    const modified = getLastModified(story.data);
    if (!newest || modified > newest) newest = modified;
  }
  return newest;
}

/**
 * Site path → ISO last-modified date for every content-driven page: articles,
 * each topic listing page (its newest listed story), the topic index, home and the feeds
 * page (the newest story), the corrections page (the newest update). Pages without a
 * content date are absent.
 */
export function buildLastModifiedMap(
  stories: readonly DatedStory[],
  storiesByTopic: ReadonlyMap<string, readonly DatedStory[]>,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const story of stories) map[getArticlePath(story.id)] = getLastModified(story.data).toISOString();
  for (const [topic, topicStories] of storiesByTopic) {
    for (const slice of paginate(topicStories, SITE.topicPageSize)) {
      const newest = getNewestChange(slice.items);
      if (newest) map[getTopicPath(topic, slice.page)] = newest.toISOString();
    }
  }
  const newest = getNewestChange(stories);
  if (newest) {
    map['/'] = newest.toISOString();
    map[getTopicIndexPath()] = newest.toISOString();
    map[FEEDS_PAGE_PATH] = newest.toISOString();
  }
  // A story's updatedAt is the date of its newest entry in `updates` (checked by the schema).
  const newestUpdate = getNewestChange(stories.filter((s) => (s.data.updates?.length ?? 0) > 0));
  if (newestUpdate) map[CORRECTIONS_PATH] = newestUpdate.toISOString();
  return map;
}

/** Google News keeps stories of the last two days. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;
/** Google News sitemaps list at most 1,000 URLs. */
export const NEWS_MAX_URLS = 1000;

/** Stories published in the 48 hours up to `now` (not after it), newest first, at most 1,000. */
export function selectNewsStories<T extends DatedStory>(storiesNewestFirst: readonly T[], now: Date): T[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return storiesNewestFirst
    .filter((s) => s.data.publishedAt.getTime() >= from && s.data.publishedAt.getTime() <= now.getTime())
    .slice(0, NEWS_MAX_URLS);
}

/**
 * The Google News sitemap XML for `stories`. With no story the `urlset` is empty, which
 * sitemap.xsd refuses: the build then drops the file and its index entry
 * (see {@link isEmptyUrlset}, {@link removeSitemapFromIndex}).
 */
export function buildNewsSitemap(stories: readonly DatedStory[], site: string | URL): string {
  const urls = stories.map(
    (s) =>
      `<url><loc>${escapeXml(toAbsoluteUrl(s.path, site))}</loc><news:news><news:publication><news:name>${escapeXml(SITE.name)}</news:name><news:language>fr</news:language></news:publication><news:publication_date>${s.data.publishedAt.toISOString()}</news:publication_date><news:title>${escapeXml(s.data.title)}</news:title></news:news></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>\n`;
}

/** True when a sitemap document lists no `<url>` (an empty `urlset` is not a valid sitemap). */
export function isEmptyUrlset(sitemapXml: string): boolean {
  return !/<url>/.test(sitemapXml);
}

/** `indexXml` (a sitemap index) without the `<sitemap>` entry whose `loc` is `loc`. */
export function removeSitemapFromIndex(indexXml: string, loc: string): string {
  return indexXml.replace(/<sitemap>([\s\S]*?)<\/sitemap>/g, (entry, inner: string) =>
    inner.includes(`<loc>${escapeXml(loc)}</loc>`) ? '' : entry,
  );
}
