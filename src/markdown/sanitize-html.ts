/**
 * No script from content: a Sätteri hast plugin that holds every article body to
 * the allow-list in src/lib/html-allow-list.ts. It needs `features.rawHtml: true`
 * so that HTML typed in Markdown arrives as elements (with attribute values already
 * decoded) rather than as opaque strings; left as `raw` nodes, HTML is dropped.
 *
 * Elements outside the list are removed with their content (script, iframe, svg…)
 * or unwrapped (font, center…); attributes outside it (`on*`, `style`, URLs whose
 * scheme is not http, https or mailto…) are removed; comments go. Nothing is
 * removed silently: each document that loses something gets one build warning
 * naming the file and listing what went.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, ElementContent, Properties } from 'hast';
import {
  ALLOWED_ELEMENTS,
  getAllowedPropertyValue,
  REMOVED_WITH_CONTENT,
  URL_PROTOCOLS,
} from '../lib/html-allow-list.ts';
import { toDisplayPath } from './display-path.ts';

// Sätteri's own plugin types, reached through the Astro package we depend on.
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
type HastPluginFactory = Extract<HastPluginEntry, (...args: never[]) => unknown>;
// Functions have a `name` too: the factory is taken out.
type HastPluginDefinition = Exclude<Extract<HastPluginEntry, { name: string }>, HastPluginFactory>;
type PluginFactoryContext = Parameters<HastPluginFactory>[0];
type VisitorContext = Parameters<NonNullable<HastPluginDefinition['comment']>>[1];
type VisitedNode = Parameters<VisitorContext['removeNode']>[0];
type NewContent = Exclude<Parameters<VisitorContext['replaceNode']>[1], unknown[]>;

/**
 * The Sätteri plugin, as a factory: Sätteri calls it once per document, so each
 * document gets its own list of removals and its own warning, on the console
 * (Astro shows it in the build log; Sätteri's `ctx.report` diagnostics are not
 * surfaced by Astro's Markdown processor).
 */
export const sanitizeHtml: HastPluginFactory = (file: PluginFactoryContext): HastPluginDefinition => {
  const removals = new Map<string, number>();
  const note = (what: string) => removals.set(what, (removals.get(what) ?? 0) + 1);
  return {
    name: 'sanitize-html',
    element: {
      // Every element: attributes are checked on all of them, not only on tags from raw HTML.
      filter: [],
      visit(node, ctx) {
        // The visit covers the whole original tree, but an edit queued on a node whose
        // ancestor is removed or replaced in the same pass is dropped (with a Sätteri
        // warning): the outermost disallowed element handles everything inside it.
        if (isInsideDisallowed(node, ctx)) return;
        const tagName = node.tagName;
        if (tagName === 'img' && !isContentImage(node.properties, ctx)) {
          note(describeRefusedImage(node.properties));
          ctx.removeNode(node);
        } else if (REMOVED_WITH_CONTENT.has(tagName)) {
          note(`<${tagName}> and its content`);
          ctx.removeNode(node);
        } else if (!ALLOWED_ELEMENTS.has(tagName)) {
          note(`<${tagName}> tag (content kept)`);
          // New nodes, not the children themselves: edits queued on a child that is
          // passed through a replacement are dropped (Sätteri 0.10.5).
          ctx.replaceNode(
            node,
            toSafeContent(node.children, note, (properties) => isContentImage(properties, ctx)),
          );
        } else {
          for (const [name, value] of getPropertyEdits(tagName, node.properties, note))
            ctx.setProperty(node, name, value);
        }
      },
    },
    comment(node, ctx) {
      if (isInsideDisallowed(node, ctx)) return;
      note('HTML comment');
      ctx.removeNode(node);
    },
    // Only reached when `rawHtml` is off: an unparsed fragment cannot be checked.
    raw(node, ctx) {
      if (isInsideDisallowed(node, ctx)) return;
      note('raw HTML (features.rawHtml is off)');
      ctx.removeNode(node);
    },
    after() {
      if (removals.size > 0) console.warn(formatWarning(file.fileURL, removals));
    },
  };
};

function isInsideDisallowed(node: VisitedNode, ctx: VisitorContext): boolean {
  for (let ancestor = ctx.parent(node); ancestor?.type === 'element'; ancestor = ctx.parent(ancestor)) {
    if (!ALLOWED_ELEMENTS.has(ancestor.tagName)) return true;
  }
  return false;
}

// GFM writes column alignment as an inline style, which the site's CSP blocks;
// the `align` attribute gives the same rendering without one.
const TABLE_ALIGNMENT = /^text-align:\s*(left|center|right);?$/;

/**
 * The property edits that bring `properties` of a `tagName` element within the
 * allow-list: `[name, null]` removes, `[name, value]` replaces.
 */
function getPropertyEdits(
  tagName: string,
  properties: Readonly<Properties>,
  note: (what: string) => void,
): Array<[string, unknown]> {
  const edits: Array<[string, unknown]> = [];
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    if (name === 'style' && (tagName === 'th' || tagName === 'td')) {
      const alignment = TABLE_ALIGNMENT.exec(String(value).trim());
      if (alignment) {
        edits.push(['style', null]);
        if (properties.align === undefined) edits.push(['align', alignment[1]]);
        continue;
      }
    }
    const allowed = getAllowedPropertyValue(tagName, name, value);
    if (allowed === undefined) {
      note(describeProperty(tagName, name, value));
      edits.push([name, null]);
    } else if (Array.isArray(value) && Array.isArray(allowed) && allowed.length !== value.length) {
      note(
        describeProperty(
          tagName,
          name,
          value.filter((token) => !allowed.includes(token)),
        ),
      );
      edits.push([name, allowed]);
    }
  }
  return edits;
}

/**
 * True when an `img` is a Markdown image of a local file, which Astro's image pipeline
 * re-encodes (and src/markdown/content-images.ts has checked). Any other image goes: a
 * remote one would track readers from feeds (pages block it by CSP anyway), and a raw
 * `<img>` skips the pipeline.
 */
function isContentImage(properties: Readonly<Properties>, ctx: VisitorContext): boolean {
  const src = properties.src;
  if (typeof src !== 'string') return false;
  const astro = (ctx.data as { astro?: { localImagePaths?: ReadonlySet<string> } }).astro;
  try {
    return astro?.localImagePaths?.has(decodeURI(src)) ?? false;
  } catch {
    return false;
  }
}

function describeRefusedImage(properties: Readonly<Properties>): string {
  const src = typeof properties.src === 'string' ? properties.src : '';
  const shown = src.length > 60 ? `${src.slice(0, 59)}…` : src;
  return `<img src=${JSON.stringify(shown)}> (only Markdown images of files in the content folder are published)`;
}

// The content of a disallowed element, rebuilt from new nodes within the allow-list.
function toSafeContent(
  children: readonly Readonly<ElementContent>[],
  note: (what: string) => void,
  isAllowedImage: (properties: Readonly<Properties>) => boolean,
): NewContent[] {
  const content: NewContent[] = [];
  for (const child of children as ReadonlyArray<Readonly<ElementContent> | { type: 'raw' }>) {
    if (child.type === 'text') {
      content.push({ type: 'text', value: child.value });
    } else if (child.type === 'element') {
      const tagName = child.tagName;
      if (tagName === 'img' && !isAllowedImage(child.properties)) {
        note(describeRefusedImage(child.properties));
      } else if (REMOVED_WITH_CONTENT.has(tagName)) {
        note(`<${tagName}> and its content`);
      } else if (!ALLOWED_ELEMENTS.has(tagName)) {
        note(`<${tagName}> tag (content kept)`);
        content.push(...toSafeContent(child.children, note, isAllowedImage));
      } else {
        const properties: Properties = { ...child.properties };
        for (const [name, value] of getPropertyEdits(tagName, child.properties, note)) {
          if (value === null) delete properties[name];
          else properties[name] = value as Properties[string];
        }
        content.push({
          type: 'element',
          tagName,
          properties,
          children: toSafeContent(child.children, note, isAllowedImage),
        } as Element as NewContent);
      }
    } else if (child.type === 'comment') {
      note('HTML comment');
    } else {
      note(`${child.type} node`);
    }
  }
  return content;
}

function describeProperty(tagName: string, name: string, value: unknown): string {
  const attribute = toAttributeName(name);
  // A URL property the element may carry was refused for its scheme.
  if (name in URL_PROTOCOLS && typeof value === 'string' && getAllowedPropertyValue(tagName, name, '') !== undefined) {
    const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
    return `${attribute}=${JSON.stringify(shown)} on <${tagName}> (URL scheme not allowed)`;
  }
  if (name === 'className' && Array.isArray(value))
    return `class ${value.map((token) => JSON.stringify(String(token))).join(' ')} on <${tagName}>`;
  return `${attribute} attribute on <${tagName}>`;
}

// Enough of hast's property → attribute mapping for a readable message.
function toAttributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(name)) return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return name.toLowerCase();
}

/**
 * The build warning for one document: the file (relative to the working
 * directory when inside it, else absolute) and each kind of removal with its count.
 */
export function formatWarning(fileURL: URL | undefined, removals: ReadonlyMap<string, number>): string {
  const file = fileURL ? toDisplayPath(fileURLToPath(fileURL)) : '(unnamed Markdown)';
  const lines = [...removals].map(([what, count]) => `  - ${what}${count > 1 ? ` ×${count}` : ''}`);
  return [`[sanitize-html] ${file}: removed HTML outside the allow-list (src/lib/html-allow-list.ts):`, ...lines].join(
    '\n',
  );
}
