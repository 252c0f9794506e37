/**
 * Changes applied to a throw-away copy of Vigie to measure them: the other Markdown
 * processor, and the build changes proposed for scale. The working tree is never
 * touched. Config changes go through a wrapper config that imports the project's own
 * `astro.config.mjs` and overrides fields, so they survive edits of that file; source
 * changes are exact-text patches that fail loudly when the source has moved on.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An exact-text replacement in one file of the copy. */
export interface SourcePatch {
  file: string;
  find: string;
  replace: string;
}

/** A named change to a Vigie copy. */
export interface Variant {
  name: string;
  description: string;
  /** Import lines for the wrapper config. */
  configImports?: string[];
  /** Statements run in the wrapper config; they may reassign fields of `config`. */
  configStatements?: string[];
  patches?: SourcePatch[];
  /** Files or folders of the copy to delete (e.g. a route), relative to its root. */
  removePaths?: string[];
  /** Files copied from the working tree into the copy under another path: `[from, to]`, relative to the roots. */
  copyFiles?: Array<[from: string, to: string]>;
  /** Extra files copied from the working tree into the copy (paths relative to the project root). */
  extraInputs?: string[];
}

/** File name of the generated wrapper config in a copy. */
export const WRAPPER_CONFIG = 'astro.config.bench.mjs';

// Vigie's Markdown pipeline as src/markdown/index.ts defines it, whether or not
// astro.config.mjs wires it yet.
const SATTERI_WITH_PLUGINS: Variant = {
  name: 'satteri',
  description: 'Sätteri with the hast plugins and features of src/markdown/index.ts',
  configImports: [
    "import { satteri } from '@astrojs/markdown-satteri';",
    "import * as vigieMarkdown from './src/markdown/index.ts';",
  ],
  configStatements: [
    'config.markdown = { ...config.markdown, processor: satteri({ hastPlugins: vigieMarkdown.hastPlugins ?? [], features: vigieMarkdown.markdownFeatures ?? { smartPunctuation: false } }) };',
  ],
};

const UNIFIED_WITH_PLUGINS: Variant = {
  name: 'unified',
  description: 'unified (remark/rehype) with smartypants off and rehype twins of the src/markdown plugins',
  configImports: [
    "import { unified } from '@astrojs/markdown-remark';",
    "import * as vigieMarkdown from './src/markdown/index.ts';",
    "import { getRehypeTwins } from './scripts/bench/rehype-twins.ts';",
  ],
  configStatements: [
    // A rehype list exported by src/markdown/index.ts wins over the benchmark's own twins.
    'config.markdown = { ...config.markdown, processor: unified({ gfm: true, smartypants: false, rehypePlugins: vigieMarkdown.rehypePlugins ?? getRehypeTwins(vigieMarkdown.hastPlugins ?? []).plugins }) };',
  ],
  extraInputs: ['scripts/bench/rehype-twins.ts'],
};

// Social cards dominate a cold build; without them the rest of Vigie can be compared
// with bare Astro (and the processors with each other) undiluted.
const NO_SOCIAL_CARDS: Variant = {
  name: 'no-cards',
  description:
    'an empty social-card list (src/pages/social-cards.json.ts), so no card is drawn or written; pages still link to the cards',
  patches: [
    {
      file: 'src/pages/social-cards.json.ts',
      find: '  return new Response(JSON.stringify(listSocialCards(await getCorpus())));',
      replace: "  return new Response('[]');",
    },
  ],
};

// Incremental builds (cache keys from src/lib/cache-key.ts) were measured here as a variant and
// are now part of Vigie itself, so every run measures them.

// Proposal for the cold build: draw social cards only for recent stories (the ones
// shared on social networks); older articles would point og:image at their topic's
// card (a change in the article head, not needed to measure the build).
const RECENT_CARDS: Variant = {
  name: 'recent-cards',
  description: 'social cards only for stories published in the 90 days before the build time',
  patches: [
    {
      file: 'src/pages/social-cards.json.ts',
      find: '  return new Response(JSON.stringify(listSocialCards(await getCorpus())));',
      replace: `  const full = await getCorpus();
  const maxAgeMs = 90 * 86_400_000;
  const corpus = { ...full, stories: full.stories.filter((s) => full.buildTime.getTime() - s.data.publishedAt.getTime() <= maxAgeMs) };
  return new Response(JSON.stringify(listSocialCards(corpus)));`,
    },
  ],
};

// `retainBody: false` (Markdown sources out of the data store, which Astro inlines into its
// server bundle) was measured here as the variant `lean-store` and is now part of Vigie.

// Splits the data store into 1 MiB chunks, each its own module (Astro 7.1).
const CHUNKED_STORE: Variant = {
  name: 'chunked-store',
  description: "experimental.collectionStorage: { type: 'chunked', chunkSize: 1 MiB }",
  configStatements: [
    "config.experimental = { ...config.experimental, collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 } };",
  ],
};

// Measures what Astro itself could save by not inlining the store (see the proposal file).
const STORE_AT_RUNTIME: Variant = {
  name: 'store-at-runtime',
  description:
    'the data store read from disk by the prerender bundle instead of inlined (experiment on Astro internals)',
  configImports: ["import { dataStoreAtRuntime } from './scripts/bench/proposals/data-store-at-runtime.ts';"],
  configStatements: [
    "config.vite = { ...config.vite, plugins: [...(config.vite?.plugins ?? []), dataStoreAtRuntime(config.cacheDir ?? './node_modules/.astro')] };",
  ],
  extraInputs: ['scripts/bench/proposals/data-store-at-runtime.ts'],
};

/** Every variant the benchmark knows, by name. */
export const VARIANTS: Readonly<Record<string, Variant>> = {
  satteri: SATTERI_WITH_PLUGINS,
  unified: UNIFIED_WITH_PLUGINS,
  'no-cards': NO_SOCIAL_CARDS,
  'recent-cards': RECENT_CARDS,
  'chunked-store': CHUNKED_STORE,
  'store-at-runtime': STORE_AT_RUNTIME,
};

/** The wrapper config source for `variants` (applied in order). */
export function buildWrapperConfig(variants: readonly Variant[]): string {
  const imports = [...new Set(variants.flatMap((v) => v.configImports ?? []))];
  return [
    '// Generated by scripts/bench: the project config with benchmark variants applied.',
    "import base from './astro.config.mjs';",
    ...imports,
    '',
    'const config = { ...base };',
    ...variants.flatMap((v) => [`// ${v.name}: ${v.description}`, ...(v.configStatements ?? [])]),
    'export default config;',
    '',
  ].join('\n');
}

/** Applies `patch` to the text of a file; throws when `find` is missing or not unique. */
export function applyPatch(text: string, patch: SourcePatch): string {
  const at = text.indexOf(patch.find);
  if (at === -1 || text.indexOf(patch.find, at + 1) !== -1) {
    throw new Error(
      `benchmark patch does not apply to ${patch.file} (${at === -1 ? 'text not found' : 'text found twice'}); update scripts/bench/variants.ts: ${JSON.stringify(patch.find.slice(0, 80))}`,
    );
  }
  return text.slice(0, at) + patch.replace + text.slice(at + patch.find.length);
}

/**
 * Applies `variants` to the copy at `root` (files to copy are read from `sourceRoot`,
 * the working tree): copies, removes and patches files and writes the wrapper config. Returns the `astro build` arguments that select the wrapper config.
 */
export function applyVariants(root: string, variants: readonly Variant[], sourceRoot: string): string[] {
  // Copies, then patches, then removals: a variant may patch a file another one removes
  // (e.g. recent-cards patches the card routes, no-cards deletes them), in any order.
  for (const [from, to] of variants.flatMap((v) => v.copyFiles ?? [])) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    copyFileSync(join(sourceRoot, from), join(root, to));
  }
  for (const variant of variants) {
    for (const patch of variant.patches ?? []) {
      const file = join(root, patch.file);
      if (!existsSync(file))
        throw new Error(`benchmark patch target ${patch.file} is missing (variant ${variant.name})`);
      writeFileSync(file, applyPatch(readFileSync(file, 'utf8'), patch));
    }
  }
  for (const variant of variants) {
    for (const path of variant.removePaths ?? []) {
      if (!existsSync(join(root, path)))
        throw new Error(`benchmark variant ${variant.name}: ${path} does not exist in the copy`);
      rmSync(join(root, path), { recursive: true });
    }
  }
  if (!variants.some((v) => v.configStatements?.length)) return [];
  writeFileSync(join(root, WRAPPER_CONFIG), buildWrapperConfig(variants));
  return ['--config', WRAPPER_CONFIG];
}
