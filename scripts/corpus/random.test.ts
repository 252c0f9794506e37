import { describe, expect, it } from 'vitest';
import { createRandom, createZipfSampler } from './random.ts';

describe('createRandom', () => {
  it('repeats its sequence for a seed and changes with the seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int() within its bounds and reaches both', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct items, at most all of them', () => {
    const random = createRandom(3);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('createZipfSampler', () => {
  it('draws item k about 1/(k+1) as often as the first', () => {
    const sample = createZipfSampler(['a', 'b', 'c', 'd'], createRandom(42));
    const counts = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) {
      const item = sample();
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    const first = counts.get('a')!;
    expect(counts.get('b')! / first).toBeCloseTo(1 / 2, 1);
    expect(counts.get('c')! / first).toBeCloseTo(1 / 3, 1);
    expect(counts.get('d')! / first).toBeCloseTo(1 / 4, 1);
  });
});
