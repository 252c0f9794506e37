/**
 * French typography as a classic rehype plugin, for HTML processed outside Markdown
 * rendering (feed content, raw HTML fragments). Same rules and scope as the Sätteri
 * plugin; in a Sätteri pipeline use `frenchTypography` instead: Sätteri silently
 * ignores rehype plugins.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isTypographyBlock, isTypographySkipped, typesetBlock } from './typography-scope.ts';

/** Rehype plugin applying French typography to text nodes, block by block, in place. */
export default function rehypeFrenchTypography() {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node) => {
      if (isTypographySkipped(node.tagName)) return SKIP;
      if (isTypographyBlock(node.tagName)) {
        typesetBlock(node, (text, value) => {
          // typesetBlock hands out read-only nodes (Sätteri's are frozen); a rehype
          // tree belongs to the pipeline and is changed in place.
          (text as { value: string }).value = value;
        });
      }
      // Nested blocks are visited on their own; typesetBlock stops at them.
      return undefined;
    });
  };
}
