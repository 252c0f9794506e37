import { describe, expect, it } from 'vitest';
import { getArticleCardInput, getTopicCardInput } from './card-input.ts';

const TOPIC_NAMES = new Map([
  ['terrorisme', 'Terrorisme'],
  ['cooperation-franco-belge', 'Coopération franco-belge'],
]);

describe('getArticleCardInput', () => {
  it('uses the first topic as kicker and the publication day as footer', () => {
    const data = {
      title: 'Titre',
      publishedAt: new Date('2017-01-06T19:00:00+01:00'),
      topics: ['cooperation-franco-belge', 'terrorisme'],
      kind: 'article' as const,
    };
    expect(getArticleCardInput(data, TOPIC_NAMES)).toEqual({
      title: 'Titre',
      kicker: 'Coopération franco-belge',
      footer: '6 janvier 2017',
    });
  });

  it('shows the day in Brussels, not in UTC', () => {
    const data = {
      title: 'Titre',
      publishedAt: new Date('2026-11-19T23:30:00Z'),
      topics: ['terrorisme'],
      kind: 'article' as const,
    };
    expect(getArticleCardInput(data, TOPIC_NAMES).footer).toBe('20 novembre 2026');
  });

  it('labels a background brief "Repère"', () => {
    const data = {
      title: 'Titre',
      publishedAt: new Date('2016-03-22T07:58:00+01:00'),
      topics: ['terrorisme'],
      kind: 'brief' as const,
    };
    expect(getArticleCardInput(data, TOPIC_NAMES).kicker).toBe('Repère');
  });
});

describe('getTopicCardInput', () => {
  it.each([
    [0, '0 article'],
    [1, '1 article'],
    [12, '12 articles'],
  ])('with %i stories says "%s"', (count, footer) => {
    expect(getTopicCardInput('Justice', count)).toEqual({ title: 'Justice', kicker: 'Sujet', footer });
  });
});
