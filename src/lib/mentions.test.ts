import { describe, expect, it } from 'vitest';
import { buildNameMatcher, findMentions, groupStoriesByEntity } from './mentions.ts';

const jambon = { id: 'jan-jambon', data: { name: 'Jan Jambon', aliases: ['M. Jambon'] } };
const ei = { id: 'etat-islamique', data: { name: 'État islamique', aliases: ['Etat islamique'] } };
const abdeslam = { id: 'salah-abdeslam', data: { name: 'Salah Abdeslam', aliases: ['Abdeslam'] } };

describe('buildNameMatcher', () => {
  it('matches whole words, case kept, across no-break spaces of the typeset text', () => {
    const matcher = buildNameMatcher(['Jan Jambon', 'M. Jambon']);
    expect(matcher.test('le ministre Jan Jambon, lors')).toBe(true);
    expect(matcher.test('entre M. Jambon et')).toBe(true);
    expect(matcher.test('Jan Jambonneau')).toBe(false);
    expect(matcher.test('jan jambon')).toBe(false);
    expect(matcher.test('MM. Jambon')).toBe(false);
  });
});

describe('findMentions', () => {
  const stories = [
    { id: 'a', title: 'Jan Jambon à Lille', description: 'x', bodyText: 'Le groupe Etat islamique.' },
    { id: 'b', title: 'Autre', description: 'y', bodyText: 'Rien à signaler.' },
    { id: 'c', title: 'Arrestation', description: 'Salah\u00A0Abdeslam arrêté', bodyText: 'M. Jambon et Abdeslam.' },
  ];

  it('puts a name of the headline or standfirst in `about`, one of the text only in `mentions`', () => {
    const found = findMentions([jambon, ei, abdeslam], stories);
    expect([...found.keys()]).toEqual(['a', 'c']);
    expect(found.get('a')).toEqual({ about: [jambon], mentions: [ei] });
    expect(found.get('c')).toEqual({ about: [abdeslam], mentions: [jambon] });
  });

  it('groups story ids by entity, in the given story order', () => {
    const found = findMentions([jambon, ei, abdeslam], stories);
    const byEntity = groupStoriesByEntity(found, ['c', 'b', 'a']);
    expect(Object.fromEntries(byEntity)).toEqual({
      'salah-abdeslam': ['c'],
      'jan-jambon': ['c', 'a'],
      'etat-islamique': ['a'],
    });
  });
});
