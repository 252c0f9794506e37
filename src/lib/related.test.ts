import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRelatedStories, type RelatedInput } from './related.ts';
import { tokenize } from './text-index.ts';

function story(id: string, topics: string[], text: string, day: string, draft = false): RelatedInput {
  return { id, topics, text, publishedAt: new Date(`${day}T12:00:00+01:00`), draft };
}

// Rarity: `justice` is on 2 of 6 stories, `terrorisme` on 5 of 6.
// rarity(justice) = ln(6/2)/ln 6 ≈ 0.61, rarity(terrorisme) = ln(6/5)/ln 6 ≈ 0.10; no text is shared.
// `rare` is 5 months away (recency ≈ 0.003), `common` one day away (recency ≈ 0.098):
// rare ≈ 0.61 > common ≈ 0.20 > the fillers ≈ 0.10, which recency orders newest (closest) first.
const rarityFixture = [
  story('source', ['terrorisme', 'justice'], 'Procès du commando', '2016-06-01'),
  story('rare', ['justice'], 'Magistrat de liaison nommé', '2016-01-01'),
  story('common', ['terrorisme'], 'Hommage aux victimes', '2016-06-02'),
  story('filler-1', ['terrorisme'], 'Alerte au stade', '2015-01-01'),
  story('filler-2', ['terrorisme'], 'Patrouille militaire en gare', '2015-02-01'),
  story('filler-3', ['terrorisme'], 'Europol renforce ses équipes', '2015-03-01'),
];

// Stemming: every story carries `securite` (rarity 0), so only text and recency differ.
// `coopérer` shares the stem `cooper` with `coopération`: cosine ≈ 0.15, far above the
// recency bonus of `near` (≈ 0.098, one day away) that would win if the words did not match.
const stemmingFixture = [
  story('source', ['securite'], 'La coopération policière progresse', '2017-01-06'),
  story('match', ['securite'], 'Coopérer davantage', '2016-06-01'),
  story('near', ['securite'], 'Le stade rouvre', '2017-01-07'),
  story('other', ['securite'], 'Le budget augmente', '2016-06-01'),
];

// Recency: all candidates share one topic and one text with nothing in common with the source,
// so their scores differ only by recency. `after-10` and `before-10` are equally far: the
// newer wins. `same-day-a` and `same-day-b` are identical: the smaller id wins.
const recencyFixture = [
  story('source', ['cooperation-franco-belge'], 'Sommet à Val Duchesse', '2016-02-01'),
  story('before-40', ['cooperation-franco-belge'], 'Réunion des ministres', '2015-12-23'),
  story('before-10', ['cooperation-franco-belge'], 'Réunion des ministres', '2016-01-22'),
  story('after-10', ['cooperation-franco-belge'], 'Réunion des ministres', '2016-02-11'),
  story('same-day-b', ['cooperation-franco-belge'], 'Réunion des ministres', '2015-06-01'),
  story('same-day-a', ['cooperation-franco-belge'], 'Réunion des ministres', '2015-06-01'),
];

// Drafts: `twin` is the source word for word but unpublished.
const draftFixture = [
  story('source', ['renseignement'], 'Les services de renseignement échangent', '2017-01-06'),
  story('twin', ['renseignement'], 'Les services de renseignement échangent', '2017-01-06', true),
  story('published', ['renseignement'], 'Un fichier commun aux services', '2016-01-06'),
];

// Few candidates: `alone` shares neither topic nor word; `pair-1` and `pair-2` share one word.
const sparseFixture = [
  story('alone', ['justice'], 'Verdict attendu', '2017-01-01'),
  story('pair-1', ['securite'], 'Calais et ses migrants', '2017-01-02'),
  story('pair-2', ['frontieres-et-migrations'], 'Des migrants à la frontière', '2017-01-03'),
];

describe('computeRelatedStories: expected order on hand-made fixtures', () => {
  it.each([
    [
      'a rare shared topic beats a common one, even against recency',
      rarityFixture,
      ['rare', 'common', 'filler-3', 'filler-2'],
    ],
    ["'coopération' and 'coopérer' match through their stem", stemmingFixture, ['match', 'near', 'other']],
    [
      'recency orders equals; equal distances go to the newer, then to the smaller id',
      recencyFixture,
      ['after-10', 'before-10', 'before-40', 'same-day-a'],
    ],
    ['neither the story itself nor a draft is listed', draftFixture, ['published']],
  ])('%s', (_, stories, expected) => {
    expect(computeRelatedStories(stories).get('source')).toEqual(expected);
  });

  it('gives drafts no entry and every published story one', () => {
    const related = computeRelatedStories(draftFixture);
    expect([...related.keys()].sort()).toEqual(['published', 'source']);
    expect(related.get('published')).toEqual(['source']);
  });

  it.each([
    ['alone', []],
    ['pair-1', ['pair-2']],
    ['pair-2', ['pair-1']],
  ])('returns fewer than the limit when there are fewer candidates: %s', (id, expected) => {
    expect(computeRelatedStories(sparseFixture).get(id)).toEqual(expected);
  });

  it.each([
    [1, ['after-10']],
    [2, ['after-10', 'before-10']],
    [5, ['after-10', 'before-10', 'before-40', 'same-day-a', 'same-day-b']],
    [0, []],
  ])('honours limit %i', (limit, expected) => {
    expect(computeRelatedStories(recencyFixture, { limit }).get('source')).toEqual(expected);
  });

  it('gives the same result whatever the input order', () => {
    const corpus = [...rarityFixture, ...stemmingFixture, ...recencyFixture, ...draftFixture, ...sparseFixture].map(
      (entry, k) => ({ ...entry, id: `${entry.id}#${k}` }),
    );
    const byId = ([a]: [string, string[]], [b]: [string, string[]]) => (a < b ? -1 : 1);
    const expected = [...computeRelatedStories(corpus)].sort(byId);
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length }), (shuffled) => {
        expect([...computeRelatedStories(shuffled)].sort(byId)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('computeRelatedStories: exact ties found late', () => {
  // `a` and `z` tie exactly (same day, one equally weighted word each in common with the
  // source), so `a` must win on id whichever of the two the index meets first.
  it.each([
    ['alpha beta', 'alpha', 'beta'],
    ['alpha beta', 'beta', 'alpha'],
  ])('source %j, z %j, a %j', (sourceText, zText, aText) => {
    const stories = [
      story('m', ['x'], sourceText, '2016-01-01'),
      story('z', ['y'], zText, '2016-01-01'),
      story('a', ['w'], aText, '2016-01-01'),
    ];
    expect(computeRelatedStories(stories, { limit: 1 }).get('m')).toEqual(['a']);
  });
});

it('counts a topic listed twice on a story once', () => {
  const repeated = rarityFixture.map((entry) =>
    entry.id === 'source' ? { ...entry, topics: ['terrorisme', 'terrorisme', 'terrorisme', 'justice'] } : entry,
  );
  expect(computeRelatedStories(repeated)).toEqual(computeRelatedStories(rarityFixture));
});

describe('computeRelatedStories: weights and caps', () => {
  it.each([
    // Without topics, only recency is left on the rarity fixture: closest first.
    ['topic: 0', rarityFixture, { topic: 0 }, ['common', 'rare', 'filler-3', 'filler-2']],
    // Without text, `match` loses its stem and ties with `other` (same day): the smaller id goes first.
    ['text: 0', stemmingFixture, { text: 0 }, ['near', 'match', 'other']],
    // Without recency, the fillers tie on the common topic and fall back to the tie rule.
    ['recency: 0', rarityFixture, { recency: 0 }, ['rare', 'common', 'filler-3', 'filler-2']],
  ])('follows the weights (%s)', (_, stories, weights, expected) => {
    expect(computeRelatedStories(stories, { weights }).get('source')).toEqual(expected);
  });

  it.each([
    // Half-life 30 days: `common` (1 day away) gets ≈ 0.98 of recency, `rare` (152 days) ≈ 0.03.
    [30, ['common', 'rare']],
    // Half-life 10,000 days: both get ≈ 0.99, so the rarer shared topic decides again.
    [10_000, ['rare', 'common']],
  ])('scales recency by halfLifeDays = %i', (halfLifeDays, expected) => {
    const related = computeRelatedStories(rarityFixture, { weights: { recency: 1 }, halfLifeDays, limit: 2 });
    expect(related.get('source')).toEqual(expected);
  });

  it('lets a very common topic offer only the maxPostings stories closest in time', () => {
    // With no text terms, the topic is the only source of candidates.
    const related = computeRelatedStories(recencyFixture, { termsPerStory: 0, maxPostings: 2 });
    expect(related.get('source')).toEqual(['after-10', 'before-10']);
  });

  it('keeps only the maxPostings highest-weighted stories of a term', () => {
    // `attentat` is the only shared word; it weighs most where the text is shortest.
    const stories = [
      story('source', ['a'], 'Attentat', '2016-03-22'),
      story('short', ['b'], 'Attentat déjoué', '2016-03-01'),
      story('long', ['c'], 'Attentat déjoué hier soir près du stade', '2016-03-21'),
      story('unrelated', ['d'], 'Budget', '2016-03-22'),
    ];
    expect(computeRelatedStories(stories).get('source')).toEqual(['short', 'long']);
    expect(computeRelatedStories(stories, { maxPostings: 2 }).get('source')).toEqual(['short']);
  });

  it.each([
    [{ limit: -1 }, /limit/],
    [{ limit: 1.5 }, /limit/],
    [{ halfLifeDays: 0 }, /halfLifeDays/],
    [{ weights: { text: -1 } }, /weights\.text/],
    [{ termsPerStory: Number.NaN }, /termsPerStory/],
  ])('rejects invalid options %j', (options, message) => {
    expect(() => computeRelatedStories(rarityFixture, options)).toThrow(message);
  });

  it('treats options passed as undefined as defaults', () => {
    const explicit = computeRelatedStories(rarityFixture, {
      limit: undefined,
      weights: { topic: undefined },
      halfLifeDays: undefined,
    });
    expect(explicit).toEqual(computeRelatedStories(rarityFixture));
    expect(explicit.get('source')).toHaveLength(4);
  });

  it('rejects duplicate ids among published stories, but not a draft sharing an id', () => {
    const duplicate = story('source', ['x'], 'Autre', '2017-01-01');
    expect(() => computeRelatedStories([...draftFixture, duplicate])).toThrow(/duplicate story id "source"/);
    expect(() => computeRelatedStories([...draftFixture, { ...duplicate, draft: true }])).not.toThrow();
  });
});

/**
 * The documented score, computed naively over all pairs: the reference that the inverted-index
 * implementation must match exactly when no cap binds.
 */
function computeRelatedByAllPairs(
  stories: readonly RelatedInput[],
  limit: number,
  termsPerStory: number,
): Map<string, string[]> {
  const published = stories
    .filter((entry) => !entry.draft)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : 1));
  const n = published.length;
  const terms = published.map((entry) => tokenize(entry.text));
  // Equal weights are cut in order of first appearance, newest story first (the term ids).
  const firstSeen = new Map<string, number>();
  for (const list of terms) for (const term of list) if (!firstSeen.has(term)) firstSeen.set(term, firstSeen.size);
  const df = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = terms.map((list) => {
    const tf = new Map<string, number>();
    for (const term of list) tf.set(term, (tf.get(term) ?? 0) + 1);
    const weighted = [...tf].map(
      ([term, count]) => [term, (1 + Math.log(count)) * Math.log(n / df.get(term)!)] as const,
    );
    const norm = Math.hypot(...weighted.map(([, weight]) => weight));
    const shareable = weighted
      .filter(([term, weight]) => weight > 0 && df.get(term)! > 1)
      .sort(([a, wa], [b, wb]) => wb - wa || firstSeen.get(a)! - firstSeen.get(b)!);
    return new Map(shareable.slice(0, termsPerStory).map(([term, weight]) => [term, weight / norm]));
  });
  const topicDf = new Map<string, number>();
  for (const entry of published)
    for (const topic of new Set(entry.topics)) topicDf.set(topic, (topicDf.get(topic) ?? 0) + 1);
  const days = published.map((entry) => entry.publishedAt.getTime() / 86_400_000);

  const related = new Map<string, string[]>();
  published.forEach((entry, s) => {
    const scored: { c: number; key: number }[] = [];
    published.forEach((other, c) => {
      if (c === s) return;
      const sharedTopics = [...new Set(entry.topics)].filter((topic) => other.topics.includes(topic));
      const sharedTerms = [...vectors[s]!.keys()].filter((term) => vectors[c]!.has(term));
      if (sharedTopics.length === 0 && sharedTerms.length === 0) return;
      const topicScore = sharedTopics.reduce((sum, topic) => sum + Math.log(n / topicDf.get(topic)!) / Math.log(n), 0);
      const cosine = sharedTerms.reduce((sum, term) => sum + vectors[s]!.get(term)! * vectors[c]!.get(term)!, 0);
      const recency = 2 ** (-Math.abs(days[s]! - days[c]!) / 30);
      scored.push({ c, key: Math.round((topicScore + cosine + 0.1 * recency) * 1e9) });
    });
    scored.sort(
      (a, b) => b.key - a.key || days[b.c]! - days[a.c]! || (published[a.c]!.id < published[b.c]!.id ? -1 : 1),
    );
    related.set(
      entry.id,
      scored.slice(0, limit).map(({ c }) => published[c]!.id),
    );
  });
  return related;
}

describe('computeRelatedStories: agrees with the documented formula computed over all pairs', () => {
  const words = [
    'attentat',
    'attentats',
    'coopération',
    'coopérer',
    'frontière',
    'Calais',
    'migrants',
    'police',
    'policiers',
    'juge',
    'procès',
    'Molenbeek',
    'métro',
    'aéroport',
    'sommet',
    "l'enquête",
    'le',
    'des',
    'et',
  ];
  const topics = ['terrorisme', 'securite', 'justice', 'renseignement', 'frontieres-et-migrations'];
  const storyArbitrary = fc.record({
    topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 3 }),
    text: fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((list) => list.join(' ')),
    // Whole days, few of them: equal dates and equal distances (ties) are frequent.
    day: fc.integer({ min: 0, max: 40 }),
    draft: fc.integer({ min: 0, max: 6 }).map((roll) => roll === 0),
  });

  it('on random corpora, when no postings cap binds', () => {
    fc.assert(
      fc.property(
        fc.array(storyArbitrary, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 8 }),
        (drawn, limit, termsPerStory) => {
          const stories = drawn.map((entry, k) => ({
            id: `story-${String.fromCharCode(97 + ((k * 7) % 26))}${k}`,
            topics: entry.topics,
            text: entry.text,
            publishedAt: new Date(Date.UTC(2016, 0, 1 + entry.day, 12)),
            draft: entry.draft,
          }));
          const uncapped = { limit, termsPerStory, maxPostings: 1000 };
          expect(computeRelatedStories(stories, uncapped)).toEqual(
            computeRelatedByAllPairs(stories, limit, termsPerStory),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
