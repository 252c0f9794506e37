/**
 * « Repère » notes between the paragraphs of a rendered story: where each note goes (the paragraph
 * holding its anchor phrase) and the rendered HTML cut at those places, so a page can put a note
 * between two paragraphs without the story's own text being touched.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** A note to place: the phrase it follows (as written in the Markdown source) and what it carries. */
export interface NotePlacement<T> {
  after: string;
  note: T;
}

/** A run of the story's HTML, followed by the notes that go after it. */
export interface BodySegment<T> {
  html: string;
  notes: T[];
}

/** Why a note could not be placed; `index` is its position in the input list. */
export interface PlacementProblem {
  index: number;
  message: string;
}

/**
 * Comparison form of a text: typography (« » with no-break spaces, ’, no-break spaces before
 * `:` `;` `!` `?`) changes the rendered text but not the words, so quotes and all spacing are
 * dropped and case folded. An anchor copied from the Markdown source then matches the typeset HTML.
 */
export function toAnchorKey(text: string): string {
  return text
    .replace(/[«»"“”„]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/gu, '')
    .toLowerCase();
}

const parser = unified().use(rehypeParse, { fragment: true });

/** Top-level paragraphs of `html` with their text key and where they end in the string. */
function listParagraphs(html: string): { key: string; end: number }[] {
  const tree = parser.parse(html) as Root;
  return tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
    .map((p) => ({ key: toAnchorKey(toString(p)), end: p.position!.end.offset! }));
}

/**
 * Cuts `html` after the paragraph each note names, in reading order (notes after the same
 * paragraph keep their input order). A note whose phrase is in no paragraph, or in more than one,
 * is a problem: nothing is cut then, so a page never shows a note in the wrong place.
 */
export function placeContextNotes<T>(
  html: string,
  placements: readonly NotePlacement<T>[],
): { segments: BodySegment<T>[]; problems: PlacementProblem[] } {
  const paragraphs = listParagraphs(html);
  const problems: PlacementProblem[] = [];
  const cuts: { end: number; index: number; note: T }[] = [];
  placements.forEach(({ after, note }, index) => {
    const key = toAnchorKey(after);
    const matches = key === '' ? [] : paragraphs.filter((p) => p.key.includes(key));
    if (matches.length === 0) {
      problems.push({ index, message: `"${after}" is in no paragraph of the story; copy a phrase from one paragraph` });
    } else if (matches.length > 1) {
      problems.push({
        index,
        message: `"${after}" is in ${matches.length} paragraphs; quote a longer phrase found in only one`,
      });
    } else {
      cuts.push({ end: matches[0]!.end, index, note });
    }
  });
  if (problems.length > 0) return { segments: [{ html, notes: [] }], problems };

  cuts.sort((a, b) => a.end - b.end || a.index - b.index);
  const segments: BodySegment<T>[] = [];
  let start = 0;
  for (const cut of cuts) {
    const last = segments.at(-1);
    if (last && cut.end === start) {
      last.notes.push(cut.note);
      continue;
    }
    segments.push({ html: html.slice(start, cut.end), notes: [cut.note] });
    start = cut.end;
  }
  if (start < html.length) segments.push({ html: html.slice(start), notes: [] });
  return { segments, problems };
}
