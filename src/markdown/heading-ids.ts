/**
 * Heading ids that cannot collide with the page around the body: a Sätteri hast plugin
 * that gives every heading its id with the slugger Astro uses (github-slugger), seeded with
 * the ids the templates use (src/lib/page-ids.ts), so `## Contenu` becomes `contenu-1`
 * instead of a second `id="contenu"`. An id typed by the editor (`<h2 id="…">`) is kept
 * unless the page or an earlier heading already has it. Astro's own heading-id plugin runs
 * after ours and keeps the ids it finds, so its heading list agrees with the page.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import GithubSlugger from 'github-slugger';
import { LAYOUT_IDS } from '../lib/page-ids.ts';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
type HastPluginFactory = Extract<HastPluginEntry, (...args: never[]) => unknown>;
type HastPluginDefinition = Exclude<Extract<HastPluginEntry, { name: string }>, HastPluginFactory>;

/** The Sätteri plugin, as a factory: one slugger per document. */
export const assignHeadingIds: HastPluginFactory = (): HastPluginDefinition => {
  const slugger = new GithubSlugger();
  for (const id of LAYOUT_IDS) slugger.slug(id);
  const taken = new Set(LAYOUT_IDS);
  return {
    name: 'heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const existing = node.properties?.id;
        const typed = typeof existing === 'string' && existing !== '' ? existing : undefined;
        let id: string;
        if (typed !== undefined && !taken.has(typed)) {
          id = typed;
          // Reserve it, so that a later heading's text cannot slug to the same id.
          slugger.slug(typed);
        } else {
          id = slugger.slug(typed ?? ctx.textContent(node));
        }
        taken.add(id);
        if (id !== existing) ctx.setProperty(node, 'id', id);
      },
    },
  };
};
