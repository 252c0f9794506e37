/** The corrections record: every dated update and correction of the published stories, in one list. */
import type { ArticleData } from '../schemas/article.ts';

/** One line of the record: the change and the story it was made to. */
export interface UpdateRecord<T> {
  story: T;
  update: ArticleData['updates'][number];
}

/** Every update of `stories`, newest first; same-instant changes keep the stories' order. */
export function listUpdates<T extends { data: Pick<ArticleData, 'updates'> }>(
  stories: readonly T[],
): UpdateRecord<T>[] {
  return stories
    .flatMap((story) => story.data.updates.map((update) => ({ story, update })))
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.update.date.getTime() - a.record.update.date.getTime() || a.index - b.index)
    .map(({ record }) => record);
}
