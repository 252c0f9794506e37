/**
 * Where French typography applies in an HTML (hast) tree, shared by the Sätteri
 * plugin and the rehype plugin: which elements form one unit of text, which are
 * never touched, and the pass over one such unit.
 */
import type { Element, ElementContent, Text } from 'hast';
import { applyFrenchTypographyToSegments, BREAK_SEGMENT, isUrlLike, OPAQUE_SEGMENT } from '../lib/typography.ts';

/**
 * Elements whose text is typeset as one unit (quotes pair inside it). Each nested
 * one is a unit of its own, so every text node of prose belongs to its nearest such
 * ancestor. Lists, tables and rows are not units: they hold only whitespace between
 * their children.
 */
export const TYPOGRAPHY_BLOCK_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'summary',
  'legend',
  'address',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'figure',
  'details',
  'dialog',
  'fieldset',
  'form',
];

/** Elements whose content is never typeset: code, maths, scripts and other verbatim text. */
export const TYPOGRAPHY_SKIP_TAGS: ReadonlySet<string> = new Set([
  'code',
  'kbd',
  'samp',
  'var',
  'pre',
  'script',
  'style',
  'math',
  'svg',
  'template',
  'textarea',
]);

const BLOCK_TAG_SET: ReadonlySet<string> = new Set(TYPOGRAPHY_BLOCK_TAGS);

// Inside a unit these end the line: what comes after does not continue the text before.
const LINE_BREAKING_TAGS: ReadonlySet<string> = new Set([
  ...TYPOGRAPHY_BLOCK_TAGS,
  'dl',
  'ol',
  'ul',
  'menu',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'hgroup',
  'br',
  'hr',
  'pre',
  'script',
  'style',
  'template',
]);

// Embedded content without text of its own reads as a word: `<img>: légende`.
const EMBEDDED_TAGS: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'input',
]);

/** True when `tagName` starts a unit of text for typography. */
export function isTypographyBlock(tagName: string): boolean {
  return BLOCK_TAG_SET.has(tagName);
}

/** True when nothing inside `tagName` may be typeset. */
export function isTypographySkipped(tagName: string): boolean {
  return TYPOGRAPHY_SKIP_TAGS.has(tagName);
}

/**
 * Typesets the text of one block: its text nodes (outside nested blocks, skipped
 * elements and links whose text is a URL) are read in order, transformed together
 * by {@link applyFrenchTypographyToSegments}, and `setText` is called once for each
 * text node whose value changes. The tree is only read here; `setText` writes.
 */
export function typesetBlock(block: Readonly<Element>, setText: (node: Readonly<Text>, value: string) => void): void {
  const segments: string[] = [];
  const textNodes: Array<Readonly<Text> | undefined> = [];
  const add = (segment: string, node?: Readonly<Text>) => {
    segments.push(segment);
    textNodes.push(node);
  };
  const collect = (children: readonly ElementContent[]) => {
    // Closing tag awaited when raw HTML opened a verbatim element (`<kbd>` typed in
    // Markdown without rawHtml): the nodes up to it are verbatim too.
    let verbatimUntil: string | undefined;
    for (const child of children as readonly AnyContent[]) {
      if (child.type === 'raw') {
        const tag = parseRawTag(child.value);
        if (verbatimUntil !== undefined) {
          if (tag?.closing && tag.name === verbatimUntil) verbatimUntil = undefined;
        } else if (tag && !tag.closing && TYPOGRAPHY_SKIP_TAGS.has(tag.name)) {
          verbatimUntil = tag.name;
          add(OPAQUE_SEGMENT);
        } else if (tag && !tag.closing && LINE_BREAKING_TAGS.has(tag.name)) {
          add(BREAK_SEGMENT);
        }
      } else if (verbatimUntil !== undefined || child.type === 'comment') {
        continue;
      } else if (child.type === 'text') {
        add(child.value, child);
      } else if (child.type === 'element') {
        const tag = child.tagName;
        if (LINE_BREAKING_TAGS.has(tag)) add(BREAK_SEGMENT);
        else if (TYPOGRAPHY_SKIP_TAGS.has(tag) || EMBEDDED_TAGS.has(tag)) add(OPAQUE_SEGMENT);
        else if (tag === 'a' && isUrlLike(getText(child))) add(OPAQUE_SEGMENT);
        else collect(child.children);
      } else if ('children' in child && Array.isArray(child.children)) {
        // MDX components in running text: their children are prose.
        collect(child.children);
      } else {
        // MDX expressions: computed text that reads as a word.
        add(OPAQUE_SEGMENT);
      }
    }
  };
  collect(block.children);

  if (!textNodes.some(Boolean)) return;
  const typeset = applyFrenchTypographyToSegments(segments);
  typeset.forEach((value, index) => {
    const node = textNodes[index];
    if (node !== undefined && value !== node.value) setText(node, value);
  });
}

// Text-bearing hast plus the nodes Markdown processors add: `raw` HTML and MDX nodes.
type AnyContent =
  ElementContent | { type: 'raw'; value: string } | { type: `mdx${string}`; children?: ElementContent[] };

function parseRawTag(html: string): { name: string; closing: boolean } | undefined {
  const match = /^<(\/?)([a-z][a-z0-9-]*)[\s/>]/i.exec(html.trim());
  return match ? { name: match[2]!.toLowerCase(), closing: match[1] === '/' } : undefined;
}

function getText(node: Readonly<ElementContent>): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(getText).join('');
  return '';
}
