import { describe, expect, it } from 'vitest';
import { buildChronology, sortNewestContextFirst, splitTopicStories } from './chronology.ts';

const story = (id: string, event?: { date: string; label: string }) => ({ id, data: { event } });

describe('buildChronology', () => {
  it('orders events by calendar day, oldest first, and skips undated stories', () => {
    const items = buildChronology([
      story('bruxelles', { date: '2016-03-22', label: 'Attentats de Bruxelles' }),
      story('sans-date'),
      story('paris', { date: '2015-11-13', label: 'Attentats de Paris' }),
      story('sommet', { date: '2016-02-01', label: 'Sommet franco-belge' }),
    ]);
    expect(items.map((i) => i.story.id)).toEqual(['paris', 'sommet', 'bruxelles']);
    expect(items[0]).toMatchObject({ date: '2015-11-13', label: 'Attentats de Paris' });
  });

  it('breaks same-day ties by label', () => {
    const items = buildChronology([
      story('b', { date: '2016-03-18', label: 'Perquisition' }),
      story('a', { date: '2016-03-18', label: 'Arrestation' }),
    ]);
    expect(items.map((i) => i.label)).toEqual(['Arrestation', 'Perquisition']);
  });
});

describe('splitTopicStories', () => {
  it('puts each dated story in the chronology once and lists only the others, in their order', () => {
    const stories = [
      story('recent-sans-date'),
      story('bruxelles', { date: '2016-03-22', label: 'Attentats de Bruxelles' }),
      story('ancien-sans-date'),
      story('paris', { date: '2015-11-13', label: 'Attentats de Paris' }),
    ];
    const { chronology, others } = splitTopicStories(stories);
    expect(chronology.map((i) => i.story.id)).toEqual(['paris', 'bruxelles']);
    expect(others.map((s) => s.id)).toEqual(['recent-sans-date', 'ancien-sans-date']);
  });

  it('reads events through the given accessor (context files), not only the frontmatter', () => {
    const stories = [story('recit'), story('paris', { date: '2015-11-13', label: 'Attentats de Paris' })];
    const extra = new Map([['recit', { date: '2017-01-06', label: 'Rencontre' }]]);
    const { chronology, others } = splitTopicStories(stories, (s) => s.data.event ?? extra.get(s.id));
    expect(chronology.map((i) => [i.date, i.story.id])).toEqual([
      ['2015-11-13', 'paris'],
      ['2017-01-06', 'recit'],
    ]);
    expect(others).toEqual([]);
  });
});

describe('sortNewestContextFirst', () => {
  const dated = (id: string, publishedAt: string, event?: { date: string; label: string }) => ({
    id,
    data: { publishedAt: new Date(publishedAt), event },
  });
  it('orders by event day (publication day without one), newest first, keeping ties in input order', () => {
    const stories = [
      dated('brief-2015', '2026-12-01T10:00:00Z', { date: '2015-11-13', label: 'Paris' }),
      dated('recit-2017', '2017-01-06T18:00:00Z'),
      dated('brief-2018', '2026-12-02T10:00:00Z', { date: '2018-01-23', label: 'Lille' }),
      dated('autre-2017', '2017-01-06T09:00:00Z'),
    ];
    expect(sortNewestContextFirst(stories, (s) => s.data.event).map((s) => s.id)).toEqual([
      'brief-2018',
      'recit-2017',
      'autre-2017',
      'brief-2015',
    ]);
  });
});
