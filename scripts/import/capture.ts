/**
 * The structure both capture parsers (plain text and HTML) produce, and the limits they share.
 */

/** A block of the article body, in reading order. */
export type CaptureBlock = { type: 'subhead'; text: string } | { type: 'paragraph'; text: string };

/**
 * An article as read from a capture. Texts are trimmed; a paragraph may hold `\n` where the
 * capture had a soft line break. Words and punctuation are exactly those of the capture.
 */
export interface Capture {
  headline: string;
  /** The standfirst (chapeau): the paragraph right after the headline. */
  standfirst: string;
  blocks: CaptureBlock[];
}

/** Longest line, in characters, that can be read as a subhead. */
export const MAX_SUBHEAD_LENGTH = 120;

/** Longest line, in characters, that can be read as a headline (the schema's title limit). */
export { MAX_TITLE_LENGTH as MAX_HEADLINE_LENGTH } from '../../src/schemas/article.ts';
