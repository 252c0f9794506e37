import { describe, expect, it } from 'vitest';
import {
  ContentError,
  compareNewestFirst,
  findContentProblems,
  getTrendingTopics,
  groupByTopic,
  isPublished,
  type ArticleRecord,
  type TopicRecord,
} from './corpus.ts';

const topic = (id: string, name = id): TopicRecord => ({
  id,
  filePath: `content/topics/${id}.yaml`,
  data: { name, description: 'x', chronology: false },
});
const article = (id: string, overrides: Partial<ArticleRecord['data']> = {}, body = 'Texte.'): ArticleRecord => ({
  id,
  filePath: `content/articles/${id}.md`,
  bodyText: body,
  data: {
    title: id,
    description: 'd',
    publishedAt: new Date('2017-01-06T18:00:00Z'),
    topics: ['terrorisme'],
    credits: [{ name: 'A', role: 'B' }],
    references: [],
    kind: 'article',
    draft: false,
    priority: 0,
    updates: [],
    ...overrides,
  },
});

describe('findContentProblems', () => {
  it('accepts a consistent corpus', () => {
    expect(findContentProblems([article('a')], [topic('terrorisme')])).toEqual([]);
  });

  it.each([
    [
      'unknown topic',
      [article('a', { topics: ['terrorisme', 'inconnu'] })],
      [topic('terrorisme')],
      'content/articles/a.md',
      'topics[1]',
      /unknown topic "inconnu".*terrorisme/,
    ],
    ['empty body', [article('a', {}, '  \n ')], [topic('terrorisme')], 'content/articles/a.md', 'body', /no text/],
    [
      'invisible-only body',
      [article('a', {}, '\u200B \u2060\u200D')],
      [topic('terrorisme')],
      'content/articles/a.md',
      'body',
      /no text/,
    ],
    [
      'U+0001 in the body',
      [article('a', {}, 'Texte\u0001 piégé.')],
      [topic('terrorisme')],
      'content/articles/a.md',
      'body',
      /contains U\+0001 \(a control character\) at character 6; remove it/,
    ],
    [
      'U+FFFE in the body',
      [article('a', {}, 'Texte \uFFFE.')],
      [topic('terrorisme')],
      'content/articles/a.md',
      'body',
      /contains U\+FFFE \(a non-character\)/,
    ],
    [
      'unclosed U+202E in the body',
      [article('a', {}, 'Texte \u202Eretourné.')],
      [topic('terrorisme')],
      'content/articles/a.md',
      'body',
      /opens U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
    ],
    [
      'article file name not a slug',
      [article('Sécurité')],
      [topic('terrorisme')],
      'content/articles/Sécurité.md',
      'file name',
      /rename the file to "securite\.md"/,
    ],
    [
      'topic file name not a slug',
      [],
      [topic('Justice')],
      'content/topics/Justice.yaml',
      'file name',
      /rename the file to "justice\.yaml"/,
    ],
    [
      'topic names folding to one slug',
      [],
      [topic('securite', 'Sécurité'), topic('securite-2', 'Securite')],
      'content/topics/securite-2.yaml',
      'name',
      /same slug "securite"/,
    ],
  ])('%s → names file and field', (_case, articles, topics, filePath, field, message) => {
    const problems = findContentProblems(articles, topics);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ filePath, field });
    expect(problems[0]!.message).toMatch(message);
  });

  it('refuses an update dated after the build time for a story already out, naming the field', () => {
    const now = new Date('2017-01-10T12:00:00Z');
    const late = article('a', { updatedAt: new Date('2017-01-10T12:00:01Z') });
    const problems = findContentProblems([late], [topic('terrorisme')], { now });
    expect(problems).toEqual([
      {
        filePath: 'content/articles/a.md',
        field: 'updatedAt',
        message: expect.stringMatching(
          /^2017-01-10T12:00:01\.000Z is later than the build time 2017-01-10T12:00:00\.000Z/,
        ),
      },
    ]);
    const onTime = article('b', { updatedAt: now });
    const scheduled = article('c', {
      publishedAt: new Date('2017-02-01T00:00:00Z'),
      updatedAt: new Date('2017-02-02T00:00:00Z'),
    });
    expect(findContentProblems([onTime, scheduled], [topic('terrorisme')], { now })).toEqual([]);
  });

  it('reports every problem, not only the first', () => {
    const problems = findContentProblems(
      [article('a', { topics: ['x'] }), article('b', { topics: ['y'] }, '')],
      [topic('terrorisme')],
    );
    expect(problems.map((p) => `${p.filePath}:${p.field}`)).toEqual([
      'content/articles/a.md:topics[0]',
      'content/articles/b.md:topics[0]',
      'content/articles/b.md:body',
    ]);
    expect(new ContentError(problems).message).toContain('content/articles/b.md → body');
  });
});

describe('isPublished', () => {
  const now = new Date('2020-01-01T00:00:00Z');
  it.each([
    [{ draft: false, publishedAt: new Date('2019-12-31T23:59:59Z') }, false, true],
    [{ draft: true, publishedAt: new Date('2019-01-01T00:00:00Z') }, false, false],
    [{ draft: false, publishedAt: new Date('2020-01-01T00:00:01Z') }, false, false],
    [{ draft: true, publishedAt: new Date('2021-01-01T00:00:00Z') }, true, true],
  ])('%j (dev=%s) → %s', (data, dev, expected) => {
    expect(isPublished(data, { now, includeDrafts: dev, includeFuture: dev })).toBe(expected);
  });
});

describe('ordering and grouping', () => {
  const older = article('older', { publishedAt: new Date('2016-01-01T00:00:00Z'), topics: ['justice'] });
  const newerB = article('b-newer', {
    publishedAt: new Date('2017-01-01T00:00:00Z'),
    topics: ['terrorisme', 'justice'],
  });
  const newerA = article('a-newer', { publishedAt: new Date('2017-01-01T00:00:00Z'), topics: ['terrorisme'] });
  const sorted = [older, newerB, newerA].sort(compareNewestFirst);

  it('sorts newest first with ties by id', () => {
    expect(sorted.map((a) => a.id)).toEqual(['a-newer', 'b-newer', 'older']);
  });

  it('groups by topic keeping order, with empty topics present', () => {
    const byTopic = groupByTopic(sorted, [topic('terrorisme'), topic('justice'), topic('securite')]);
    expect(byTopic.get('terrorisme')!.map((a) => a.id)).toEqual(['a-newer', 'b-newer']);
    expect(byTopic.get('justice')!.map((a) => a.id)).toEqual(['b-newer', 'older']);
    expect(byTopic.get('securite')).toEqual([]);
  });

  it('trending topics: most recent story first, empty topics left out', () => {
    const topics = [topic('justice', 'Justice'), topic('terrorisme', 'Terrorisme'), topic('securite', 'Sécurité')];
    const byTopic = groupByTopic(sorted, topics);
    // Terrorisme has two stories of 2017-01-01, justice one (its 2016 story is outside the 30-day window).
    expect(getTrendingTopics(byTopic, topics, 5).map((t) => t.id)).toEqual(['terrorisme', 'justice']);
    expect(getTrendingTopics(byTopic, topics, 1).map((t) => t.id)).toEqual(['terrorisme']);
  });

  it('trending topics: ranked by stories published or updated in the window, quiet topics left out', () => {
    const topics = [topic('justice', 'Justice'), topic('terrorisme', 'Terrorisme'), topic('securite', 'Sécurité')];
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    const stories = [
      article('t1', { publishedAt: day('2017-03-01'), topics: ['terrorisme'] }),
      article('t2', { publishedAt: day('2017-02-20'), topics: ['terrorisme'] }),
      article('j1', { publishedAt: day('2017-02-25'), topics: ['justice'] }),
      // Published long ago, updated inside the window: it counts.
      article('s1', { publishedAt: day('2015-01-01'), updatedAt: day('2017-02-26'), topics: ['securite'] }),
      article('s2', { publishedAt: day('2017-02-24'), topics: ['securite'] }),
      // Outside the window (30 days before 2017-03-01).
      article('j-old', { publishedAt: day('2017-01-10'), topics: ['justice'] }),
      article('j-old2', { publishedAt: day('2017-01-11'), topics: ['justice'] }),
    ].sort(compareNewestFirst);
    const byTopic = groupByTopic(stories, topics);
    expect(getTrendingTopics(byTopic, topics, 5).map((t) => t.id)).toEqual(['terrorisme', 'securite', 'justice']);
    // Over the last week, sécurité has two changes; terrorisme and justice one each, terrorisme the newer.
    expect(getTrendingTopics(byTopic, topics, 5, 7 * 24 * 3600 * 1000).map((t) => t.id)).toEqual([
      'securite',
      'terrorisme',
      'justice',
    ]);
    // Over the last three days, justice (25 February) has no activity and is left out.
    expect(getTrendingTopics(byTopic, topics, 5, 3 * 24 * 3600 * 1000).map((t) => t.id)).toEqual([
      'terrorisme',
      'securite',
    ]);
  });
});

describe('findContentProblems with a memo of clean bodies', () => {
  /** An in-memory memo: the digests known clean, and those marked in this pass. */
  const memoOf = (known: string[]) => {
    const marked: string[] = [];
    return {
      marked,
      isKnownClean: (key: Uint8Array | string) => known.includes(String(key)),
      markClean: (key: Uint8Array | string) => void marked.push(String(key)),
    };
  };
  /** An article whose body may not be read: the memo must spare it. */
  const unreadable = (id: string, digest: string): ArticleRecord =>
    Object.defineProperty({ ...article(id), digest }, 'bodyText', {
      get: () => {
        throw new Error(`body of ${id} read`);
      },
    });

  it('does not read a body whose digest is known clean', () => {
    const cleanBodies = memoOf(['d1']);
    expect(findContentProblems([unreadable('a', 'd1')], [topic('terrorisme')], { cleanBodies })).toEqual([]);
  });

  it('checks other bodies, and records only those that pass', () => {
    const cleanBodies = memoOf([]);
    const good = { ...article('a'), digest: 'good' };
    const empty = { ...article('b', {}, '\u200b'), digest: 'empty' };
    const problems = findContentProblems([good, empty], [topic('terrorisme')], { cleanBodies });
    expect(problems).toMatchObject([{ filePath: 'content/articles/b.md', field: 'body' }]);
    expect(cleanBodies.marked).toEqual(['good']);
  });

  it('still checks everything else of a story whose body is known clean', () => {
    const cleanBodies = memoOf(['d1']);
    const story = Object.defineProperty({ ...article('a', { topics: ['inconnu'] }), digest: 'd1' }, 'bodyText', {
      get: () => 'Texte.',
    });
    expect(findContentProblems([story], [topic('terrorisme')], { cleanBodies })).toMatchObject([
      { field: 'topics[0]' },
    ]);
  });
});
