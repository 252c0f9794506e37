/**
 * One text-hygiene rule for every field and every body: no character that breaks XML
 * or hides in the text (controls, non-characters, decoding errors), no text made only
 * of invisible characters, and no bidirectional control left open to reverse what
 * follows it (« — Vigie » in a `<title>`, a feed, a social card).
 */

/** A character the text must not hold, found at `index` (UTF-16 offset in the text). */
export interface TextHygieneProblem {
  /** `U+0001`, `U+202E`… */
  codePoint: string;
  /** Character offset (UTF-16 code units) in the text, from 0. */
  index: number;
  /** What is wrong and what to do, without the field name. */
  message: string;
}

// C0 and C1 controls except tab, line feed and carriage return (XML 1.0 refuses the C0 ones
// and feed readers the rest), lone surrogates, the 66 non-characters (U+FFFE, U+FDD0…) and
// U+FFFD, which only a decoding error puts in a text.
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/u;

// Characters that draw nothing: spaces, format and default-ignorable characters (U+200B,
// U+200C, U+200D, U+2060, U+FEFF, Hangul fillers), combining marks with no base, and the
// blank braille pattern that fonts draw as a space.
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\u2800]*$/u;

const BIDI_OPENERS: Readonly<Record<string, { name: string; closer: string }>> = {
  '\u202A': { name: 'LEFT-TO-RIGHT EMBEDDING', closer: '\u202C' },
  '\u202B': { name: 'RIGHT-TO-LEFT EMBEDDING', closer: '\u202C' },
  '\u202D': { name: 'LEFT-TO-RIGHT OVERRIDE', closer: '\u202C' },
  '\u202E': { name: 'RIGHT-TO-LEFT OVERRIDE', closer: '\u202C' },
  '\u2066': { name: 'LEFT-TO-RIGHT ISOLATE', closer: '\u2069' },
  '\u2067': { name: 'RIGHT-TO-LEFT ISOLATE', closer: '\u2069' },
  '\u2068': { name: 'FIRST STRONG ISOLATE', closer: '\u2069' },
};
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\n\r\u2029]/g;

/** `U+0041` notation of the code point of `char`. */
export function toCodePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describeForbidden(char: string): string {
  if (char === '\uFFFD') return 'the replacement character, left by a decoding error: save the file as UTF-8';
  const code = char.codePointAt(0)!;
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a surrogate pair';
  if (/\p{Cc}/u.test(char)) return 'a control character';
  return 'a non-character';
}

/** The first character of `text` that no published text may hold, or `undefined`. */
export function findForbiddenCharacter(text: string): TextHygieneProblem | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const codePoint = toCodePointLabel(match[0]);
  return {
    codePoint,
    index: match.index,
    message: `contains ${codePoint} (${describeForbidden(match[0])}) at character ${match.index + 1}; remove it`,
  };
}

/** True when `text` is empty or shows nothing: only spaces and invisible characters. */
export function isInvisibleText(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * The first bidirectional embedding, override or isolate of `text` left open at the end
 * of its line (a line break ends a bidi paragraph), or `undefined` when all are closed.
 * Follows UAX #9: U+2069 closes the nearest isolate and whatever it holds, U+202C the
 * nearest embedding or override inside the current isolate; stray closers are harmless.
 */
export function findUnclosedBidiControl(text: string): TextHygieneProblem | undefined {
  const open: Array<{ char: string; index: number }> = [];
  const unclosed = () => {
    const first = open[0]!;
    const { name, closer } = BIDI_OPENERS[first.char]!;
    const codePoint = toCodePointLabel(first.char);
    return {
      codePoint,
      index: first.index,
      message: `opens ${codePoint} (${name}) at character ${first.index + 1} and never closes it, which reverses or reorders the text after it; close it with ${toCodePointLabel(closer)} or remove it`,
    };
  };
  for (const match of text.matchAll(BIDI_CONTROL)) {
    const char = match[0];
    if (char in BIDI_OPENERS) {
      open.push({ char, index: match.index });
    } else if (char === '\u2069') {
      const isolate = open.findLastIndex((o) => BIDI_OPENERS[o.char]!.closer === '\u2069');
      if (isolate >= 0) open.length = isolate;
    } else if (char === '\u202C') {
      const last = open.at(-1);
      if (last && BIDI_OPENERS[last.char]!.closer === '\u202C') open.pop();
    } else if (open.length > 0) {
      return unclosed();
    }
  }
  return open.length > 0 ? unclosed() : undefined;
}

/** Every hygiene problem of a field's text: forbidden characters, then unclosed bidi controls. */
export function findTextHygieneProblems(text: string): TextHygieneProblem[] {
  return [findForbiddenCharacter(text), findUnclosedBidiControl(text)].filter(
    (problem): problem is TextHygieneProblem => problem !== undefined,
  );
}
