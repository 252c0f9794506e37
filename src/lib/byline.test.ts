import { describe, expect, it } from 'vitest';
import { formatBylineNames, getSourceLabel } from './byline.ts';

const reporters = [
  { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
  { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
];

describe('formatBylineNames', () => {
  it('keeps the roles of a republished piece', () => {
    expect(formatBylineNames({ kind: 'article', credits: reporters })).toBe(
      'Martin Vachiery et Steve Damman (Reportage RTLINFO 19H)',
    );
  });

  it.each([
    ['La rédaction de Vigie', 'la rédaction de Vigie'],
    ["L'équipe Vigie", "l'équipe Vigie"],
    ['Lara Dubois', 'Lara Dubois'],
    ['Leila Amrani', 'Leila Amrani'],
  ])('a brief by « %s » reads « Par %s »', (name, expected) => {
    expect(formatBylineNames({ kind: 'brief', credits: [{ name, role: 'Repère' }] })).toBe(expected);
  });

  it('names each author of a brief once', () => {
    const credits = [
      { name: 'Ana Lopes', role: 'Texte' },
      { name: 'Ana Lopes', role: 'Vérification' },
      { name: 'Jo Peeters', role: 'Texte' },
    ];
    expect(formatBylineNames({ kind: 'brief', credits })).toBe('Ana Lopes et Jo Peeters');
  });
});

describe('getSourceLabel', () => {
  it('is the source name of a republished story, nothing otherwise', () => {
    expect(getSourceLabel({ source: { name: 'RTL INFO', url: 'https://www.rtl.be/' } })).toBe('RTL INFO');
    expect(getSourceLabel({})).toBeUndefined();
  });
});
