import { describe, expect, it } from 'vitest';
import { buildFrontPage, compareEditorialOrder, getDossiers } from './front-page.ts';
import type { TopicRecord } from './corpus.ts';

const story = (id: string, kind: 'article' | 'brief', priority: number, day: string) => ({
  id,
  data: { kind, priority, publishedAt: new Date(`${day}T12:00:00Z`) },
});

describe('compareEditorialOrder', () => {
  it('puts priority before recency, and recency before the id', () => {
    const stories = [
      story('new-0', 'article', 0, '2018-01-01'),
      story('old-2', 'article', 2, '2015-01-01'),
      story('b', 'article', 0, '2017-01-01'),
      story('a', 'article', 0, '2017-01-01'),
    ];
    expect([...stories].sort(compareEditorialOrder).map((s) => s.id)).toEqual(['old-2', 'new-0', 'a', 'b']);
  });
});

describe('buildFrontPage', () => {
  const corpus = [
    story('brief-low', 'brief', 0, '2026-11-26'),
    story('report-old', 'article', 0, '2017-01-06'),
    story('brief-high', 'brief', 3, '2026-11-26'),
    story('report-featured', 'article', 5, '2016-01-01'),
    story('report-new', 'article', 0, '2018-01-01'),
  ];

  it('leads with the first reported story in editorial order and keeps briefs apart', () => {
    const page = buildFrontPage(corpus, 10);
    expect(page.lead?.id).toBe('report-featured');
    expect(page.reported.map((s) => s.id)).toEqual(['report-new', 'report-old']);
    expect(page.briefs.map((s) => s.id)).toEqual(['brief-high', 'brief-low']);
  });

  it('cuts each block to the limit', () => {
    const page = buildFrontPage(corpus, 1);
    expect(page.reported.map((s) => s.id)).toEqual(['report-new']);
    expect(page.briefs.map((s) => s.id)).toEqual(['brief-high']);
  });

  it('leads with a brief only when nothing reported is published', () => {
    const page = buildFrontPage([story('b1', 'brief', 0, '2020-01-01'), story('b2', 'brief', 1, '2019-01-01')], 10);
    expect(page.lead?.id).toBe('b2');
    expect(page.briefs.map((s) => s.id)).toEqual(['b1']);
    expect(buildFrontPage([], 10)).toEqual({ lead: undefined, reported: [], briefs: [] });
  });
});

describe('getDossiers', () => {
  const topic = (id: string, name: string): TopicRecord => ({
    id,
    filePath: `topics/${id}.yaml`,
    data: { name, description: 'x', chronology: false },
  });
  it('lists topics with stories, most stories first, each with its first story in editorial order', () => {
    const topics = [
      topic('justice', 'Justice'),
      topic('securite', 'Sécurité'),
      topic('terrorisme', 'Terrorisme'),
      topic('vide', 'Vide'),
    ];
    const j2 = story('j2', 'brief', 0, '2020-01-01');
    const j1 = story('j1', 'brief', 4, '2019-01-01');
    const s1 = story('s1', 'article', 0, '2018-01-01');
    const [t3, t2, t1] = ['t3', 't2', 't1'].map((id, i) => story(id, 'article', 0, `201${7 - i}-01-01`));
    const byTopic = new Map([
      ['justice', [j2, j1]],
      ['securite', [s1]],
      ['terrorisme', [t3!, t2!, t1!]],
      ['vide', []],
    ]);
    expect(getDossiers(byTopic, topics).map((d) => [d.topic.id, d.count, d.top.id])).toEqual([
      ['terrorisme', 3, 't3'],
      ['justice', 2, 'j1'],
      ['securite', 1, 's1'],
    ]);
  });
});
