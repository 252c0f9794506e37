/**
 * Content collections. Thin on purpose: loaders here, schemas in `src/schemas/`,
 * cross-entry checks (topic references, slugs, empty bodies) in `src/lib/corpus.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';
import { getContentDir } from './site.config.ts';

const contentDir = getContentDir();

const articles = defineCollection({
  // Flat folder: the file name is the URL slug. Files starting with `_` are ignored (scratch notes).
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

export const collections = { articles, topics };
