import type { APIContext } from 'astro';
import { getCorpus, toFeedStory } from '../../../lib/content.ts';
import { buildCacheKey } from '../../../lib/cache-key.ts';
import { selectPathsToRender } from '../../../lib/build-plan.ts';
import type { TopicRecord } from '../../../lib/corpus.ts';
import { buildRssChannel, toRssResponse } from '../../../lib/feeds/rss.ts';
import { getTopicFeedPath, getTopicPath } from '../../../lib/routes.ts';
import { SITE } from '../../../site.config.ts';

export async function getStaticPaths() {
  const corpus = await getCorpus();
  const paths = corpus.topics.map((topic) => ({
    params: { topic: topic.id },
    props: { topic },
    // GET reads the corpus itself: the key covers the stories it lists and the topic names it prints.
    cacheKey: buildCacheKey(topic, (corpus.storiesByTopic.get(topic.id) ?? []).slice(0, SITE.feedSize), corpus.topics),
  }));
  return selectPathsToRender(paths, (path) => getTopicFeedPath(path.props.topic.id));
}

/** One topic's feed: its latest stories with their full text. */
export async function GET(context: APIContext<{ topic: TopicRecord }>) {
  const corpus = await getCorpus();
  const { topic } = context.props;
  const site = context.site!;
  return toRssResponse(
    buildRssChannel({
      title: `${topic.data.name} — ${SITE.name}`,
      description: topic.data.description,
      feedPath: getTopicFeedPath(topic.id),
      pagePath: getTopicPath(topic.id),
      site,
      stories: (corpus.storiesByTopic.get(topic.id) ?? []).slice(0, SITE.feedSize).map((s) => toFeedStory(s, site)),
      topicNames: new Map(corpus.topics.map((t) => [t.id, t.data.name])),
    }),
  );
}
