/**
 * Related stories ("À lire aussi"), computed once for the whole site.
 *
 * For a published story s and another published story c, with N published stories:
 *
 *   score(s, c) = W_TOPIC   · Σ_{t ∈ topics(s) ∩ topics(c)} rarity(t)
 *               + W_TEXT    · cos(v_s, v_c)
 *               + W_RECENCY · 2^(−|days(s) − days(c)| / HALF_LIFE)
 *
 *   rarity(t)  = ln(N / df(t)) / ln(N)   topic idf scaled to [0, 1]: 0 for a topic on every
 *                                        story, near 1 for a topic on two stories of many
 *   w_s[term]  = (1 + ln tf) · ln(N / df(term)) over the terms of `text-index.ts` (French:
 *                stop words dropped, Snowball stems, accents folded)
 *   v_s        = w_s / ‖w_s‖, then cut to the TERMS_PER_STORY highest entries among terms
 *                that at least one other story has (df ≥ 2); cos = v_s · v_c ∈ [0, 1].
 *                The norm is taken before the cut, so cos equals the full TF-IDF cosine
 *                whenever a story has at most TERMS_PER_STORY such terms, and is a lower
 *                bound of it otherwise. Terms of one story only cannot match anything: they
 *                count in the norm but never take one of the kept places.
 *
 *   defaults   W_TOPIC = 1, W_TEXT = 1, W_RECENCY = 0.1, HALF_LIFE = 30 days,
 *              TERMS_PER_STORY = 20, MAX_POSTINGS = 64, limit = 4
 *
 * Recency is deliberately small: it orders stories that are otherwise about equally related.
 * Ties (scores equal to 1e-9): newer story first, then id in code-point order.
 *
 * Candidates come from two inverted indexes, never from all pairs: term → stories having it
 * among their top terms, and topic → stories. To keep the cost near-linear, a term keeps only
 * its MAX_POSTINGS highest-weighted stories, and a topic carried by more stories than that
 * offers only the MAX_POSTINGS stories closest in time. Below those caps every pair with a
 * shared topic or kept term is scored exactly as defined above; above them a pair sharing only
 * very common words or topics (whose weights are low anyway) may be missed.
 */
import { Vocabulary } from './text-index.ts';

/** What the related-stories index needs to know about one story. */
export interface RelatedInput {
  /** Unique story id (e.g. the entry slug). */
  id: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Plain text: title, standfirst and body. */
  text: string;
  publishedAt: Date;
  /** Drafts are neither given related stories nor offered as one. */
  draft: boolean;
}

/** Weights of the three score components (see the module header). */
export interface RelatedWeights {
  topic: number;
  text: number;
  recency: number;
}

/** Tuning knobs of {@link computeRelatedStories}; every field is optional. */
export interface RelatedOptions {
  /** Most related ids returned per story. */
  limit?: number;
  weights?: Partial<RelatedWeights>;
  /** Days after which the recency bonus has halved. */
  halfLifeDays?: number;
  /** Terms kept in each story's text vector. */
  termsPerStory?: number;
  /** Longest postings list of a term, and most candidates offered by one topic. */
  maxPostings?: number;
}

/** Defaults of {@link RelatedOptions}. */
export const DEFAULT_RELATED_OPTIONS: Readonly<
  Required<Omit<RelatedOptions, 'weights'>> & { weights: Readonly<RelatedWeights> }
> = {
  limit: 4,
  weights: { topic: 1, text: 1, recency: 0.1 },
  halfLifeDays: 30,
  termsPerStory: 20,
  maxPostings: 64,
};

const MS_PER_DAY = 86_400_000;
// Scores are compared after rounding so that float noise from summation order cannot beat the tie rule.
const SCORE_SCALE = 1e9;

/** Each story's kept text-vector entries (cut from a unit-length TF-IDF vector), by term id. */
interface TextVectors {
  /** Story i owns entries `start[i] … start[i + 1] - 1`. */
  start: Uint32Array;
  terms: Uint32Array;
  weights: Float64Array;
}

/** Inverted index in compressed-row form: term t's postings are `start[t] … start[t + 1] - 1`. */
interface Postings {
  start: Uint32Array;
  stories: Uint32Array;
  weights: Float64Array;
}

/**
 * Related stories of every published story, best first: `id → up to limit ids`.
 * Never lists the story itself or a draft; drafts get no entry. Stories with nothing in common
 * with any other (no shared topic, no shared top term) get an empty list.
 * The result does not depend on input order. Throws on duplicate ids among published stories.
 */
export function computeRelatedStories(
  stories: readonly RelatedInput[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const settings = resolveOptions(options);
  const published = sortStories(stories.filter((story) => !story.draft));
  const n = published.length;
  const days = Float64Array.from(published, (story) => story.publishedAt.getTime() / MS_PER_DAY);

  const vectors = buildTextVectors(published, settings.termsPerStory);
  const postings = buildPostings(vectors, settings.maxPostings);
  const topics = buildTopicIndex(published);

  const related = new Map<string, string[]>();
  const textScore = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const candidates = new Uint32Array(n);
  const ownRarity = new Float64Array(topics.rarity.length);
  const { topic: wTopic, text: wText, recency: wRecency } = settings.weights;
  const recencyRate = Math.LN2 / settings.halfLifeDays;
  const limit = settings.limit;
  const { start: vectorStart, terms: vectorTerms, weights: vectorWeights } = vectors;
  const { start: postingStart, stories: postingStories, weights: postingWeights } = postings;
  const { start: topicStart, ids: topicIds, rarity } = topics;

  for (let s = 0; s < n; s++) {
    let candidateCount = 0;
    const ownDay = days[s]!;
    // Stamping the story itself first keeps it out of its own candidates without a test per posting.
    stamp[s] = s;

    for (let k = vectorStart[s]!; k < vectorStart[s + 1]!; k++) {
      const term = vectorTerms[k]!;
      const weight = vectorWeights[k]!;
      const end = postingStart[term + 1]!;
      for (let p = postingStart[term]!; p < end; p++) {
        const c = postingStories[p]!;
        if (stamp[c] !== s) {
          stamp[c] = s;
          textScore[c] = 0;
          candidates[candidateCount++] = c;
        }
        textScore[c]! += weight * postingWeights[p]!;
      }
    }
    const ownTopics = topics.byStory[s]!;
    for (const topic of ownTopics) {
      ownRarity[topic] = rarity[topic]!;
      forEachNearestMember(topics.members[topic]!, s, days, settings.maxPostings, (c) => {
        if (stamp[c] === s) return;
        stamp[c] = s;
        textScore[c] = 0;
        candidates[candidateCount++] = c;
      });
    }

    // Best-first top list; `limit` is small, so insertion into a sorted array beats a heap.
    const bestIds: number[] = [];
    const bestKeys: number[] = [];
    // A candidate whose score cannot reach the current last place, even with full recency, is skipped.
    let floor = -Infinity;
    for (let i = 0; i < candidateCount; i++) {
      const c = candidates[i]!;
      let shared = 0;
      for (let t = topicStart[c]!; t < topicStart[c + 1]!; t++) shared += ownRarity[topicIds[t]!]!;
      const partial = wTopic * shared + wText * textScore[c]!;
      if (partial + wRecency < floor) continue;
      const score = partial + wRecency * Math.exp(-recencyRate * Math.abs(ownDay - days[c]!));
      const key = Math.round(score * SCORE_SCALE);
      // Lower index = newer, then smaller id: the tie rule, because `published` is sorted that way.
      let at = bestIds.length;
      while (at > 0 && (bestKeys[at - 1]! < key || (bestKeys[at - 1] === key && bestIds[at - 1]! > c))) at--;
      if (at >= limit) continue;
      bestIds.splice(at, 0, c);
      bestKeys.splice(at, 0, key);
      if (bestIds.length > limit) {
        bestIds.pop();
        bestKeys.pop();
      }
      if (bestIds.length === limit) floor = (bestKeys[limit - 1]! - 1) / SCORE_SCALE;
    }
    for (const topic of ownTopics) ownRarity[topic] = 0;
    related.set(
      published[s]!.id,
      bestIds.map((c) => published[c]!.id),
    );
  }
  return related;
}

function resolveOptions(options: RelatedOptions): typeof DEFAULT_RELATED_OPTIONS {
  const defaults = DEFAULT_RELATED_OPTIONS;
  // `??` rather than spreading, so that an option passed as `undefined` means "default".
  const settings = {
    limit: options.limit ?? defaults.limit,
    halfLifeDays: options.halfLifeDays ?? defaults.halfLifeDays,
    termsPerStory: options.termsPerStory ?? defaults.termsPerStory,
    maxPostings: options.maxPostings ?? defaults.maxPostings,
    weights: {
      topic: options.weights?.topic ?? defaults.weights.topic,
      text: options.weights?.text ?? defaults.weights.text,
      recency: options.weights?.recency ?? defaults.weights.recency,
    },
  };
  for (const key of ['limit', 'termsPerStory', 'maxPostings'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 0)
      throw new RangeError(`${key} must be a non-negative integer, got ${settings[key]}`);
  }
  for (const [key, weight] of Object.entries(settings.weights)) {
    // Pruning in the scoring loop assumes no component can lower a score.
    if (!(weight >= 0)) throw new RangeError(`weights.${key} must be a non-negative number, got ${weight}`);
  }
  if (!(settings.halfLifeDays > 0)) throw new RangeError(`halfLifeDays must be positive, got ${settings.halfLifeDays}`);
  return settings;
}

function sortStories(stories: RelatedInput[]): RelatedInput[] {
  const seen = new Set<string>();
  for (const { id } of stories) {
    if (seen.has(id)) throw new Error(`duplicate story id "${id}"`);
    seen.add(id);
  }
  return stories.sort(
    (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function buildTextVectors(stories: readonly RelatedInput[], termsPerStory: number): TextVectors {
  const vocabulary = new Vocabulary();
  const counts = stories.map((story) => vocabulary.count(story.text));
  const df = new Uint32Array(vocabulary.size);
  for (const { ids } of counts) for (const id of ids) df[id]!++;
  const n = stories.length;

  const start = new Uint32Array(n + 1);
  const terms = new Uint32Array(n * termsPerStory);
  const weights = new Float64Array(n * termsPerStory);
  let end = 0;
  for (let s = 0; s < n; s++) {
    const { ids, counts: tf } = counts[s]!;
    const top = new TopTerms(termsPerStory);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const storiesWithTerm = df[ids[k]!]!;
      const weight = (1 + Math.log(tf[k]!)) * Math.log(n / storiesWithTerm);
      norm += weight * weight;
      if (weight > 0 && storiesWithTerm > 1) top.offer(ids[k]!, weight);
    }
    start[s] = end;
    norm = Math.sqrt(norm);
    for (let k = 0; k < top.size; k++) {
      terms[end] = top.ids[k]!;
      weights[end] = top.weights[k]! / norm;
      end++;
    }
  }
  start[n] = end;
  return { start, terms: terms.subarray(0, end), weights: weights.subarray(0, end) };
}

/** Keeps the `capacity` highest-weighted terms offered (ties: smaller id), as a heap with the weakest at the root. */
class TopTerms {
  readonly ids: Uint32Array;
  readonly weights: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.ids = new Uint32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  offer(id: number, weight: number): void {
    const capacity = this.ids.length;
    if (this.size < capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksBelow(id, weight, this.ids[parent]!, this.weights[parent]!)) break;
        this.#copy(parent, i);
        i = parent;
      }
      this.#set(i, id, weight);
      return;
    }
    if (capacity === 0 || ranksBelow(id, weight, this.ids[0]!, this.weights[0]!)) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (
        right < this.size &&
        ranksBelow(this.ids[right]!, this.weights[right]!, this.ids[child]!, this.weights[child]!)
      )
        child = right;
      if (!ranksBelow(this.ids[child]!, this.weights[child]!, id, weight)) break;
      this.#copy(child, i);
      i = child;
    }
    this.#set(i, id, weight);
  }

  #copy(from: number, to: number): void {
    this.#set(to, this.ids[from]!, this.weights[from]!);
  }

  #set(at: number, id: number, weight: number): void {
    this.ids[at] = id;
    this.weights[at] = weight;
  }
}

function ranksBelow(id: number, weight: number, otherId: number, otherWeight: number): boolean {
  return weight < otherWeight || (weight === otherWeight && id > otherId);
}

function buildPostings(vectors: TextVectors, maxPostings: number): Postings {
  const termCount = vectors.terms.reduce((max, term) => Math.max(max, term + 1), 0);
  const length = new Uint32Array(termCount);
  for (const term of vectors.terms) length[term]!++;
  const start = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + length[t]!;

  const stories = new Uint32Array(vectors.terms.length);
  const weights = new Float64Array(vectors.terms.length);
  const fill = start.slice(0, termCount);
  for (let s = 0; s + 1 < vectors.start.length; s++) {
    for (let k = vectors.start[s]!; k < vectors.start[s + 1]!; k++) {
      const at = fill[vectors.terms[k]!]!++;
      stories[at] = s;
      weights[at] = vectors.weights[k]!;
    }
  }

  // Cap long lists to their highest weights (ties: newer story), compacting in place.
  const capped = new Uint32Array(termCount + 1);
  let end = 0;
  for (let t = 0; t < termCount; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    let order = Array.from({ length: to - from }, (_, k) => from + k);
    if (order.length > maxPostings) {
      order = order
        .sort((a, b) => weights[b]! - weights[a]! || stories[a]! - stories[b]!)
        .slice(0, maxPostings)
        .sort((a, b) => a - b);
    }
    capped[t] = end;
    for (const at of order) {
      stories[end] = stories[at]!;
      weights[end] = weights[at]!;
      end++;
    }
  }
  capped[termCount] = end;
  return { start: capped, stories: stories.subarray(0, end), weights: weights.subarray(0, end) };
}

/** Topic ids per story (also flat: story i owns `ids[start[i]] …`), stories per topic (newest first), topic rarity. */
interface TopicIndex {
  byStory: number[][];
  start: Uint32Array;
  ids: Uint32Array;
  members: number[][];
  rarity: Float64Array;
}

function buildTopicIndex(stories: readonly RelatedInput[]): TopicIndex {
  const ids = new Map<string, number>();
  const members: number[][] = [];
  const byStory = stories.map((story, s) => {
    const own: number[] = [];
    for (const slug of story.topics) {
      let id = ids.get(slug);
      if (id === undefined) {
        id = members.length;
        ids.set(slug, id);
        members.push([]);
      }
      if (own.includes(id)) continue;
      own.push(id);
      members[id]!.push(s);
    }
    return own;
  });
  const n = stories.length;
  const rarity = Float64Array.from(members, (list) => (n > 1 ? Math.log(n / list.length) / Math.log(n) : 0));
  const start = new Uint32Array(n + 1);
  for (let s = 0; s < n; s++) start[s + 1] = start[s]! + byStory[s]!.length;
  return { byStory, start, ids: Uint32Array.from(byStory.flat()), members, rarity };
}

/**
 * Calls `visit` with up to `max` members of a topic (sorted newest first) closest in time to
 * member `self`, by walking outwards from it; all members when there are few enough.
 */
function forEachNearestMember(
  members: readonly number[],
  self: number,
  days: Float64Array,
  max: number,
  visit: (c: number) => void,
): void {
  if (members.length - 1 <= max) {
    for (const c of members) if (c !== self) visit(c);
    return;
  }
  const at = lowerBound(members, self);
  let newer = at - 1;
  let older = at + 1;
  for (let taken = 0; taken < max; taken++) {
    const newerGap = newer >= 0 ? days[members[newer]!]! - days[self]! : Infinity;
    const olderGap = older < members.length ? days[self]! - days[members[older]!]! : Infinity;
    // Equal gaps go to the newer story, as in the tie rule.
    if (newerGap <= olderGap) visit(members[newer--]!);
    else visit(members[older++]!);
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
