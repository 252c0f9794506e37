import { describe, expect, it } from 'vitest';
import { formatCardBench, getBenchCardInputs, type CardBenchResult } from './cards.ts';

describe('getBenchCardInputs', () => {
  it('gives one typeset card per generated story, with its first topic and its date', () => {
    const inputs = getBenchCardInputs(40, 1);
    expect(inputs).toHaveLength(40);
    for (const input of inputs) {
      expect(input.title.length).toBeGreaterThan(10);
      // French typography applied: no ordinary space before « ; : ! ? » punctuation.
      expect(input.title).not.toMatch(/ [;:!?»]/);
      expect(input.kicker).toBeTruthy();
      expect(input.footer).toMatch(/^\d{1,2}(er)? \p{L}+ 20\d\d$/u);
    }
    // Typeset as the build does: no-break spaces inside « » and before « : ».
    expect(inputs.filter((input) => /[\u00A0\u202F]/.test(input.title)).length).toBeGreaterThan(0);
    expect(getBenchCardInputs(40, 1)).toEqual(inputs);
  });
});

describe('formatCardBench', () => {
  const result: CardBenchResult = {
    n: 10,
    rounds: 1,
    satoriCpuMsPerCard: 10,
    encoders: [
      { name: 'old', description: 'former', cpuMsPerCard: 30, totalCpuMsPerCard: 40, meanBytes: 40_000 },
      { name: 'new', description: 'adopted', cpuMsPerCard: 10, totalCpuMsPerCard: 20, meanBytes: 60_000 },
    ],
    pool: [{ threads: 2, wallSeconds: 2, cpuSeconds: 3.5, cardsPerSecond: 5 }],
    identicalAcrossPoolSizes: true,
  };

  it('gives each candidate its ratio to the first one and its projected CPU for 10,000 cards', () => {
    const text = formatCardBench(result);
    expect(text).toContain('| old: former | 30.0 | 40.0 | 1.00 | 40.0 kB | 400 s |');
    expect(text).toContain('| new: adopted | 10.0 | 20.0 | 0.50 | 60.0 kB | 200 s |');
    expect(text).toContain('| 2 | 2.00 | 3.50 | 5.0 |');
    expect(text).toContain('in this process: yes.');
  });

  it('says so loudly when pool sizes gave different bytes', () => {
    expect(formatCardBench({ ...result, identicalAcrossPoolSizes: false })).toMatch(/: NO\.$/m);
  });
});
