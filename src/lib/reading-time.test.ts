import { describe, expect, it } from 'vitest';
import { countWords, getReadingMinutes } from './reading-time.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Bonjour', 1],
    ["l'année 2016 a été marquée", 5],
    ['franco-belge, aujourd’hui (...) !', 2],
    ['  Les   services\nde renseignements  ', 4],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('getReadingMinutes', () => {
  it.each([
    [0, 1],
    [230, 1],
    [231, 2],
    [690, 3],
  ])('%i words → %i min', (words, expected) => {
    expect(getReadingMinutes(words, 230)).toBe(expected);
  });
});
