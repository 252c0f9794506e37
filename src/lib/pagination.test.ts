import { describe, expect, it } from 'vitest';
import { paginate } from './pagination.ts';

describe('paginate', () => {
  it.each([
    [0, 20, [0]],
    [1, 20, [1]],
    [20, 20, [20]],
    [21, 20, [20, 1]],
    [45, 20, [20, 20, 5]],
  ])('%i items by %i → page sizes %j', (count, size, sizes) => {
    const pages = paginate(
      Array.from({ length: count }, (_, i) => i),
      size,
    );
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => p.page)).toEqual(sizes.map((_, i) => i + 1));
    expect(pages.every((p) => p.totalPages === sizes.length)).toBe(true);
  });

  it('keeps order and loses nothing', () => {
    const items = Array.from({ length: 47 }, (_, i) => `s${i}`);
    expect(paginate(items, 20).flatMap((p) => p.items)).toEqual(items);
  });

  it.each([0, -1, 1.5])('refuses page size %s', (size) => {
    expect(() => paginate([1], size)).toThrow(RangeError);
  });
});
