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
    expect(data).toMatchObject({ kind: 'article', draft: false, references: [] });
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
    ['bad event day', { event: { date: '2016-13-01', label: 'x' } }, /^event\.date: /],
  ])('%s is refused with the field named', (_case, change, expected) => {
    const issues = issuesOf({ ...valid, ...change });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.join('\n')).toMatch(expected);
  });
});
