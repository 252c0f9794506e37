import { describe, expect, it } from 'vitest';
import { buildChronology } from './chronology.ts';

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
