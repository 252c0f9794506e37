import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../schemas/article.ts';
import type { TopicRecord } from '../corpus.ts';
import { listSocialCards } from './card-manifest.ts';
import { SITE_CARD_TITLE, TOPIC_CARD_KICKER } from './card-input.ts';

const topic = (id: string, name: string): TopicRecord => ({
  id,
  filePath: `topics/${id}.yaml`,
  data: { name } as TopicRecord['data'],
});
const story = (id: string, title: string, topics: string[]) => ({
  id,
  data: { title, topics, publishedAt: new Date('2017-01-06T18:00:00Z'), kind: 'news' } as unknown as ArticleData,
});

describe('listSocialCards', () => {
  const topics = [topic('justice', 'Justice'), topic('terrorisme', 'Terrorisme')];
  const stories = [story('b', 'Deuxième', ['terrorisme']), story('a', 'Première', ['justice', 'terrorisme'])];
  const cards = listSocialCards({
    stories: stories as never,
    topics,
    storiesByTopic: new Map([
      ['terrorisme', stories as never],
      ['justice', [stories[1]] as never],
    ]),
  });

  it('lists the site card, one card per story and one per topic, each at its published path', () => {
    expect(cards.map((c) => c.path)).toEqual([
      '/og/site.png',
      '/og/articles/b.png',
      '/og/articles/a.png',
      '/og/sujets/justice.png',
      '/og/sujets/terrorisme.png',
    ]);
  });

  it('gives each card what it shows', () => {
    expect(cards[0]!.card.title).toBe(SITE_CARD_TITLE);
    expect(cards[2]!.card).toMatchObject({ title: 'Première', kicker: 'Justice', footer: '6 janvier 2017' });
    expect(cards[4]!.card).toMatchObject({ title: 'Terrorisme', kicker: TOPIC_CARD_KICKER });
    expect(cards[4]!.card.footer).toMatch(/^2\b/);
  });
});
