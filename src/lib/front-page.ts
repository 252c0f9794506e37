/**
 * The front page's news judgement: an editorial order (the `priority` field first, then the
 * newest), reported stories apart from background briefs, and the dossiers of the side rail.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { TopicRecord } from './corpus.ts';

type Ranked = { id: string; data: Pick<ArticleData, 'priority' | 'publishedAt' | 'kind'> };

/** Editorial order: higher `priority` first, then the newest publication, then the id (stable across builds). */
export function compareEditorialOrder(a: Ranked, b: Ranked): number {
  return (
    b.data.priority - a.data.priority ||
    b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The blocks of the front page, each in editorial order. */
export interface FrontPage<T> {
  /** The first reported story (a brief only when nothing reported is published). */
  lead: T | undefined;
  /** Other reported stories, after the lead. */
  reported: T[];
  /** Background briefs. */
  briefs: T[];
}

/** Splits `stories` into the front page's blocks, at most `limit` items in each list. */
export function buildFrontPage<T extends Ranked>(stories: readonly T[], limit: number): FrontPage<T> {
  const ordered = [...stories].sort(compareEditorialOrder);
  const reported = ordered.filter((s) => s.data.kind !== 'brief');
  const briefs = ordered.filter((s) => s.data.kind === 'brief');
  const lead = reported[0] ?? briefs[0];
  return {
    lead,
    reported: reported.filter((s) => s !== lead).slice(0, limit),
    briefs: briefs.filter((s) => s !== lead).slice(0, limit),
  };
}

/** A dossier of the side rail: a topic, its story count and the story it leads with. */
export interface Dossier<T> {
  topic: TopicRecord;
  count: number;
  top: T;
}

/** Topics with at least one story, most stories first, then by name, each with its first story in editorial order. */
export function getDossiers<T extends Ranked>(
  byTopic: ReadonlyMap<string, readonly T[]>,
  topics: readonly TopicRecord[],
): Dossier<T>[] {
  return topics
    .flatMap((topic) => {
      const stories = byTopic.get(topic.id) ?? [];
      const first = [...stories].sort(compareEditorialOrder)[0];
      return first ? [{ topic, count: stories.length, top: first }] : [];
    })
    .sort((a, b) => b.count - a.count || a.topic.data.name.localeCompare(b.topic.data.name, 'fr'));
}
