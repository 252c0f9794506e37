/**
 * Images in article bodies: a Sätteri mdast plugin that holds every Markdown image with a
 * local path to the rule in src/lib/content-image.ts (raster, existing, inside the content
 * folder) before Astro's image pipeline reads the file. A broken image fails the build with
 * the entry and the image named: a page with a missing or unsafe picture is never published.
 * Remote images are left to the sanitiser, which removes them (the site serves images from
 * its own origin only).
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { findContentImageProblem } from '../lib/content-image.ts';
import { getContentDir } from '../site.config.ts';
import { toDisplayPath } from './display-path.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];
type MdastPluginFactory = Extract<MdastPluginEntry, (...args: never[]) => unknown>;
type MdastPluginDefinition = Exclude<Extract<MdastPluginEntry, { name: string }>, MdastPluginFactory>;

/** Thrown when a body points at an image that may not be published. */
export class ContentImageError extends Error {
  constructor(file: string, url: string, problem: string) {
    super(`${file} → body image ![…](${url.length > 80 ? `${url.slice(0, 79)}…` : url}): ${problem}`);
    this.name = 'ContentImageError';
  }
}

// A scheme (`https:`, `data:`) or a protocol-relative `//host`: not a file of ours.
const NON_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The Sätteri mdast plugin (one instance serves every document). */
export const checkContentImages: MdastPluginDefinition = {
  name: 'check-content-images',
  image(node, ctx) {
    const url = node.url;
    if (!url || NON_LOCAL.test(url)) return;
    const entryPath = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    if (entryPath === undefined) throw new ContentImageError('(unnamed Markdown)', url, 'no file to resolve it from');
    const problem = findContentImageProblem(url, entryPath, getContentDir());
    if (problem) throw new ContentImageError(toDisplayPath(entryPath), url, problem);
  },
};
