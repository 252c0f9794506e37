/** Types for the two untyped French NLP packages used by `text-index.ts`. */
declare module '@nlpjs/lang-fr' {
  /** Snowball French stemmer; expects a lower-case word with its accents. */
  export class StemmerFr {
    constructor();
    /** Stem of one word (memoized by the instance). */
    stemWord(word: string): string;
  }
}

declare module 'stopword' {
  /** Snowball's French stop-word list, lower-case with accents. */
  export const fra: readonly string[];
}
