/**
 * The corpus: every article and topic of a build, checked against each other and
 * indexed once. Plain data in, plain data out (no `astro:*`), so it is unit-tested
 * without Astro and the pages only read from it.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { TopicData } from '../schemas/topic.ts';
import { isSlug, slugify } from './slug.ts';
import type { CleanFileMemo } from './clean-files-memo.ts';
import { findTextHygieneProblems, isInvisibleText } from './text-hygiene.ts';

/** An article entry as loaded by the content layer. */
export interface ArticleRecord {
  /** URL slug (the file name without `.md`). */
  id: string;
  /** Path of the entry file relative to the project, for error messages. */
  filePath: string;
  data: ArticleData;
  /** Plain text of the rendered body (without frontmatter), for checks, word counts and related stories. */
  bodyText: string;
  /** Digest of the entry file's content, when known: the key of {@link CorpusCheckOptions.cleanBodies}. */
  digest?: string;
}

/** A topic entry as loaded by the content layer. */
export interface TopicRecord {
  id: string;
  filePath: string;
  data: TopicData;
}

/** One problem in one content file: which file, which field, what to do. */
export interface ContentProblem {
  filePath: string;
  field: string;
  message: string;
}

/** Thrown when content cannot be published; lists every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` +
        problems.map((p) => `  ${p.filePath} → ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** What the corpus checks need to know of the build. */
export interface CorpusCheckOptions {
  /** The build's reference time: no story already out may claim an update after it. */
  now?: Date;
  /**
   * Entry digests whose body passed the body checks in an earlier build with the same code: their
   * body is not read again. Bodies that pass are recorded in it.
   */
  cleanBodies?: CleanFileMemo;
}

/**
 * Cross-entry checks the schemas cannot express: slugs, topic references,
 * topic-name collisions, empty or unclean bodies, updates dated after the build.
 * Returns the problems (empty when valid).
 */
export function findContentProblems(
  articles: readonly ArticleRecord[],
  topics: readonly TopicRecord[],
  options: CorpusCheckOptions = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = new Set(topics.map((t) => t.id));
  const known = [...topicIds].sort().join(', ') || '(none)';

  const topicsByNameSlug = new Map<string, TopicRecord>();
  for (const topic of topics) {
    if (!isSlug(topic.id)) {
      problems.push({
        filePath: topic.filePath,
        field: 'file name',
        message: `"${topic.id}" is not a slug; rename the file to "${slugify(topic.id)}.yaml"`,
      });
    }
    const nameSlug = slugify(topic.data.name);
    const twin = topicsByNameSlug.get(nameSlug);
    if (twin) {
      problems.push({
        filePath: topic.filePath,
        field: 'name',
        message: `"${topic.data.name}" has the same slug "${nameSlug}" as the topic in ${twin.filePath}; merge them or rename one`,
      });
    } else {
      topicsByNameSlug.set(nameSlug, topic);
    }
  }

  for (const article of articles) {
    if (!isSlug(article.id)) {
      problems.push({
        filePath: article.filePath,
        field: 'file name',
        message: `"${article.id}" is not a slug; rename the file to "${slugify(article.id)}.md"`,
      });
    }
    article.data.topics.forEach((topic, index) => {
      if (!topicIds.has(topic)) {
        problems.push({
          filePath: article.filePath,
          field: `topics[${index}]`,
          message: `unknown topic "${topic}"; use one of: ${known} (or add a topics/${topic}.yaml file)`,
        });
      }
    });
    const { cleanBodies } = options;
    if (!(article.digest && cleanBodies?.isKnownClean(article.digest))) {
      const bodyProblems = findBodyProblems(article);
      problems.push(...bodyProblems);
      if (bodyProblems.length === 0 && article.digest) cleanBodies?.markClean(article.digest);
    }
    const { now } = options;
    const { publishedAt, updatedAt } = article.data;
    if (now && updatedAt && publishedAt.getTime() <= now.getTime() && updatedAt.getTime() > now.getTime()) {
      problems.push({
        filePath: article.filePath,
        field: 'updatedAt',
        message: `${updatedAt.toISOString()} is later than the build time ${now.toISOString()}; an update cannot come after the build, correct the date`,
      });
    }
  }
  return problems;
}

/** Problems of an article's body text: none at all, or characters no reader should get. */
function findBodyProblems(article: ArticleRecord): ContentProblem[] {
  // Read once: each read of bodyText loads the body from the body cache (see withBodyText in content.ts).
  const bodyText = article.bodyText;
  const problems: ContentProblem[] = [];
  if (isInvisibleText(bodyText)) {
    problems.push({
      filePath: article.filePath,
      field: 'body',
      message: 'the article has no text below its frontmatter',
    });
  }
  for (const problem of findTextHygieneProblems(bodyText)) {
    problems.push({ filePath: article.filePath, field: 'body', message: problem.message });
  }
  return problems;
}

/** Which entries a build publishes. Production builds leave out drafts and stories dated after `now`. */
export interface PublicationPolicy {
  now: Date;
  includeDrafts: boolean;
  includeFuture: boolean;
}

/** True when `data` is published under `policy`. */
export function isPublished(data: Pick<ArticleData, 'draft' | 'publishedAt'>, policy: PublicationPolicy): boolean {
  if (data.draft && !policy.includeDrafts) return false;
  if (data.publishedAt.getTime() > policy.now.getTime() && !policy.includeFuture) return false;
  return true;
}

/** Newest first; ties broken by id so every build lists stories in the same order. */
export function compareNewestFirst(
  a: Pick<ArticleRecord, 'id' | 'data'>,
  b: Pick<ArticleRecord, 'id' | 'data'>,
): number {
  return b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Date of the last change to an article: `updatedAt`, else `publishedAt`. */
export function getLastModified(data: Pick<ArticleData, 'publishedAt' | 'updatedAt'>): Date {
  return data.updatedAt ?? data.publishedAt;
}

/** Topic id → its published stories, newest first (input must already be sorted newest first). */
export function groupByTopic<T extends Pick<ArticleRecord, 'data'>>(
  sortedArticles: readonly T[],
  topics: readonly TopicRecord[],
): Map<string, T[]> {
  const byTopic = new Map<string, T[]>(topics.map((t) => [t.id, []]));
  for (const article of sortedArticles) {
    for (const topic of article.data.topics) byTopic.get(topic)?.push(article);
  }
  return byTopic;
}

/** Window of "En ce moment": the 30 days up to the newest change of the corpus. */
export const TRENDING_WINDOW_MS = 30 * 24 * 3600 * 1000;

/**
 * Topics for the "En ce moment" strip, driven by recent activity: the stories published or
 * updated in the `windowMs` up to the newest change of the whole corpus (not the clock, so a
 * rebuild gives the same strip and a quiet month never empties it). Topics rank by the number
 * of such stories, then by their newest change, then by name; topics without one are left out.
 */
export function getTrendingTopics<T extends Pick<ArticleRecord, 'data'>>(
  byTopic: ReadonlyMap<string, readonly T[]>,
  topics: readonly TopicRecord[],
  count: number,
  windowMs = TRENDING_WINDOW_MS,
): TopicRecord[] {
  let newestChange = -Infinity;
  for (const stories of byTopic.values()) {
    for (const story of stories) newestChange = Math.max(newestChange, getLastModified(story.data).getTime());
  }
  const activity = new Map<string, { count: number; newest: number }>();
  for (const topic of topics) {
    const changes = (byTopic.get(topic.id) ?? [])
      .map((story) => getLastModified(story.data).getTime())
      .filter((time) => time >= newestChange - windowMs);
    if (changes.length > 0) activity.set(topic.id, { count: changes.length, newest: Math.max(...changes) });
  }
  return topics
    .filter((t) => activity.has(t.id))
    .sort(
      (a, b) =>
        activity.get(b.id)!.count - activity.get(a.id)!.count ||
        activity.get(b.id)!.newest - activity.get(a.id)!.newest ||
        a.data.name.localeCompare(b.data.name, 'fr'),
    )
    .slice(0, count);
}
