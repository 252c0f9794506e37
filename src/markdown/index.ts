/**
 * The Markdown pipeline for article bodies, as astro.config.mjs passes it to Sätteri:
 * `satteri({ mdastPlugins, hastPlugins, features: markdownFeatures })`.
 */
import type { SatteriFeatures, SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { checkContentImages } from './content-images.ts';
import { frenchTypography } from './french-typography.ts';
import { assignHeadingIds } from './heading-ids.ts';
import { keepProseTags } from './prose-tags.ts';
import { sanitizeHtml } from './sanitize-html.ts';

/**
 * Sätteri hast plugins, in run order. Astro runs its Shiki highlighter before this
 * list and its image marker and heading ids after it, so headings are slugged and
 * listed from typeset text (the slugs do not change: github-slugger drops « » and
 * no-break spaces). Sanitising comes first so that every later plugin only sees
 * HTML within the allow-list: typography reads the text as the reader gets it (a
 * removed script no longer splits a quotation), and Astro's image marker copies
 * only allowed attributes into the image component's props. Typography comes last
 * among the text plugins so that it also sees any text an earlier plugin adds; heading ids
 * come after it, from the typeset text, before Astro's own (which keeps them); plugins that
 * only touch attributes may go anywhere after sanitising, but must not add what
 * the allow-list refuses (nothing checks after them).
 */
export const hastPlugins: NonNullable<SatteriProcessorOptions['hastPlugins']> = [
  sanitizeHtml,
  frenchTypography,
  assignHeadingIds,
];

/**
 * Sätteri mdast plugins, in run order, before Astro collects the images: tags named in
 * prose become text before raw HTML is parsed (src/markdown/prose-tags.ts), and every local
 * image is checked before Astro's image pipeline reads it (src/markdown/content-images.ts).
 */
export const mdastPlugins: NonNullable<SatteriProcessorOptions['mdastPlugins']> = [keepProseTags, checkContentImages];

/**
 * Sätteri features. Smart punctuation is off: its quotes are English (“ ”) and would
 * hide the straight quotes our typography turns into « », and its dashes and ellipses
 * would rewrite what sources wrote (`(...)` must stay as captured); editors type – — …
 * themselves. Raw HTML is parsed into elements so that the sanitiser checks the tree
 * a browser would build (entities decoded, tags that span several Markdown blocks
 * paired) rather than string fragments.
 */
export const markdownFeatures: SatteriFeatures = { smartPunctuation: false, rawHtml: true };
