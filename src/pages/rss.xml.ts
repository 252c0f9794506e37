import type { APIContext } from 'astro';
import { getCorpus, toFeedStory } from '../lib/content.ts';
import { buildRssChannel, toRssResponse } from '../lib/feeds/rss.ts';
import { SITE_FEED_PATH } from '../lib/routes.ts';
import { SITE } from '../site.config.ts';

/** The site-wide feed: the latest stories with their full text. */
export async function GET(context: APIContext) {
  const corpus = await getCorpus();
  const site = context.site!;
  return toRssResponse(
    buildRssChannel({
      title: SITE.name,
      description: SITE.tagline,
      feedPath: SITE_FEED_PATH,
      pagePath: '/',
      site,
      stories: corpus.stories.slice(0, SITE.feedSize).map((s) => toFeedStory(s, site)),
      topicNames: new Map(corpus.topics.map((t) => [t.id, t.data.name])),
    }),
  );
}
