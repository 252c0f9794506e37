/**
 * French typography for Markdown rendered by Sätteri (Astro 7's default processor):
 * a hast plugin that typesets each block's text (see src/lib/typography.ts), never
 * inside code, maths or scripts, never in attributes or in link text that is a URL.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { isTypographySkipped, TYPOGRAPHY_BLOCK_TAGS, typesetBlock } from './typography-scope.ts';

// Sätteri's own plugin type, reached through the Astro package we depend on.
type HastPluginDefinition = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

/** Sätteri hast plugin applying French typography to text nodes, block by block. */
export const frenchTypography: HastPluginDefinition = {
  name: 'french-typography',
  element: {
    filter: [...TYPOGRAPHY_BLOCK_TAGS],
    visit(node, ctx) {
      // A block can sit inside verbatim content only through raw HTML (<pre><p>…),
      // but then it must stay verbatim too.
      for (let ancestor = ctx.parent(node); ancestor?.type === 'element'; ancestor = ctx.parent(ancestor)) {
        if (isTypographySkipped(ancestor.tagName)) return;
      }
      // Nodes are frozen: the new value goes through the context.
      typesetBlock(node, (text, value) => ctx.setProperty(text, 'value', value));
    },
  },
};
