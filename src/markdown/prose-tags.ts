/**
 * Tags named in prose stay prose: a Sätteri mdast plugin that turns an opening tag typed
 * inside a paragraph (« une balise <script> dans la page ») into text when nothing in the
 * same paragraph closes it. Left as HTML, such a tag opens an element that swallows the rest
 * of the document (a script's content runs to `</script>`), and the sanitiser then removes
 * the heading and paragraphs after it with the script. Real markup is closed where it is
 * opened, and is still judged by the sanitiser.
 *
 * A tag that starts a line opens an HTML block, which Markdown runs to the closing tag or
 * the end of the document: left unclosed, it fails the build naming the file and the fix.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { REMOVED_WITH_CONTENT } from '../lib/html-allow-list.ts';
import { toDisplayPath } from './display-path.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];
type MdastPluginFactory = Extract<MdastPluginEntry, (...args: never[]) => unknown>;
type MdastPluginDefinition = Exclude<Extract<MdastPluginEntry, { name: string }>, MdastPluginFactory>;

// Void elements end with their tag: nothing after them can be swallowed.
const VOID_ELEMENTS = new Set(['base', 'embed', 'input', 'link', 'meta', 'param']);
// Parents whose `html` children are HTML blocks rather than inline tags.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const LEADING_TAG = /^<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?>/;
const OPENING_TAG = /^<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>$/;

/** Tag name (lower-case) of an opening tag that swallows what follows it until closed, or `undefined`. */
export function getSwallowingTagName(html: string): string | undefined {
  const match = OPENING_TAG.exec(html.trim());
  if (!match || html.trim().endsWith('/>')) return undefined;
  const name = match[1]!.toLowerCase();
  return REMOVED_WITH_CONTENT.has(name) && !VOID_ELEMENTS.has(name) ? name : undefined;
}

/** True when `html` holds the end tag `</name>` (any case, optional spaces). */
function closes(html: string, name: string): boolean {
  return new RegExp(`</${name}\\s*>`, 'i').test(html);
}

/** Thrown for an HTML block opened by a swallowing tag that is never closed. */
export class UnclosedHtmlBlockError extends Error {
  constructor(file: string, tag: string) {
    super(
      `${file} → body: a line starts with <${tag}> and nothing closes it, so everything after it would be lost; write it as \`<${tag}>\` or \\<${tag}> to show the tag as text, or close it with </${tag}>`,
    );
    this.name = 'UnclosedHtmlBlockError';
  }
}

/** The Sätteri mdast plugin (one instance serves every document). */
export const keepProseTags: MdastPluginDefinition = {
  name: 'keep-prose-tags',
  html(node, ctx) {
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    if (!parent || index === undefined) return;
    if (FLOW_PARENTS.has(parent.type)) {
      const leadingTag = LEADING_TAG.exec(node.value.trimStart())?.[0];
      const swallowing = leadingTag && getSwallowingTagName(leadingTag);
      if (swallowing && !closes(node.value, swallowing)) {
        const file = ctx.fileURL ? toDisplayPath(fileURLToPath(ctx.fileURL)) : '(unnamed Markdown)';
        throw new UnclosedHtmlBlockError(file, swallowing);
      }
      return;
    }
    const name = getSwallowingTagName(node.value);
    if (name === undefined) return;
    const closedLater = parent.children
      .slice(index + 1)
      .some((sibling) => sibling.type === 'html' && closes(sibling.value, name));
    if (!closedLater) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
};
