import { describe, expect, it } from 'vitest';
import { detectCredits, isPersonName, parseCreditOption, resolveCredits } from './credits.ts';
import { ImportError } from './errors.ts';

const SEED_STANDFIRST =
  "Le terrorisme et la gestion de l'après-attentats de Paris et Bruxelles étaient au centre d'une réunion entre le ministre de l'Intérieur Jan Jambon et son homologue français. Un objectif commun: renforcer encore la coopération entre les deux pays. Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H.";

describe('detectCredits', () => {
  it.each([
    [
      SEED_STANDFIRST,
      [
        { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
        { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
      ],
    ],
    [
      'Un sommet. Anne de la Croix y a assisté pour le RTLINFO 13H.',
      [{ name: 'Anne de la Croix', role: 'Reportage RTLINFO 13H' }],
    ],
    [
      'Un sommet. Léa Dubois, Marc Petit et Jean-Luc Van Damme ont assisté pour RTL TVI',
      [
        { name: 'Léa Dubois', role: 'Reportage RTL TVI' },
        { name: 'Marc Petit', role: 'Reportage RTL TVI' },
        { name: 'Jean-Luc Van Damme', role: 'Reportage RTL TVI' },
      ],
    ],
    [
      'Un sommet. Reportage de Julie Martin pour le JT de 19H.',
      [{ name: 'Julie Martin', role: 'Reportage JT de 19H' }],
    ],
    [
      "Un sommet. Paul Durand était sur place pour l'émission Face à face.",
      [{ name: 'Paul Durand', role: 'Reportage émission Face à face' }],
    ],
  ])('%j', (standfirst, expected) => {
    expect(detectCredits(standfirst)).toEqual(expected);
  });

  it.each([
    ['Un objectif commun: renforcer encore la coopération entre les deux pays.'],
    ['Les journalistes y ont assisté pour le RTLINFO 19H.'],
    ['Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H. Puis ils sont partis.'],
    ['Le ministre a assisté pour la première fois à un sommet.'],
    [''],
  ])('finds no credit in %j', (standfirst) => {
    expect(detectCredits(standfirst)).toEqual([]);
  });
});

describe('isPersonName', () => {
  it.each([
    ['Martin Vachiery', true],
    ['Anne de la Croix', true],
    ["Jeanne d'Arc", true],
    ['Martin', false],
    ['Les journalistes', false],
    ['Un Deux Trois Quatre Cinq Six', false],
    ['le ministre', false],
  ])('%j → %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});

describe('parseCreditOption', () => {
  it.each([
    ['Martin Vachiery=Reportage RTLINFO 19H', { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' }],
    [' Belga = Agence ', { name: 'Belga', role: 'Agence' }],
    ['A=B=C', { name: 'A', role: 'B=C' }],
  ])('%j', (value, expected) => {
    expect(parseCreditOption(value)).toEqual(expected);
  });

  it.each(['Martin Vachiery', '=Rédaction', 'Belga=', ' = '])('refuses %j', (value) => {
    expect(() => parseCreditOption(value)).toThrow(/--credit ".*" is not of the form "Name=Role"/);
  });
});

describe('resolveCredits', () => {
  const explicit = [{ name: 'Belga', role: 'Agence' }];
  it('prefers explicit credits', () => {
    expect(resolveCredits(explicit, SEED_STANDFIRST, 'RTL INFO')).toEqual(explicit);
  });
  it('then credits detected in the standfirst', () => {
    expect(resolveCredits([], SEED_STANDFIRST, 'RTL INFO').map((c) => c.name)).toEqual([
      'Martin Vachiery',
      'Steve Damman',
    ]);
  });
  it('then the source as "Rédaction"', () => {
    expect(resolveCredits([], 'Un chapeau.', 'RTL INFO')).toEqual([{ name: 'RTL INFO', role: 'Rédaction' }]);
  });
  it('else asks for --credit', () => {
    expect(() => resolveCredits([], 'Un chapeau.', undefined)).toThrow(ImportError);
    expect(() => resolveCredits([], 'Un chapeau.', undefined)).toThrow(/no credit found.*Pass --credit "Name=Role"/);
  });
});
