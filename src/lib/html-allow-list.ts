/**
 * The one allow-list of HTML that may reach a reader, shared by the Markdown
 * sanitiser (src/markdown/sanitize-html.ts, for article pages) and the feed
 * sanitiser (src/lib/feeds/feed-html.ts, through hast-util-sanitize). It covers
 * what Markdown itself produces (GFM tables and footnotes included) and the
 * harmless inline markup editors type by hand; anything else is removed.
 *
 * Property names are hast names (`className`, `dateTime`, `dataFootnoteRef`), as
 * both Sätteri and rehype-parse produce them.
 */
import type { Schema } from 'hast-util-sanitize';

/**
 * An allowed property: its name alone (any value), or its name followed by the
 * values allowed for it (strings compared exactly, regular expressions tested;
 * for lists such as `className`, each token on its own). The same shape as
 * hast-util-sanitize's attribute definitions.
 */
export type PropertyDefinition = string | readonly [string, ...Array<string | RegExp>];

/**
 * Elements removed together with everything inside them: executable, embedding,
 * form and metadata elements, and the foreign (SVG, MathML) and raw-text ones
 * whose re-parsing differs from their parsing (the root of mutation XSS).
 */
export const REMOVED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'textarea',
  'title',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'head',
]);

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

// GFM footnotes number their references and notes with this prefix: ids without it
// could overwrite the page's own ids or the globals the browser creates for them.
const FOOTNOTE_ID: PropertyDefinition = ['id', /^user-content-/];

/**
 * Allowed elements, each with the properties it may carry besides
 * {@link GLOBAL_PROPERTIES}. An element missing here and from
 * {@link REMOVED_WITH_CONTENT} is unwrapped: its content stays, the tag goes.
 */
export const ALLOWED_ELEMENTS: ReadonlyMap<string, readonly PropertyDefinition[]> = new Map<
  string,
  readonly PropertyDefinition[]
>([
  // Text-level markup editors use, and what Markdown emphasis, code and breaks give.
  [
    'a',
    [
      'href',
      'hrefLang',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
  ],
  ['abbr', []],
  ['b', []],
  ['bdi', []],
  ['br', []],
  ['cite', []],
  ['code', [['className', /^language-[\w-]+$/]]],
  ['data', ['value']],
  ['del', ['cite', 'dateTime']],
  ['dfn', []],
  ['em', []],
  ['i', []],
  ['ins', ['cite', 'dateTime']],
  ['kbd', []],
  ['mark', []],
  ['q', ['cite']],
  ['rp', []],
  ['rt', []],
  ['ruby', []],
  ['s', []],
  ['samp', []],
  ['small', []],
  ['span', []],
  ['strong', []],
  ['sub', []],
  ['sup', []],
  ['time', ['dateTime']],
  ['u', []],
  ['var', []],
  ['wbr', []],
  ['img', ['src', 'alt', 'width', 'height']],
  // Blocks.
  ['p', []],
  ['blockquote', ['cite']],
  ['pre', []],
  ['hr', []],
  ['div', []],
  ['ul', [['className', 'contains-task-list']]],
  ['ol', ['start', 'reversed', ['className', 'contains-task-list']]],
  ['li', ['value', ['className', 'task-list-item']]],
  ['dl', []],
  ['dt', []],
  ['dd', []],
  ['figure', []],
  ['figcaption', []],
  ['details', ['open']],
  ['summary', []],
  ['section', ['dataFootnotes', ['className', 'footnotes']]],
  // Headings keep any id: Astro gives each one a slug after our plugins run, and an
  // editor's own id is no more than Markdown heading text can produce.
  ...HEADINGS.map((tag): [string, readonly PropertyDefinition[]] => [
    tag,
    tag === 'h2' ? ['id', ['className', 'sr-only']] : ['id'],
  ]),
  // Tables. `align` is where the Markdown sanitiser moves GFM's column alignment.
  ['table', []],
  ['caption', []],
  ['colgroup', ['span']],
  ['col', ['span']],
  ['thead', []],
  ['tbody', []],
  ['tfoot', []],
  ['tr', []],
  ['th', ['align', 'colSpan', 'rowSpan', 'scope']],
  ['td', ['align', 'colSpan', 'rowSpan']],
]);

/** Properties allowed on every allowed element. */
export const GLOBAL_PROPERTIES: readonly PropertyDefinition[] = ['lang', 'title', FOOTNOTE_ID];

/**
 * URL properties and the schemes each accepts. URLs without a scheme (relative,
 * `#fragment`, `//host/path`) are accepted; every other scheme, `javascript:`,
 * `vbscript:` and `data:` included, is refused.
 */
export const URL_PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto'],
  src: ['http', 'https'],
  cite: ['http', 'https'],
};

/**
 * True when `url` has no scheme or one of `protocols` (lower-case names without
 * the colon). As in hast-util-sanitize, a colon before any `/`, `?` or `#` ends a
 * scheme, and anything before it must be on the list: obfuscated forms
 * (`JaVaScRiPt:`, `java\tscript:`, `\u0001javascript:`) are refused because they are
 * not on it. The comparison ignores case and the control characters and spaces
 * that browsers strip from URLs, so ` HTTPS://…` is still accepted. The value is
 * the parsed attribute: character references are already decoded.
 */
export function isAllowedUrl(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const delimiter of ['/', '?', '#']) {
    const index = url.indexOf(delimiter);
    if (index > -1 && index < colon) return true;
  }
  const scheme = url
    .slice(0, colon)
    .replace(/[\u0000-\u0020\u007F-\u009F]/g, '')
    .toLowerCase();
  return protocols.includes(scheme);
}

/**
 * The allowed value of property `name` on element `tagName`, or `undefined` when
 * the property or its value is not allowed. Lists (`className`) keep their
 * allowed tokens and are refused when none remains. Mirrors hast-util-sanitize's
 * handling of {@link HTML_SANITIZE_SCHEMA}, so pages and feeds agree.
 */
export function getAllowedPropertyValue(tagName: string, name: string, value: unknown): unknown {
  const definitions = [ALLOWED_ELEMENTS.get(tagName), GLOBAL_PROPERTIES];
  for (const list of definitions) {
    const definition = list?.find((candidate) => (typeof candidate === 'string' ? candidate : candidate[0]) === name);
    if (definition === undefined) continue;
    const allowed = Array.isArray(value)
      ? value.filter((item) => isAllowedPrimitive(definition, name, item))
      : isAllowedPrimitive(definition, name, value)
        ? value
        : undefined;
    if (Array.isArray(allowed) ? allowed.length > 0 : allowed !== undefined) return allowed;
  }
  return undefined;
}

function isAllowedPrimitive(definition: PropertyDefinition, name: string, value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  const protocols = URL_PROTOCOLS[name];
  if (protocols && !isAllowedUrl(String(value), protocols)) return false;
  if (typeof definition === 'string') return true;
  return definition
    .slice(1)
    .some((allowed) => (allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value));
}

/**
 * The allow-list as a hast-util-sanitize schema, for trees held by rehype (feeds).
 * Ids are kept as they are (no `user-content-` clobber prefix) so that fragment
 * links keep working; comments and doctypes go.
 */
export const HTML_SANITIZE_SCHEMA: Schema = {
  tagNames: [...ALLOWED_ELEMENTS.keys()],
  attributes: {
    ...Object.fromEntries(
      [...ALLOWED_ELEMENTS].map(([tag, definitions]) => [tag, definitions.map(toSchemaDefinition)]),
    ),
    '*': GLOBAL_PROPERTIES.map(toSchemaDefinition),
  },
  protocols: Object.fromEntries(Object.entries(URL_PROTOCOLS).map(([name, protocols]) => [name, [...protocols]])),
  strip: [...REMOVED_WITH_CONTENT],
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
  required: {},
  ancestors: Object.fromEntries(['thead', 'tbody', 'tfoot', 'tr', 'th', 'td'].map((tag) => [tag, ['table']])),
};

// hast-util-sanitize's types want mutable arrays.
function toSchemaDefinition(definition: PropertyDefinition): string | [string, ...Array<string | RegExp>] {
  return typeof definition === 'string' ? definition : [...definition];
}
