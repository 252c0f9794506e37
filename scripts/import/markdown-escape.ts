/**
 * Backslash escapes that make Markdown render plain text exactly as written, and their inverse.
 * Only characters that could start Markdown syntax are escaped, so ordinary prose stays readable.
 * Tested against the real Markdown processors (CommonMark + GFM) in `markdown-escape.test.ts`.
 */

// Characters that open or close inline syntax wherever they stand: emphasis, code spans, links,
// GFM strikethrough and table cells. The backslash itself comes first so escapes stay reversible.
const INLINE = /[\\`*_[\]~|]/g;
// `<` opens HTML before a letter, `/`, `!` or `?`, and an email autolink before any character an
// address may start with (`<1@a>`, `<+x@y.be>`): escaped whenever something follows it but a space.
const HTML_OPEN = /<(?=\S)/g;
// `&` only matters when it starts a character reference (`&amp;`, `&#233;`, `&#xE9;`).
const CHARACTER_REFERENCE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
// Line starts that open a block: heading, quote, list item, setext underline, table delimiter row
// (GFM accepts `:-` without any pipe).
const BLOCK_START: ReadonlyArray<[RegExp, string]> = [
  [/^([#>+-])/, '\\$1'],
  [/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2'],
  [/^(=+[ \t]*)$/, '\\$1'],
  [/^:(?=[-:\s\\|]*$)/, '\\:'],
];
// GFM autolink literals take their text raw, so an escape inside `https://…` or `www.…` would show.
const AUTOLINK_START = /(https?|ftp|mailto|xmpp)(:)|(www)(\.)/gi;
const ASCII_PUNCTUATION_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Escapes one paragraph or heading text for Markdown. Lines (split on `\n`) must be trimmed, as the
 * capture parsers leave them; leading spaces would be read as indentation.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let escaped = line.replace(INLINE, '\\$&').replace(HTML_OPEN, '\\<').replace(CHARACTER_REFERENCE, '\\&');
      for (const [pattern, replacement] of BLOCK_START) escaped = escaped.replace(pattern, replacement);
      return defuseEscapedAutolinks(escaped);
    })
    .join('\n');
}

// In a word holding an escape, escaping the `:` or `.` of the link start keeps the word plain text,
// so every escape in it is honoured. Words without escapes keep their autolink.
function defuseEscapedAutolinks(line: string): string {
  return line.replace(/\S*\\\S*/g, (word) =>
    word.replace(AUTOLINK_START, (_, scheme?: string, colon?: string, www?: string, dot?: string) =>
      scheme ? `${scheme}\\${colon}` : `${www}\\${dot}`,
    ),
  );
}

/** Escapes a subhead for an ATX heading line: as a paragraph, plus a closing `#` run. */
export function escapeMarkdownHeading(text: string): string {
  // `## Titre #` would lose its final `#`, read as an optional closing sequence.
  return escapeMarkdown(text).replace(/(^|[ \t])(#+)$/, (_, space: string, hashes: string) => `${space}\\${hashes}`);
}

/** Inverse of {@link escapeMarkdown}: removes a backslash before any ASCII punctuation character. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(ASCII_PUNCTUATION_ESCAPE, '$1');
}
