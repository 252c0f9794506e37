import { describe, expect, it } from 'vitest';
import { formatCredits, groupCredits } from './credits.ts';

describe('credits', () => {
  it.each([
    [[{ name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' }], 'Martin Vachiery (Reportage RTLINFO 19H)'],
    [
      [
        { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
        { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
      ],
      'Martin Vachiery et Steve Damman (Reportage RTLINFO 19H)',
    ],
    [
      [
        { name: 'A', role: 'Texte' },
        { name: 'B', role: 'Photo' },
        { name: 'C', role: 'Texte' },
      ],
      'A et C (Texte)\u202F; B (Photo)',
    ],
  ])('%j → %s', (credits, expected) => {
    expect(formatCredits(credits)).toBe(expected);
  });

  it('keeps first-appearance order of roles', () => {
    expect(
      groupCredits([
        { name: 'B', role: 'Photo' },
        { name: 'A', role: 'Texte' },
      ]).map((g) => g.role),
    ).toEqual(['Photo', 'Texte']);
  });
});
