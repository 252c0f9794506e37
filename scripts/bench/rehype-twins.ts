/**
 * Benchmark-only rehype (unified) twins of Vigie's Sätteri hast plugins, so the
 * `--processors` comparison runs the same work under both processors. Each twin
 * reuses the plugin's own rules from src/ and mutates the tree in place.
 * Raw HTML: Sätteri parses it before the plugins (`features.rawHtml`); Astro's
 * unified pipeline parses it after them (rehype-raw comes last). Same output for
 * corpora without raw HTML, such as the generated one.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import * as allowList from '../../src/lib/html-allow-list.ts';
import { isTypographyBlock, isTypographySkipped, typesetBlock } from '../../src/markdown/typography-scope.ts';

/** A rehype plugin as `unified({ rehypePlugins })` takes it. */
export type RehypePlugin = () => (tree: Root) => void;

function visitTypography(children: readonly RootContent[], insideSkipped: boolean): void {
  for (const child of children) {
    if (child.type !== 'element') continue;
    const skipped = insideSkipped || isTypographySkipped(child.tagName);
    if (!skipped && isTypographyBlock(child.tagName)) {
      typesetBlock(child as Element, (text, value) => {
        (text as Text).value = value;
      });
    }
    visitTypography(child.children, skipped);
  }
}

/** Twin of src/markdown/french-typography.ts: typesets every typography block. */
export function rehypeFrenchTypography() {
  return (tree: Root): void => visitTypography(tree.children, false);
}

/** Twin of src/markdown/sanitize-html.ts: the same allow-list through hast-util-sanitize. */
export function rehypeSanitizeHtml() {
  const schema = (allowList as { HTML_SANITIZE_SCHEMA?: Parameters<typeof sanitize>[1] }).HTML_SANITIZE_SCHEMA;
  if (!schema)
    throw new Error(
      'src/lib/html-allow-list.ts no longer exports HTML_SANITIZE_SCHEMA; update scripts/bench/rehype-twins.ts',
    );
  return (tree: Root): void => {
    tree.children = (sanitize(tree, schema) as Root).children;
  };
}

/** Twins by Sätteri plugin name. */
export const REHYPE_TWINS: Readonly<Record<string, RehypePlugin>> = {
  'sanitize-html': rehypeSanitizeHtml,
  'french-typography': rehypeFrenchTypography,
};

/** Name of a Sätteri hast plugin entry: a definition's `name`, or a factory's, called once with an empty document. */
export function getSatteriPluginName(entry: unknown): string {
  if (entry && typeof entry === 'object' && 'name' in entry) return String((entry as { name: unknown }).name);
  if (Array.isArray(entry)) return getSatteriPluginName(entry[0]);
  if (typeof entry === 'function') {
    try {
      return getSatteriPluginName((entry as (ctx: object) => unknown)({}));
    } catch {
      return entry.name || '(factory)';
    }
  }
  return '(unknown)';
}

/**
 * The rehype list matching Sätteri `hastPlugins`, in the same order, and the names
 * of plugins without a twin (left out, and reported by the benchmark).
 */
export function getRehypeTwins(hastPlugins: readonly unknown[]): {
  plugins: RehypePlugin[];
  names: string[];
  missing: string[];
} {
  const names = hastPlugins.map(getSatteriPluginName);
  return {
    plugins: names.flatMap((name) => (REHYPE_TWINS[name] ? [REHYPE_TWINS[name]!] : [])),
    names: names.filter((name) => REHYPE_TWINS[name]),
    missing: names.filter((name) => !REHYPE_TWINS[name]),
  };
}
