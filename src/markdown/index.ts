/**
 * The Markdown pipeline for article bodies, as astro.config.mjs passes it to Sätteri:
 * `satteri({ hastPlugins, features: markdownFeatures })`.
 */
import type { SatteriFeatures, SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { frenchTypography } from './french-typography.ts';

/**
 * Sätteri hast plugins, in run order. Astro runs its Shiki highlighter before this
 * list and its image marker and heading ids after it, so headings are slugged and
 * listed from typeset text (the slugs do not change: github-slugger drops « » and
 * no-break spaces). Typography comes last among ours so that it also sees any text
 * an earlier plugin adds; plugins that only touch attributes may go anywhere.
 */
export const hastPlugins: NonNullable<SatteriProcessorOptions['hastPlugins']> = [frenchTypography];

/**
 * Sätteri features. Smart punctuation is off: its quotes are English (“ ”) and would
 * hide the straight quotes our typography turns into « », and its dashes and ellipses
 * would rewrite what sources wrote (`(...)` must stay as captured); editors type – — …
 * themselves.
 */
export const markdownFeatures: SatteriFeatures = { smartPunctuation: false };
