import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

/** Parses an HTML document into a hast tree with source positions (the way a browser would, via parse5). */
export function parseHtml(source: string): Root {
  return parser.parse(source);
}

/** Every element of the tree, in document order, optionally only those with one of the given tag names. */
export function getElements(tree: Root | Element, ...tagNames: string[]): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (tagNames.length === 0 || tagNames.includes(node.tagName)) found.push(node);
  });
  return found;
}

/**
 * An attribute as a string: hast stores some as arrays (`rel`, `class`: space-separated;
 * `srcset`, `accept`: comma-separated), which are joined back with the given separator.
 */
export function getAttribute(element: Element, property: string, separator = ' '): string | undefined {
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(separator);
  return String(value);
}

/** Space-separated tokens of an attribute such as `rel`, lower-cased. */
export function getTokens(element: Element, property: string): string[] {
  const value = getAttribute(element, property);
  return value ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** 1-based source position of an element (`{ line, column }`), empty when the parser kept none. */
export function getPosition(element: Element): { line?: number; column?: number } {
  const start = element.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** Concatenated text of an element and its descendants. */
export function getText(element: Element): string {
  let text = '';
  visit(element, 'text', (node: { value: string }) => {
    text += node.value;
  });
  return text;
}

/** `line:column` for reports, `?` when unknown. */
export function formatPosition(position: { line?: number; column?: number }): string {
  if (position.line === undefined) return '?';
  return position.column === undefined ? String(position.line) : `${position.line}:${position.column}`;
}
