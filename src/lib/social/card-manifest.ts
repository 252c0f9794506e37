/**
 * Every social card a build publishes: its site path and what it shows. One list
 * for the build (written out by `src/pages/social-cards.json.ts`, turned into PNG
 * files by the `vigie:social-cards` integration) and for the dev server's card route.
 */
import type { Corpus } from '../content.ts';
import { getArticleCardInput, getSiteCardInput, getTopicCardInput } from './card-input.ts';
import { getArticleImagePath, getTopicImagePath, SITE_IMAGE_PATH } from './paths.ts';
import type { SocialCardInput } from './render-card.ts';

/** One card: `path` is the site path (`/og/articles/<slug>.png`). */
export interface SocialCardEntry {
  path: string;
  card: SocialCardInput;
}

/** The cards of the site card, every published story and every topic, in that order. */
export function listSocialCards(corpus: Pick<Corpus, 'stories' | 'topics' | 'storiesByTopic'>): SocialCardEntry[] {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.data.name]));
  return [
    { path: SITE_IMAGE_PATH, card: getSiteCardInput() },
    ...corpus.stories.map((story) => ({
      path: getArticleImagePath(story.id),
      card: getArticleCardInput(story.data, topicNames),
    })),
    ...corpus.topics.map((topic) => ({
      path: getTopicImagePath(topic.id),
      card: getTopicCardInput(topic.data.name, corpus.storiesByTopic.get(topic.id)?.length ?? 0),
    })),
  ];
}
