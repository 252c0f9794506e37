/**
 * Seeded pseudo-random helpers for the synthetic corpus. Everything the generator
 * draws goes through one {@link Random}, so a seed fixes the whole output.
 */

/** A seeded source of pseudo-random numbers with the draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items of `items` (all of them when `count` ≥ length), in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Mulberry32 over a 32-bit state: tiny, fast, and good enough for test data
 * (it is not cryptographic). Seeds are folded to 32 bits, so any integer works.
 */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    sample: (items, count) => {
      const pool = [...items];
      const taken: typeof pool = [];
      while (taken.length < count && pool.length > 0) taken.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return taken;
    },
  };
}

/**
 * A sampler drawing `items[k]` with weight 1 / (k + 1)^exponent: Zipf-like
 * popularity, the first item most frequent. Binary search over cumulative weights.
 */
export function createZipfSampler<T>(items: readonly T[], random: Random, exponent = 1): () => T {
  if (items.length === 0) throw new RangeError('cannot sample from an empty list');
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < items.length; k++) cumulative.push((total += 1 / (k + 1) ** exponent));
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! <= target) low = mid + 1;
      else high = mid;
    }
    return items[low]!;
  };
}
