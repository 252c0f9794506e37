/** Reading-time estimate for article pages. */

/** Words in `text`: runs of letters or digits (apostrophes and hyphens join words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes needed to read `words` at `wordsPerMinute`, at least 1. */
export function getReadingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
