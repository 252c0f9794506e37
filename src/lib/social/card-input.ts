/**
 * What the card of an article or a topic shows, from plain typeset data.
 */
import { fr } from '../../i18n/fr.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { SITE } from '../../site.config.ts';
import { formatLongDate } from '../dates.ts';
import type { SocialCardInput } from './render-card.ts';

/** Kicker of topic cards. */
export const TOPIC_CARD_KICKER = 'Sujet';

/** Kicker and title of the site-wide card (the header already carries the tagline). */
export const SITE_CARD_KICKER = 'Belgique · France';
export const SITE_CARD_TITLE = 'L’actualité de la sécurité et du terrorisme, faits et sources à l’appui';

/**
 * Card of an article: its headline, its first topic as kicker ("Repère" for a
 * background brief), and its publication day in the site's time zone.
 */
export function getArticleCardInput(
  data: Pick<ArticleData, 'title' | 'publishedAt' | 'topics' | 'kind'>,
  topicNames: ReadonlyMap<string, string>,
): SocialCardInput {
  const firstTopic = data.topics[0];
  return {
    title: data.title,
    kicker: data.kind === 'brief' ? fr.brief : firstTopic === undefined ? undefined : topicNames.get(firstTopic),
    footer: formatLongDate(data.publishedAt, SITE.timeZone),
  };
}

/** Card of pages about the whole site (home, topic index, about, search): the tagline. */
export function getSiteCardInput(): SocialCardInput {
  return { title: SITE_CARD_TITLE, kicker: SITE_CARD_KICKER };
}

/** Card of a topic page: the topic name, "Sujet", and its story count. */
export function getTopicCardInput(name: string, storyCount: number): SocialCardInput {
  return { title: name, kicker: TOPIC_CARD_KICKER, footer: fr.storyCount(storyCount) };
}
