/**
 * French typography for running text: no-break spaces before high punctuation and
 * « » quotes. Pure string functions, idempotent, shared by the Markdown plugins and
 * by anything that prints text outside Markdown (titles, feeds, JSON-LD).
 *
 * Rules (on the text seen as one string, even when given as several segments):
 * - U+202F (narrow no-break space) before `;` `!` `?`, U+00A0 before `:`; a run such as
 *   `?!` is one unit. An existing horizontal space is replaced, none is added when the
 *   mark starts the text or a line, follows `«` `(` `[` `{`, or is glued on both sides
 *   (`12:30`, `Re:Bonjour`, `a;b`). URLs are never touched.
 * - Straight double quotes become « » with U+00A0 inside. Each `"` is an opener, a
 *   closer, or either, judged from its neighbours; they are paired with a stack and an
 *   unmatched `"` is left as it is. Existing « » get U+00A0 inside too.
 * - Letters, apostrophes, curly quotes “ ”, dashes and `...` are never changed.
 */

/** Narrow no-break space (U+202F), put before `;` `!` `?`. */
export const NARROW_NBSP = '\u202F';

/** No-break space (U+00A0), put before `:` and inside « ». */
export const NBSP = '\u00A0';

/**
 * Segment standing for inline content that must stay as it is (code, a link whose
 * text is a URL) but reads as a word, so `<code>x</code>: y` still gets its space.
 * Returned unchanged by {@link applyFrenchTypographyToSegments}.
 */
export const OPAQUE_SEGMENT = '\uFFFC';

/**
 * Segment standing for a line break (`<br>`) or a nested block: reads as the start
 * of a line. Returned unchanged by {@link applyFrenchTypographyToSegments}.
 */
export const BREAK_SEGMENT = '\n';

// Horizontal whitespace: what may be replaced by a no-break space. Newlines are not
// in it: they separate lines (and stand for <br>), so they are never removed.
const HORIZONTAL_SPACE = '\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
const HORIZONTAL_SPACE_CHAR = new RegExp(`[${HORIZONTAL_SPACE}]`);
const WHITESPACE_CHAR = /\s/;
const LINE_BREAK_CHAR = /[\n\r\v\f\u2028\u2029]/;

const HIGH_PUNCTUATION = new Set([':', ';', '!', '?']);

// A mark glued on both sides is not a French punctuation mark in running text:
// times (12:30), ratios, `Re:Bonjour`, identifiers.
const GLUED_AFTER = /[\p{L}\p{N}_/\\@#&=%~+*$<>[({]/u;

// After these (or after nothing), a high punctuation mark gets no space.
const NO_SPACE_AFTER = new Set(['«', '(', '[', '{']);

// Quote marks count as neutral neighbours (in both sets) so that turning a `"` into
// « or » never changes how the remaining, unmatched `"` are classified: that keeps
// the function idempotent.
const QUOTE_NEIGHBOURS = ['"', '«', '»', '“', '”'];
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', ':', '/', "'", '’', ...QUOTE_NEIGHBOURS]);
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '/', ...QUOTE_NEIGHBOURS]);

// Schemes with `//`, `www.` hosts, and the common scheme-only URIs; quotes,
// guillemets, angle brackets and whitespace end a URL.
const URL_SOURCE = String.raw`(?:[a-z][a-z\d+.-]*:\/\/|www\.|(?:mailto|tel|sms|geo|urn|data|xmpp|callto):)[^\s"«»“”<>]+`;
const URL_PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}])${URL_SOURCE}`, 'giu');
const WHOLE_URL = new RegExp(`^${URL_SOURCE}$`, 'iu');
// Cheap test run first: most paragraphs hold no URL, and the full pattern costs half the pass.
const URL_HINT = /:\/\/|www\.|(?:mailto|tel|sms|geo|urn|data|xmpp|callto):/i;
// Trailing sentence punctuation is not part of a URL (as in GFM autolinks).
const URL_TRAILING_PUNCTUATION = /[.,;:!?'’…]+$/u;
const EMAIL_PATTERN = /^[^\s@"«»<>]+@[^\s@"«»<>]+\.[^\s@"«»<>]+$/u;

type QuoteRole = 'open' | 'close' | 'either';

/**
 * Applies French typography to `text` (see the module comment for the rules).
 * Idempotent: `applyFrenchTypography(applyFrenchTypography(x)) === applyFrenchTypography(x)`.
 */
export function applyFrenchTypography(text: string): string {
  return applyFrenchTypographyToSegments([text])[0]!;
}

/**
 * Applies French typography to text split into segments (the text nodes of one block):
 * decisions are taken on the joined text, and each segment is transformed in place, so
 * the result has as many segments and `result.join('')` equals
 * `applyFrenchTypography(segments.join(''))`. A space added or moved at a boundary goes
 * into the segment of the mark it belongs to: before `:` `;` `!` `?` `»` it joins that
 * mark's segment, after `«` it joins the segment of `«`. Segments without quotes, high
 * punctuation or horizontal spaces (such as {@link OPAQUE_SEGMENT}) come back unchanged.
 */
export function applyFrenchTypographyToSegments(segments: readonly string[]): string[] {
  const text = segments.join('');
  if (!/["«»:;!?]/.test(text)) return [...segments];

  const protectedRanges = findUrlMask(text);
  const chars = text.split('');
  for (const [index, quote] of pairStraightQuotes(text, protectedRanges)) chars[index] = quote;

  // One output string per input code unit: '' deletes it, extra text is inserted
  // next to it, so every change stays inside the segment that owns that unit.
  const output = chars.slice();
  const replaceSpaceRun = (start: number, end: number, space: string, anchor: number, side: 'before' | 'after') => {
    for (let i = start; i < end; i++) output[i] = '';
    output[anchor] = side === 'before' ? space + output[anchor] : output[anchor] + space;
  };

  for (let i = 0; i < chars.length; i++) {
    if (protectedRanges[i]) continue;
    const char = chars[i]!;
    if (char === '«') {
      let end = i + 1;
      while (end < chars.length && isHorizontalSpace(chars[end]!)) end++;
      const next = chars[end];
      if (next === undefined || LINE_BREAK_CHAR.test(next)) continue;
      replaceSpaceRun(i + 1, end, NBSP, i, 'after');
    } else if (char === '»') {
      const start = startOfSpaceRun(chars, i);
      const previous = chars[start - 1];
      // A space between « and » belongs to the « rule.
      if (previous === undefined || previous === '«' || LINE_BREAK_CHAR.test(previous)) continue;
      replaceSpaceRun(start, i, NBSP, i, 'before');
    } else if (
      HIGH_PUNCTUATION.has(char) &&
      !(i > 0 && HIGH_PUNCTUATION.has(chars[i - 1]!) && !protectedRanges[i - 1])
    ) {
      let end = i + 1;
      while (end < chars.length && HIGH_PUNCTUATION.has(chars[end]!) && !protectedRanges[end]) end++;
      const start = startOfSpaceRun(chars, i);
      const previous = chars[start - 1];
      if (previous === undefined || NO_SPACE_AFTER.has(previous) || LINE_BREAK_CHAR.test(previous)) continue;
      const next = chars[end];
      if (start === i && next !== undefined && GLUED_AFTER.test(next)) continue;
      replaceSpaceRun(start, i, char === ':' ? NBSP : NARROW_NBSP, i, 'before');
    }
  }

  const result: string[] = [];
  let offset = 0;
  for (const segment of segments) {
    result.push(output.slice(offset, offset + segment.length).join(''));
    offset += segment.length;
  }
  return result;
}

/**
 * Undoes French typography for comparisons, as used by tests to check that rendered
 * text still says what the captured original said: « » “ ” become `"`, horizontal
 * spaces before `: ; ! ? "` and after `"` are removed, and U+00A0 / U+202F become
 * ordinary spaces. Lossy on purpose (whether a `"` opens or closes is not known here),
 * but for every string `x`, `normalizeTypographyForComparison(applyFrenchTypography(x))`
 * equals `normalizeTypographyForComparison(x)`.
 */
export function normalizeTypographyForComparison(text: string): string {
  return text
    .replace(/[«»“”]/g, '"')
    .replace(new RegExp(`[${HORIZONTAL_SPACE}]+(?=[:;!?"])`, 'g'), '')
    .replace(new RegExp(`"[${HORIZONTAL_SPACE}]+`, 'g'), '"')
    .replace(/[\u00A0\u202F]/g, ' ');
}

/**
 * True when `text` (trimmed) is a URL or an e-mail address, as in a link whose text
 * is its own address: such text is left exactly as written.
 */
export function isUrlLike(text: string): boolean {
  const trimmed = text.trim();
  return EMAIL_PATTERN.test(trimmed) || WHOLE_URL.test(trimmed);
}

function isHorizontalSpace(char: string): boolean {
  return HORIZONTAL_SPACE_CHAR.test(char);
}

function startOfSpaceRun(chars: readonly string[], end: number): number {
  let start = end;
  while (start > 0 && isHorizontalSpace(chars[start - 1]!)) start--;
  return start;
}

// Marks the code units that belong to a URL.
function findUrlMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!URL_HINT.test(text)) return mask;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0].replace(URL_TRAILING_PUNCTUATION, '');
    // A closing parenthesis ends the URL unless the URL opened one: (voir https://x.be).
    if (url.endsWith(')') && !url.includes('(')) url = url.replace(/\)+$/, '').replace(URL_TRAILING_PUNCTUATION, '');
    mask.fill(1, match.index, match.index + url.length);
  }
  return mask;
}

function getQuoteRole(text: string, index: number): QuoteRole {
  const previous = text[index - 1];
  const next = text[index + 1];
  const afterOpening = previous === undefined || WHITESPACE_CHAR.test(previous) || OPENING_CONTEXT.has(previous);
  const beforeClosing = next === undefined || WHITESPACE_CHAR.test(next) || CLOSING_CONTEXT.has(next);
  if (afterOpening && beforeClosing) return 'either';
  return afterOpening ? 'open' : 'close';
}

// Pairs straight double quotes with a stack. What stays unmatched is always a list of
// closers followed by openers, which can never pair on a second pass: idempotence.
function pairStraightQuotes(text: string, protectedRanges: Uint8Array): Map<number, '«' | '»'> {
  const pairs = new Map<number, '«' | '»'>();
  const openers: number[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (protectedRanges[i]) continue;
    const role = getQuoteRole(text, i);
    if (role === 'open' || (role === 'either' && openers.length === 0)) {
      openers.push(i);
    } else if (openers.length > 0) {
      pairs.set(openers.pop()!, '«');
      pairs.set(i, '»');
    }
  }
  return pairs;
}
