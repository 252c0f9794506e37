/** Chronology of the dated events of a topic's stories. */
import type { ArticleData } from '../schemas/article.ts';

/** One line of a chronology: the event and the story that tells it. */
export interface ChronologyItem<T> {
  date: string;
  label: string;
  story: T;
}

/**
 * Events of `stories` in calendar order (oldest first); stories without an
 * `event` are skipped; same-day events keep a stable order by label.
 */
export function buildChronology<T extends { data: Pick<ArticleData, 'event'> }>(
  stories: readonly T[],
): ChronologyItem<T>[] {
  return stories
    .flatMap((story) =>
      story.data.event ? [{ date: story.data.event.date, label: story.data.event.label, story }] : [],
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label, 'fr')));
}
