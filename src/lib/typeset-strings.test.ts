import { describe, expect, it } from 'vitest';
import { typesetStrings } from './typeset-strings.ts';

describe('typesetStrings', () => {
  it('typesets plain strings and what functions return', () => {
    const table = typesetStrings({
      note: 'Repère : une fiche',
      quoted: 'Aucun résultat pour "x"',
      count: (n: number) => `Résultats : ${n} !`,
    });
    expect(table.note).toBe('Repère\u00A0: une fiche');
    expect(table.quoted).toBe('Aucun résultat pour «\u00A0x\u00A0»');
    expect(table.count(3)).toBe('Résultats\u00A0: 3\u202F!');
  });

  it('leaves strings without French punctuation as they are', () => {
    expect(typesetStrings({ home: 'Accueil', url: 'https://vigie.example/a:b' })).toEqual({
      home: 'Accueil',
      url: 'https://vigie.example/a:b',
    });
  });
});
