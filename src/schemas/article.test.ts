import { describe, expect, it } from 'vitest';
import { articleSchema, MAX_TITLE_LENGTH } from './article.ts';

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
  ])('%s is refused with the field named', (_case, change, expected) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toMatch(expected);
  });
});
