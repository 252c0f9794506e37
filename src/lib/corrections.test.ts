import { describe, expect, it } from 'vitest';
import { listUpdates } from './corrections.ts';

const at = (iso: string, text: string, kind: 'update' | 'correction' = 'update') => ({
  date: new Date(iso),
  kind,
  text,
});

describe('listUpdates', () => {
  it('lists every update of every story, newest first, stable on ties', () => {
    const a = { id: 'a', data: { updates: [at('2017-01-07T10:00:00Z', 'a1'), at('2017-02-01T10:00:00Z', 'a2')] } };
    const b = { id: 'b', data: { updates: [at('2017-01-20T10:00:00Z', 'b1', 'correction')] } };
    const c = { id: 'c', data: { updates: [] } };
    const d = { id: 'd', data: { updates: [at('2017-01-20T10:00:00Z', 'd1')] } };
    expect(listUpdates([a, b, c, d]).map((r) => `${r.story.id}:${r.update.text}`)).toEqual([
      'a:a2',
      'b:b1',
      'd:d1',
      'a:a1',
    ]);
  });

  it('is empty when nothing was updated', () => {
    expect(listUpdates([{ data: { updates: [] } }])).toEqual([]);
  });
});
