import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toMarkdownFile, toYaml } from './frontmatter.ts';

describe('toYaml', () => {
  it('double-quotes every string, so dates stay strings with their offset', () => {
    expect(toYaml({ publishedAt: '2016-03-22T08:58:00+01:00', draft: false })).toBe(
      'publishedAt: "2016-03-22T08:58:00+01:00"\ndraft: false\n',
    );
  });

  it('round-trips nested lists and maps, quotes and accents included', () => {
    const data = {
      title: '"Nous ne baisserons pas la garde" : à Liège',
      topics: ['terrorisme', 'securite'],
      credits: [
        { name: 'Aïcha Benali', role: 'journaliste' },
        { name: 'Rédaction', role: 'avec Belga' },
      ],
      event: { date: '2016-03-22', label: "L'attentat" },
    };
    expect(parse(toYaml(data))).toEqual(data);
  });

  it('leaves out undefined values', () => {
    expect(toYaml({ a: 'x', b: undefined, c: { d: undefined, e: 'y' } })).toBe('a: "x"\nc:\n  e: "y"\n');
  });
});

describe('toMarkdownFile', () => {
  it('puts the frontmatter between --- lines and ends with one newline', () => {
    expect(toMarkdownFile({ title: 'T' }, 'Texte.\n\n')).toBe('---\ntitle: "T"\n---\n\nTexte.\n');
  });
});
