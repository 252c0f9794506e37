import { describe, expect, it } from 'vitest';
import { formatBylineNames, getBylineParts, getSourceLabel } from './byline.ts';

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

describe('getBylineParts', () => {
  it('gives each credited name the slug of its author page, and the text between them', () => {
    const credits = [...reporters, { name: 'Élise Durant', role: 'Montage' }];
    expect(getBylineParts({ kind: 'article', credits })).toEqual([
      { text: 'Martin Vachiery', authorSlug: 'martin-vachiery' },
      { text: ' et ' },
      { text: 'Steve Damman', authorSlug: 'steve-damman' },
      { text: ' (Reportage RTLINFO 19H)' },
      { text: '\u202F; ' },
      { text: 'Élise Durant', authorSlug: 'elise-durant' },
      { text: ' (Montage)' },
    ]);
  });

  it('links the desk of a brief under its own name, shown in lower case after « Par »', () => {
    expect(getBylineParts({ kind: 'brief', credits: [{ name: 'La rédaction de Vigie', role: 'Repère' }] })).toEqual([
      { text: 'la rédaction de Vigie', authorSlug: 'la-redaction-de-vigie' },
    ]);
  });
});

describe('getSourceLabel', () => {
  it('is the source name of a republished story, nothing otherwise', () => {
    expect(getSourceLabel({ source: { name: 'RTL INFO', url: 'https://www.rtl.be/' } })).toBe('RTL INFO');
    expect(getSourceLabel({})).toBeUndefined();
  });
});
