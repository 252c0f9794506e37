import { describe, expect, it } from 'vitest';
import { buildCacheKey } from './cache-key.ts';

const story = (id: string, digest: string, title = 'Titre') => ({
  id,
  path: `/articles/${id}/`,
  data: { title },
  entry: { digest, rendered: { html: '<p>…</p>' } },
});

describe('buildCacheKey', () => {
  it('is stable for equal data', () => {
    expect(buildCacheKey(story('a', '1'), [{ id: 't', data: { name: 'Terrorisme' } }])).toBe(
      buildCacheKey(story('a', '1'), [{ id: 't', data: { name: 'Terrorisme' } }]),
    );
    expect(buildCacheKey('x')).toMatch(/^[\w-]{22}$/);
  });

  it.each([
    ['a story file changes', [story('a', '1')], [story('a', '2')]],
    [
      'a listed story changes',
      [{ items: [story('a', '1'), story('b', '1')] }],
      [{ items: [story('a', '1'), story('b', '9')] }],
    ],
    ['the order of a list changes', [[story('a', '1'), story('b', '1')]], [[story('b', '1'), story('a', '1')]]],
    [
      'a topic is renamed',
      [{ id: 't', data: { name: 'Terrorisme' } }],
      [{ id: 't', data: { name: 'Terrorisme et radicalisation' } }],
    ],
    ['a page number changes', [{ page: 1, totalPages: 3 }], [{ page: 1, totalPages: 4 }]],
  ])('changes when %s', (_, before, after) => {
    expect(buildCacheKey(...after)).not.toBe(buildCacheKey(...before));
  });

  it('keys stories by id and digest only, not by derived fields', () => {
    expect(buildCacheKey(story('a', '1', 'Un'))).toBe(buildCacheKey(story('a', '1', 'Deux')));
  });
});
