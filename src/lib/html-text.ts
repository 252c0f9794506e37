/**
 * Plain text of an article's rendered HTML, for word counts, the empty-body
 * check and related stories. The collection does not keep Markdown sources
 * (`retainBody: false`, see `src/content.config.ts`), so the text is read back
 * from the HTML the content layer already rendered.
 *
 * A scan, not a parser: the input is the output of our own Markdown pipeline
 * (well-formed, sanitised), and a parser costs ~100× more per story at 10,000.
 */

/** Elements that sit inside a word or a sentence: removing their tags must not split words (`<em>re</em>lancer`). */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

// Comments and raw-text elements first (their content is not prose), then any tag.
const NON_PROSE = /<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
// Quoted attribute values are skipped whole: `title="a > b"` must not end the tag.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

function decodeCodePoint(codePoint: number, original: string): string {
  return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
    ? String.fromCodePoint(codePoint)
    : original;
}

/** Decodes numeric character references and the entities HTML serialisers emit; leaves unknown names as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    ENTITY,
    (original, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return decodeCodePoint(Number.parseInt(decimal, 10), original);
      if (hex !== undefined) return decodeCodePoint(Number.parseInt(hex, 16), original);
      return NAMED_ENTITIES[name!] ?? original;
    },
  );
}

/**
 * The text of `html`: block boundaries become spaces, inline tags vanish,
 * comments, scripts and styles are dropped, entities decoded.
 */
export function getHtmlText(html: string): string {
  const withoutTags = html
    .replace(NON_PROSE, ' ')
    .replace(TAG, (_tag, name: string) => (INLINE_ELEMENTS.has(name.toLowerCase()) ? '' : ' '));
  return decodeHtmlEntities(withoutTags);
}
