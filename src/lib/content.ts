/**
 * The only module that reads the content collections. It loads them once per
 * build, runs the cross-entry checks and builds every index the pages need;
 * pages receive slices of the result through `getStaticPaths` props.
 */
import { join } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCacheDir, SITE } from '../site.config.ts';
import { getBodyCacheDir, readRenderedBody } from './body-cache.ts';
import {
  compareNewestFirst,
  ContentError,
  findContentProblems,
  getTrendingTopics,
  groupByTopic,
  isPublished,
  type ArticleRecord,
  type TopicRecord,
} from './corpus.ts';
import { getBuildTime } from './dates.ts';
import { getHtmlText } from './html-text.ts';
import { computeRelatedStories } from './related.ts';
import { getRelatedMemoKey, readRelatedMemo, writeRelatedMemo } from './related-memo.ts';
import { getBuildPlan } from './build-plan.ts';
import { openCleanFileMemo } from './clean-files-memo.ts';
import { resolveStoryContexts, type ResolvedContext } from './story-context.ts';
import { indexAuthors, indexEntities, toEntity, type Author, type Entity } from './people.ts';
import type { StoryMentions } from './mentions.ts';
import { isSlug, slugify } from './slug.ts';
import { toFeedHtml } from './feeds/feed-html.ts';
import type { FeedStory } from './feeds/rss.ts';
import { typesetArticleData, typesetTopicData } from './typeset-entry.ts';
import { applyFrenchTypography } from './typography.ts';
import { getArticlePath, toAbsoluteUrl } from './routes.ts';

/** A published story: its entry (for `render()`) plus the plain fields pages use. */
export interface Story extends ArticleRecord {
  entry: CollectionEntry<'articles'>;
  /** Site path, `/articles/<slug>/`. */
  path: string;
}

/** Everything one build publishes, indexed. */
export interface Corpus {
  /** Published stories, newest first. */
  stories: Story[];
  storyById: Map<string, Story>;
  /** Topics, in French alphabetical order of their names. */
  topics: TopicRecord[];
  topicById: Map<string, TopicRecord>;
  /** Topic id → its published stories, newest first. */
  storiesByTopic: Map<string, Story[]>;
  /** Topics of the "En ce moment" strip. */
  trending: TopicRecord[];
  /** Story id → its "À lire aussi" stories, best first. */
  relatedById: Map<string, Story[]>;
  /** The build's reference time (`SOURCE_DATE_EPOCH` or the clock). */
  buildTime: Date;
  /** Story id → what its context file adds (« Repère » notes, event); pages pass it as props so cache keys see it. */
  contextById: Map<string, ResolvedContext<Story>>;
  /** People and organisations named by at least one published story, by name. */
  entities: Entity[];
  /** Story id → who it names (`about`: headline or standfirst; `mentions`: text only). */
  mentionsByStory: Map<string, StoryMentions<Entity>>;
  /** Entity id → the published stories naming it, newest first. */
  storiesByEntity: Map<string, Story[]>;
  /** Credited authors by slug, each with their stories, newest first. */
  authors: Map<string, Author<Story>>;
}

let corpusPromise: Promise<Corpus> | undefined;

/** The build's corpus, loaded and checked on first call and shared by every page. */
export function getCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus();
  return corpusPromise;
}

async function loadCorpus(): Promise<Corpus> {
  const [articleEntries, topicEntries, contextEntries, peopleEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('context'),
    getCollection('people'),
  ]);
  const topics: TopicRecord[] = topicEntries
    .map((t) => ({ id: t.id, filePath: t.filePath ?? `topics/${t.id}`, data: typesetTopicData(t.data) }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr'));
  const records = articleEntries.map((entry) =>
    withBodyText({
      id: entry.id,
      filePath: entry.filePath ?? `articles/${entry.id}.md`,
      data: entry.data,
      entry,
      digest: entry.digest === undefined ? undefined : String(entry.digest),
    }),
  );

  // Memos of what a build derives from unchanged entries, valid for one fingerprint of the code.
  const { fingerprint } = getBuildPlan();
  const memoDir = join(getCacheDir(), 'vigie-corpus-memo');
  const cleanBodies = fingerprint ? openCleanFileMemo(join(memoDir, 'clean-bodies.json'), fingerprint) : undefined;

  const buildTime = getBuildTime();
  const problems = findContentProblems(records, topics, { now: buildTime, cleanBodies });
  if (problems.length > 0) throw new ContentError(problems);
  cleanBodies?.save();

  // `astro dev` shows drafts and scheduled stories so editors can proofread them. Not
  // `import.meta.env.DEV`: Astro copies process variables into import.meta.env, so a stray `DEV`
  // variable would publish drafts in a production build.
  const policy = { now: buildTime, includeDrafts: __VIGIE_DEV_SERVER__, includeFuture: __VIGIE_DEV_SERVER__ };
  const stories: Story[] = records
    .filter((r) => isPublished(r.data, policy))
    .map((r) => withBodyText({ ...r, data: typesetArticleData(r.data), path: getArticlePath(r.id) }))
    .sort(compareNewestFirst);

  const storiesByTopic = groupByTopic(stories, topics);
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const contexts = resolveStoryContexts(
    contextEntries.map((c) => ({
      id: c.id,
      filePath: c.filePath ?? `context/${c.id}.yaml`,
      data: { ...c.data, event: c.data.event && { ...c.data.event, label: applyFrenchTypography(c.data.event.label) } },
    })),
    // A getter: only the few stories with a context file have their body read.
    records.map((r) => ({
      id: r.id,
      filePath: r.filePath,
      data: r.data,
      get html() {
        return getBodyHtml(r.entry);
      },
    })),
    storyById,
  );
  if (contexts.problems.length > 0) throw new ContentError(contexts.problems);

  const allEntities = peopleEntries.map((e) =>
    toEntity(e.id, e.filePath ?? `people/${e.id}.yaml`, {
      ...e.data,
      description: applyFrenchTypography(e.data.description),
    }),
  );
  const entityProblems = allEntities
    .filter((e) => !isSlug(e.id))
    .map((e) => ({
      filePath: e.filePath,
      field: 'file name',
      message: `"${e.id}" is not a slug; rename the file to "${slugify(e.id)}.yaml"`,
    }));
  const people = indexEntities(allEntities, stories);
  if (entityProblems.length + people.problems.length > 0)
    throw new ContentError([...entityProblems, ...people.problems]);
  // One pass over the whole corpus (inverted indexes), never per page; reused when no input changed.
  const relatedOptions = { limit: SITE.relatedCount };
  const relatedKey =
    fingerprint &&
    getRelatedMemoKey(
      fingerprint,
      relatedOptions,
      stories.map((s) => ({ id: s.id, digest: String(s.entry.digest) })),
    );
  const relatedFile = join(memoDir, 'related.json');
  let relatedIds = relatedKey ? readRelatedMemo(relatedFile, relatedKey) : undefined;
  if (!relatedIds) {
    relatedIds = computeRelatedStories(
      stories.map((s) => ({
        id: s.id,
        topics: s.data.topics,
        // A getter: each text is read once, counted and dropped (see withBodyText).
        get text() {
          return `${s.data.title}\n${s.data.description}\n${s.bodyText}`;
        },
        publishedAt: s.data.publishedAt,
        draft: s.data.draft,
      })),
      relatedOptions,
    );
    if (relatedKey) writeRelatedMemo(relatedFile, relatedKey, relatedIds);
  }
  return {
    stories,
    storyById,
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    storiesByTopic,
    trending: getTrendingTopics(storiesByTopic, topics, SITE.trendingCount),
    relatedById: new Map(stories.map((s) => [s.id, (relatedIds.get(s.id) ?? []).map((id) => storyById.get(id)!)])),
    buildTime,
    contextById: contexts.byStoryId,
    // An entry no published story names gets no page (it may be named by a draft).
    entities: allEntities
      .filter((e) => people.storiesByEntity.has(e.id))
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'fr')),
    mentionsByStory: people.mentionsByStory,
    storiesByEntity: people.storiesByEntity,
    authors: indexAuthors(stories),
  };
}

const feedHtmlById = new Map<string, string>();

/**
 * A story as feeds need it, with its rendered HTML made feed-ready once per build
 * (a story sits in the site feed and in each of its topics' feeds).
 */
export function toFeedStory(story: Story, site: URL): FeedStory {
  let html = feedHtmlById.get(story.id);
  if (html === undefined) {
    html = toFeedHtml(getBodyHtml(story.entry), toAbsoluteUrl(story.path, site));
    feedHtmlById.set(story.id, html);
  }
  return { path: story.path, data: story.data, html };
}

const bodyCacheDir = getBodyCacheDir(getCacheDir());

/** The rendered HTML of an article body, from the body cache (the store holds metadata only). */
function getBodyHtml(entry: CollectionEntry<'articles'>): string {
  if (!entry.rendered) return '';
  return readRenderedBody(bodyCacheDir, String(entry.digest), entry.filePath ?? entry.id);
}

/**
 * `record` with a `bodyText` read from the body cache each time it is asked for. Kept out of
 * memory on purpose: checks, related stories and reading time each read it once, and holding
 * every body's text at once would cost about 1 GB at 100,000 stories. Not enumerable, so
 * spreading a record or serialising a cache key never reads it.
 */
function withBodyText<T extends { entry: CollectionEntry<'articles'> }>(record: T): T & { readonly bodyText: string } {
  return Object.defineProperty(record, 'bodyText', {
    get: () => getHtmlText(getBodyHtml(record.entry)),
    enumerable: false,
  }) as T & { readonly bodyText: string };
}

/** Astro's `render()` of a story, with its body read back from the body cache. */
export function renderStory(story: Story): ReturnType<typeof render> {
  const { entry } = story;
  return render({ ...entry, rendered: entry.rendered && { ...entry.rendered, html: getBodyHtml(entry) } });
}
