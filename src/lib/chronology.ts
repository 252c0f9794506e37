/** Chronology of the dated events of a topic's stories. */
import type { ArticleData } from '../schemas/article.ts';

/** A dated event: the calendar day and what happened. */
export type ChronologyEvent = NonNullable<ArticleData['event']>;

/** One line of a chronology: the event and the story that tells it. */
export interface ChronologyItem<T> {
  date: string;
  label: string;
  story: T;
}

/**
 * Events of `stories` in calendar order (oldest first); stories without an event are skipped;
 * same-day events keep a stable order by label. `eventOf` gives a story's event (by default its
 * frontmatter `event`; the build also reads context files for stories whose text is data).
 */
export function buildChronology<T>(
  stories: readonly T[],
  eventOf: (story: T) => ChronologyEvent | undefined = (story) =>
    (story as { data?: Pick<ArticleData, 'event'> }).data?.event,
): ChronologyItem<T>[] {
  return stories
    .flatMap((story) => {
      const event = eventOf(story);
      return event ? [{ date: event.date, label: event.label, story }] : [];
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label, 'fr')));
}

/**
 * A topic's page content split so that no story is listed twice: the chronology of its dated
 * stories, and the other stories (newest first, as given) for the list below it.
 */
export function splitTopicStories<T>(
  stories: readonly T[],
  eventOf?: (story: T) => ChronologyEvent | undefined,
): { chronology: ChronologyItem<T>[]; others: T[] } {
  const chronology = buildChronology(stories, eventOf);
  const dated = new Set(chronology.map((item) => item.story));
  return { chronology, others: stories.filter((story) => !dated.has(story)) };
}

/**
 * `stories` ordered newest context first: by the day of the event each tells (its publication day
 * when it has none), newest first; ties keep the given order (best match first).
 */
export function sortNewestContextFirst<T extends { data: Pick<ArticleData, 'publishedAt'> }>(
  stories: readonly T[],
  eventOf: (story: T) => ChronologyEvent | undefined,
): T[] {
  const dayOf = (story: T) => eventOf(story)?.date ?? story.data.publishedAt.toISOString().slice(0, 10);
  return stories
    .map((story, index) => ({ story, index, day: dayOf(story) }))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.index - b.index))
    .map(({ story }) => story);
}
