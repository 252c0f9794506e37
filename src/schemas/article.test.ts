import { describe, expect, it } from 'vitest';
import { articleSchema, MAX_TITLE_LENGTH, MAX_TOPICS_PER_ARTICLE } from './article.ts';

const valid = {
  title: 'Titre',
  description: 'Chapeau.',
  publishedAt: '2017-01-06T19:00:00+01:00',
  topics: ['terrorisme'],
  credits: [{ name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' }],
};

function issuesOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('articleSchema', () => {
  it('accepts a minimal article and fills defaults', () => {
    const data = articleSchema.parse(valid);
    expect(data.publishedAt.toISOString()).toBe('2017-01-06T18:00:00.000Z');
    expect(data).toMatchObject({ kind: 'article', draft: false, references: [], priority: 0, updates: [] });
  });

  it('accepts dated updates when updatedAt is the newest one', () => {
    const data = articleSchema.parse({
      ...valid,
      updatedAt: '2017-01-09T10:00:00+01:00',
      updates: [
        { date: '2017-01-07T10:00:00+01:00', text: 'Ajout du nom du second journaliste.' },
        { date: '2017-01-09T10:00:00+01:00', kind: 'correction', text: 'Le sommet a eu lieu le 1er février.' },
      ],
    });
    expect(data.updates.map((u) => u.kind)).toEqual(['update', 'correction']);
  });

  it.each([
    ['missing title', { title: undefined }, /^title: is required/],
    ['empty title', { title: '   ' }, /^title: must not be empty/],
    ['overlong title', { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }, /^title: must be at most 200/],
    ['missing standfirst', { description: undefined }, /^description: is required/],
    [
      'date without offset',
      { publishedAt: '2017-01-06T19:00:00' },
      /^publishedAt: expected an ISO 8601 date-time with offset/,
    ],
    ['unquoted YAML date', { publishedAt: new Date('2017-01-06T18:00:00Z') }, /^publishedAt: write the date in quotes/],
    ['impossible date', { publishedAt: '2017-02-30T19:00:00+01:00' }, /^publishedAt: .*not a real calendar/],
    ['missing date', { publishedAt: undefined }, /^publishedAt: is required/],
    [
      'update before publication',
      { updatedAt: '2017-01-05T19:00:00+01:00' },
      /^updatedAt: is earlier than publishedAt/,
    ],
    ['no topic', { topics: [] }, /^topics: list at least one topic/],
    ['topic not a slug', { topics: ['Sécurité'] }, /^topics\.0: expected a lower-case slug/],
    ['duplicate topic', { topics: ['justice', 'justice'] }, /^topics: lists the same topic twice/],
    ['no credit', { credits: [] }, /^credits: credit at least one/],
    ['source without URL', { source: { name: 'RTL INFO' } }, /^source\.url: is required/],
    [
      'source with invalid URL',
      { source: { name: 'RTL INFO', url: 'rtl.be/info' } },
      /^source\.url: expected an absolute http\(s\) URL/,
    ],
    [
      'javascript: source URL',
      { source: { name: 'X', url: 'javascript:alert(1)' } },
      /^source\.url: expected an absolute http\(s\) URL/,
    ],
    ['unknown kind', { kind: 'opinion' }, /^kind: expected one of: article, brief/],
    ['brief without sources', { kind: 'brief' }, /^references: a brief must name at least one source/],
    ['draft not boolean', { draft: 'yes' }, /^draft: expected true or false/],
    [
      'unknown field',
      { auteur: 'X' },
      /unknown field "auteur"; check its spelling or remove it \(allowed fields: title, description, publishedAt/,
    ],
    ['slug override', { slug: 'autre' }, /unknown field "slug"/],
    ['priority not a whole number', { priority: 1.5 }, /^priority: expected a whole number from 0 to 9/],
    ['priority too high', { priority: 10 }, /^priority: expected a whole number from 0 to 9/],
    ['priority as text', { priority: 'haute' }, /^priority: expected a whole number from 0 to 9/],
    [
      'update without updatedAt',
      { updates: [{ date: '2017-01-07T10:00:00+01:00', text: 'x' }] },
      /^updatedAt: must equal the date of the newest entry of updates/,
    ],
    [
      'updatedAt not the newest update',
      { updatedAt: '2017-01-08T10:00:00+01:00', updates: [{ date: '2017-01-07T10:00:00+01:00', text: 'x' }] },
      /^updatedAt: must equal the date of the newest entry of updates/,
    ],
    [
      'update before publication',
      { updatedAt: '2017-01-05T10:00:00+01:00', updates: [{ date: '2017-01-05T10:00:00+01:00', text: 'x' }] },
      /^updates\.0\.date: is earlier than publishedAt/m,
    ],
    [
      'updates out of order',
      {
        updatedAt: '2017-01-07T10:00:00+01:00',
        updates: [
          { date: '2017-01-08T10:00:00+01:00', text: 'x' },
          { date: '2017-01-07T10:00:00+01:00', text: 'y' },
        ],
      },
      /^updates\.1\.date: list updates oldest first/,
    ],
    [
      'unknown update kind',
      {
        updatedAt: '2017-01-07T10:00:00+01:00',
        updates: [{ date: '2017-01-07T10:00:00+01:00', kind: 'erratum', text: 'x' }],
      },
      /^updates\.0\.kind: expected one of: update, correction/,
    ],
    ['bad event day', { event: { date: '2016-13-01', label: 'x' } }, /^event\.date: /],
    [
      'U+0001 in the title',
      { title: 'Titre\u0001' },
      /^title: contains U\+0001 \(a control character\) at character 6/,
    ],
    ['U+000B in the standfirst', { description: 'a\u000Bb' }, /^description: contains U\+000B/],
    ['U+FFFE in a credit name', { credits: [{ name: 'A\uFFFE', role: 'B' }] }, /^credits\.0\.name: contains U\+FFFE/],
    [
      'U+FFFD in a source name',
      { source: { name: 'S\uFFFDcurit\u00E9', url: 'https://x.be/' } },
      /^source\.name: .*UTF-8/,
    ],
    ['U+0001 in a source URL', { source: { name: 'X', url: 'https://x.be/\u0001' } }, /^source\.url: contains U\+0001/],
    [
      'U+0085 in an event label',
      { event: { date: '2016-03-22', label: 'a\u0085' } },
      /^event\.label: contains U\+0085/,
    ],
    ['an invisible-only title', { title: '\u200B\u200C\u200D\u2060' }, /^title: has no visible character/],
    [
      'an invisible-only credit role',
      { credits: [{ name: 'A', role: '\uFEFF\u3164' }] },
      /^credits\.0\.role: has no visible/,
    ],
    [
      'an unclosed U+202E in the title',
      { title: 'Titre \u202Eretourné' },
      /^title: opens U\+202E .* close it with U\+202C/,
    ],
    [
      'too many topics',
      { topics: Array.from({ length: MAX_TOPICS_PER_ARTICLE + 1 }, (_, i) => `sujet-${i}`) },
      /^topics: lists 11 topics; keep the 10 that matter most/,
    ],
    [
      'a year of five digits in UTC',
      { updatedAt: '9999-12-31T23:59:59-14:00' },
      /^updatedAt: .*year 10000 in UTC; dates must fall in the years 1000–9999/,
    ],
    ['a year before 1000', { publishedAt: '0999-12-31T12:00:00Z' }, /^publishedAt: .*year 999 in UTC/],
  ])('%s is refused with the field named', (_case, change, expected) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toMatch(expected);
  });

  it('accepts ten topics and closed bidi controls', () => {
    expect(
      issuesOf({ ...valid, topics: Array.from({ length: MAX_TOPICS_PER_ARTICLE }, (_, i) => `sujet-${i}`) }),
    ).toEqual([]);
    expect(issuesOf({ ...valid, title: 'Le \u2067مرصد\u2069 de Vigie' })).toEqual([]);
  });

  it('keeps the message short whatever the size of a bad date value (YAML alias bomb)', () => {
    const level1 = Array.from({ length: 10 }, () => 'x'.repeat(1000));
    let bomb: unknown = level1;
    for (let depth = 0; depth < 6; depth++) bomb = Array.from({ length: 10 }, () => bomb);
    const longString = 'y'.repeat(5_000_000);
    for (const value of [bomb, { a: bomb }, longString]) {
      const issues = issuesOf({ ...valid, publishedAt: value });
      expect(issues.join('\n').length).toBeLessThan(300);
      expect(issues[0]).toMatch(/^publishedAt: expected an ISO 8601 date-time with offset/);
    }
    expect(issuesOf({ ...valid, publishedAt: bomb })[0]).toMatch(/got a list of 10 items$/);
  });
});
