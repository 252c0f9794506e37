/**
 * Plain-text capture → {@link Capture}. The shape is that of text copied from a publisher's page:
 * page chrome lines at both ends, blank or no-break-space lines as layout residue, the headline
 * first, then the standfirst, then paragraphs separated by one blank line and subheads preceded by
 * two or more. Text is never rewritten: only whole lines are dropped and line ends trimmed.
 */
import { type Capture, type CaptureBlock, MAX_HEADLINE_LENGTH, MAX_SUBHEAD_LENGTH } from './capture.ts';
import { ImportError } from './errors.ts';

/**
 * Publisher chrome that a capture may start or end with (compared case-insensitively, ignoring a
 * trailing colon or comment count). Only whole lines at either end of the capture are dropped.
 */
export const CHROME_LINES: readonly string[] = [
  'En ce moment',
  'À la une',
  'Accueil',
  'Menu',
  'Publicité',
  'Partager',
  'Partager cet article',
  'Lire aussi',
  'À lire aussi',
  'Sur le même sujet',
  'Vos commentaires',
  'Commentaires',
  'Réagir',
  'Newsletter',
];

/** Lines with at least this many blank lines before them may be subheads. */
export const SUBHEAD_BLANK_LINES = 2;

const CHROME = new Set(CHROME_LINES.map(normaliseChrome));
// A line ending in two spaces is a Markdown-style hard break; captures often use a no-break space.
const HARD_BREAK_END = /[ \t\u00a0]{2,}$/;
const FINAL_PUNCTUATION = /[.,;:!?…]$/u;
const CLOSING_MARKS = /["'»”’)\]\s]+$/u;
const LETTER = /\p{L}/u;

interface Paragraph {
  /** Blank lines between this paragraph and the previous one (0 after a hard break). */
  blankBefore: number;
  /** Trimmed, non-blank lines. */
  lines: string[];
}

/**
 * Parses a plain-text capture. Accepts any string; throws only {@link ImportError}, when no
 * headline or no standfirst can be found.
 */
export function parseTextCapture(text: string): Capture {
  const lines = stripChrome(text.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const paragraphs = toParagraphs(lines);
  const first = paragraphs.shift();
  if (!first) {
    throw new ImportError('no headline found: the capture holds no article text (only page chrome or blank lines)', {
      hint: 'Check that the file is the right capture',
    });
  }
  const [headline, ...rest] = first.lines as [string, ...string[]];
  assertHeadline(headline);
  if (rest.length > 0) paragraphs.unshift({ blankBefore: 0, lines: rest });

  const standfirst = paragraphs.shift();
  if (!standfirst) {
    throw new ImportError(`no standfirst found after the headline ${quote(headline)}`, {
      hint: 'The paragraph after the headline becomes the description; add it to the capture',
    });
  }
  return { headline, standfirst: standfirst.lines.join('\n'), blocks: paragraphs.map(toBlock) };
}

/** True when `line` is known publisher chrome, e.g. `En ce moment` or `Vos commentaires (12)`. */
export function isChromeLine(line: string): boolean {
  return CHROME.has(normaliseChrome(line));
}

/** True when a line holds nothing but whitespace, no-break spaces included. */
export function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/**
 * True when a line can be a subhead: short, with a letter, and no final punctuation (closing
 * quotes and brackets ignored, so `"Une citation"` qualifies and `"Une phrase."` does not).
 */
export function isSubheadLike(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= MAX_SUBHEAD_LENGTH && LETTER.test(text) && !FINAL_PUNCTUATION.test(text.replace(CLOSING_MARKS, ''))
  );
}

function normaliseChrome(line: string): string {
  return line
    .normalize('NFC')
    .trim()
    .replace(/\s*(?:\(\d+\)|\d+)?\s*:?$/u, '')
    .toLowerCase();
}

function stripChrome(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (isBlankLine(lines[start]!) || isChromeLine(lines[start]!))) start++;
  while (end > start && (isBlankLine(lines[end - 1]!) || isChromeLine(lines[end - 1]!))) end--;
  return lines.slice(start, end);
}

function toParagraphs(lines: string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blankBefore = 0;
  let current: Paragraph | undefined;
  for (const line of lines) {
    if (isBlankLine(line)) {
      current = undefined;
      blankBefore++;
      continue;
    }
    if (!current) {
      current = { blankBefore, lines: [] };
      paragraphs.push(current);
      blankBefore = 0;
    }
    current.lines.push(line.trim());
    if (HARD_BREAK_END.test(line)) current = undefined;
  }
  return paragraphs;
}

function assertHeadline(line: string): void {
  if (!LETTER.test(line)) {
    throw new ImportError(`no recognisable headline: the first line of text, ${quote(line)}, holds no letter`, {
      hint: 'The first line after the page chrome must be the headline',
    });
  }
  if (line.length > MAX_HEADLINE_LENGTH) {
    throw new ImportError(
      `no recognisable headline: the first line of text is ${line.length} characters long (a headline has at most ${MAX_HEADLINE_LENGTH}): ${quote(line)}`,
      { hint: 'The first line after the page chrome must be the headline; add it to the capture' },
    );
  }
}

function quote(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

function toBlock(paragraph: Paragraph): CaptureBlock {
  const [only] = paragraph.lines;
  if (paragraph.blankBefore >= SUBHEAD_BLANK_LINES && paragraph.lines.length === 1 && isSubheadLike(only!)) {
    return { type: 'subhead', text: only! };
  }
  return { type: 'paragraph', text: paragraph.lines.join('\n') };
}
