import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, forEachWord, isStopWord, tokenize, toTerm, Vocabulary } from './text-index.ts';

describe('foldAccents', () => {
  it.each([
    ['coopération', 'cooperation'],
    ['sécurité à l’aéroport', 'securite a l’aeroport'],
    ['œuvre, cæcum', 'oeuvre, caecum'],
    ['maïs, noël, où, ça', 'mais, noel, ou, ca'],
    ['plain ascii', 'plain ascii'],
  ])('%j → %j', (input, expected) => {
    expect(foldAccents(input)).toBe(expected);
  });
});

describe('forEachWord', () => {
  it.each([
    ["l'attentat, aujourd’hui", ["l'attentat", 'aujourd’hui']],
    ['franco-belge', ['franco', 'belge']],
    ["« cité » 'entre guillemets'", ['cité', 'entre', 'guillemets']],
    ['13 novembre 2015, 1er février', ['13', 'novembre', '2015', '1er', 'février']],
    ["fin de phrase l' ", ['fin', 'de', 'phrase', 'l']],
    ['Ελλάδα et Łódź', ['Ελλάδα', 'et', 'Łódź']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    const words: string[] = [];
    forEachWord(text, (word) => words.push(word));
    expect(words).toEqual(expected);
  });
});

describe('isStopWord', () => {
  it.each([
    ['les', true],
    ['été', true],
    ['ete', true],
    ['depuis', true],
    ['attentat', false],
    ['belge', false],
  ])('%j → %j', (word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });
});

describe('toTerm', () => {
  it.each([
    // Inflections and derivations of one word meet on one stem.
    ['coopération', 'cooper'],
    ['coopérations', 'cooper'],
    ['coopérer', 'cooper'],
    ['renseignements', 'renseign'],
    ['renseignement', 'renseign'],
    // Case, elision and the typographic apostrophe.
    ['Sécurité', 'secur'],
    ["l'attentat", 'attentat'],
    ['L’Attentat', 'attentat'],
    ["d'Abdeslam", 'abdeslam'],
    ['Œuvres', 'oeuvr'],
    ["prud'hommes", 'prudhomm'],
    ['2016', '2016'],
    // Stop words, elided stop words and single letters give nothing.
    ['les', null],
    ["qu'il", null],
    ["jusqu'à", null],
    ["aujourd'hui", null],
    ['x', null],
  ])('%j → %j', (word, expected) => {
    expect(toTerm(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  it.each([
    [
      "La coopération franco-belge contre le terrorisme, aujourd'hui à Bruxelles.",
      ['cooper', 'franco', 'belg', 'terror', 'bruxel'],
    ],
    ["L'attentat et les attentats", ['attentat', 'attentat']],
    ['Il a été et il sera', []],
  ])('%j → %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('Vocabulary', () => {
  it('counts terms per text with dense ids shared across texts', () => {
    const vocabulary = new Vocabulary();
    const first = vocabulary.count("Attentat, attentats et l'attentat de Bruxelles");
    const second = vocabulary.count('Bruxelles, après les attentats');

    const attentat = vocabulary.idOf('attentat')!;
    const bruxel = vocabulary.idOf('bruxel')!;
    expect([attentat, bruxel]).toEqual([0, 1]);
    expect(vocabulary.size).toBe(2);
    expect([...first.ids]).toEqual([attentat, bruxel]);
    expect([...first.counts]).toEqual([3, 1]);
    expect(first.length).toBe(4);
    expect([...second.ids]).toEqual([attentat, bruxel]);
    expect([...second.counts]).toEqual([1, 1]);
    expect(vocabulary.termOf(bruxel)).toBe('bruxel');
    expect(vocabulary.idOf('absent')).toBeUndefined();
    expect(() => vocabulary.termOf(99)).toThrow(RangeError);
  });

  it('runs the stemmer once per distinct lower-case word', () => {
    const stemmed: string[] = [];
    const vocabulary = new Vocabulary((word) => {
      stemmed.push(word);
      return word;
    });
    vocabulary.count('Police police POLICE polices');
    vocabulary.count('police');
    expect(stemmed).toEqual(['police', 'polices']);
  });

  it('returns ids in ascending order whatever the order of first appearance', () => {
    const vocabulary = new Vocabulary();
    vocabulary.count('alpha bravo charlie');
    const counts = vocabulary.count('charlie alpha bravo charlie');
    expect([...counts.ids]).toEqual([0, 1, 2]);
    expect([...counts.counts]).toEqual([1, 1, 2]);
  });

  it('agrees with tokenize on arbitrary text, across many texts sharing one vocabulary', () => {
    const vocabulary = new Vocabulary();
    // Few letters and short words: many repeated words and many distinct ones, so the word table grows and probes collide.
    const letter = fc.constantFrom('a', 'b', 'é', 'è', 'ç', 'œ', 'E', 'É', 'r', 's', 't', 'i', 'o', 'n');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 7 });
    const separator = fc.constantFrom(' ', ', ', "'", '’', '-', '. ', '\n');
    const text = fc
      .array(fc.tuple(word, separator), { maxLength: 60 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (input) => {
        const expected = new Map<string, number>();
        for (const term of tokenize(input)) expected.set(term, (expected.get(term) ?? 0) + 1);
        const counts = vocabulary.count(input);
        const actual = new Map<string, number>();
        counts.ids.forEach((id, k) => actual.set(vocabulary.termOf(id), counts.counts[k]!));
        expect(actual).toEqual(expected);
        expect(counts.length).toBe(tokenize(input).length);
      }),
      { numRuns: 500 },
    );
  });
});
