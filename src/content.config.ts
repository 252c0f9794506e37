/**
 * Content collections. Thin on purpose: loaders here, schemas in `src/schemas/`,
 * cross-entry checks (topic references, slugs, empty bodies) in `src/lib/corpus.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './loaders/article-loader.ts';
import { getBodyCacheDir } from './lib/body-cache.ts';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';
import { getCacheDir, getContentDir } from './site.config.ts';

const contentDir = getContentDir();

// The id is the file name exactly as written (minus the extension). Astro's default lower-cases and
// slugifies it, and lets a `slug:` key override it, which would hide a badly named file or two
// files claiming one URL; `findContentProblems` then refuses any id that is not a slug.
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|ya?ml)$/, '');

const articles = defineCollection({
  // Flat folder: the file name is the URL slug. Files starting with `_` are ignored (scratch notes).
  // Rendered bodies live in the body cache, not in the store Astro inlines into its bundle
  // (src/loaders/article-loader.ts): the store then scales to 100,000 stories.
  loader: articleLoader({
    pattern: '[^_]*.md',
    base: `${contentDir}/articles`,
    generateId: fileNameId,
    bodyCacheDir: getBodyCacheDir(getCacheDir()),
  }),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/topics`, generateId: fileNameId }),
  schema: topicSchema,
});

export const collections = { articles, topics };
