import { describe, expect, it } from 'vitest';
import {
  findForbiddenCharacter,
  findTextHygieneProblems,
  findUnclosedBidiControl,
  isInvisibleText,
  toCodePointLabel,
} from './text-hygiene.ts';

describe('findForbiddenCharacter', () => {
  it.each([
    ['U+0001', 'Titre\u0001piégé', 'U+0001', 6, /control character/],
    ['U+000B (vertical tab)', 'a\u000Bb', 'U+000B', 2, /control character/],
    ['U+000C (form feed)', 'a\u000Cb', 'U+000C', 2, /control character/],
    ['U+007F (delete)', 'a\u007F', 'U+007F', 2, /control character/],
    ['U+0085 (C1 next line)', '\u0085a', 'U+0085', 1, /control character/],
    ['U+FFFE', 'a\uFFFEb', 'U+FFFE', 2, /non-character/],
    ['U+FFFF', 'a\uFFFF', 'U+FFFF', 2, /non-character/],
    ['U+FDD0', '\uFDD0', 'U+FDD0', 1, /non-character/],
    ['U+1FFFE (supplementary non-character)', 'a\u{1FFFE}', 'U+1FFFE', 2, /non-character/],
    ['a lone high surrogate', 'a\uD800b', 'U+D800', 2, /surrogate/],
    ['a lone low surrogate', 'a\uDC00', 'U+DC00', 2, /surrogate/],
    ['U+FFFD (decoding error)', 'S\uFFFDcurit\uFFFD', 'U+FFFD', 2, /save the file as UTF-8/],
  ])('refuses %s, naming the code point and where it is', (_name, text, codePoint, position, gist) => {
    const problem = findForbiddenCharacter(text);
    expect(problem?.codePoint).toBe(codePoint);
    expect(problem?.message).toContain(`${codePoint} (`);
    expect(problem?.message).toContain(`at character ${position};`);
    expect(problem?.message).toMatch(gist);
  });

  it.each([
    ['French text', 'Coopération franco-belge : « accord » signé à 19 h'],
    ['tab, line feed and carriage return', 'a\tb\nc\r\nd'],
    ['an emoji (a valid surrogate pair)', 'Alerte 🚨'],
    ['no-break and narrow no-break spaces', 'Vigie\u00A0: 12\u202F000'],
  ])('accepts %s', (_name, text) => {
    expect(findForbiddenCharacter(text)).toBeUndefined();
  });
});

describe('isInvisibleText', () => {
  it.each([
    ['zero-width space, non-joiner, joiner and word joiner', '\u200B\u200C\u200D\u2060'],
    ['a byte order mark', '\uFEFF'],
    ['Hangul fillers', '\u3164\u115F'],
    ['blank braille', '\u2800\u2800'],
    ['a combining mark alone', '\u0301'],
    ['spaces of every width', ' \u00A0\u2003\u202F'],
    ['soft hyphens', '\u00AD\u00AD'],
    ['nothing', ''],
  ])('is true for %s', (_name, text) => {
    expect(isInvisibleText(text)).toBe(true);
  });

  it.each([
    ['a letter among invisibles', '\u200Ba\u200B'],
    ['a dash', '—'],
    ['a digit', '7'],
  ])('is false for %s', (_name, text) => {
    expect(isInvisibleText(text)).toBe(false);
  });
});

describe('findUnclosedBidiControl', () => {
  it.each([
    ['an unclosed RIGHT-TO-LEFT OVERRIDE', 'Titre \u202Eretourné', 'U+202E', 7],
    ['an unclosed isolate', '\u2067texte', 'U+2067', 1],
    ['an embedding closed by the wrong closer', '\u202Bx\u2069', 'U+202B', 1],
    ['an override closed only after a line break', 'a\u202Eb\nc\u202C', 'U+202E', 2],
    ['the first of two open controls', 'a\u202Db\u202Ec\u202C', 'U+202D', 2],
  ])('finds %s', (_name, text, codePoint, position) => {
    const problem = findUnclosedBidiControl(text);
    expect(problem?.codePoint).toBe(codePoint);
    expect(problem?.message).toContain(`at character ${position} and never closes it`);
  });

  it.each([
    ['a closed override', 'a\u202Eb\u202Cc'],
    ['a closed isolate', 'a\u2067عربي\u2069 b'],
    ['an isolate closing an embedding inside it', '\u2068a\u202Bb\u2069'],
    ['a stray closer', 'a\u202C\u2069b'],
    ['controls closed on every line', 'a\u202Eb\u202C\nc\u2066d\u2069'],
  ])('accepts %s', (_name, text) => {
    expect(findUnclosedBidiControl(text)).toBeUndefined();
  });
});

describe('findTextHygieneProblems', () => {
  it('reports a forbidden character and an open bidi control together', () => {
    expect(findTextHygieneProblems('\u0001\u202E').map((p) => p.codePoint)).toEqual(['U+0001', 'U+202E']);
  });

  it('labels code points with at least four hex digits', () => {
    expect(toCodePointLabel('\u000B')).toBe('U+000B');
    expect(toCodePointLabel('\u{10FFFF}')).toBe('U+10FFFF');
  });
});
