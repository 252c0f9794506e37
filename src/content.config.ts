/**
 * Content collections. Thin on purpose: loaders here, schemas in `src/schemas/`,
 * cross-entry checks (topic references, slugs, empty bodies) in `src/lib/corpus.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';
import { storyContextSchema } from './schemas/story-context.ts';
import { entitySchema } from './schemas/entity.ts';
import { getContentDir } from './site.config.ts';

const contentDir = getContentDir();

// The id is the file name exactly as written (minus the extension). Astro's default lower-cases and
// slugifies it, and lets a `slug:` key override it, which would hide a badly named file or two
// files claiming one URL; `findContentProblems` then refuses any id that is not a slug.
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|ya?ml)$/, '');

const articles = defineCollection({
  // Flat folder: the file name is the URL slug. Files starting with `_` are ignored (scratch notes).
  // retainBody: false keeps Markdown sources out of the data store, which Astro inlines into its
  // build bundle: at 10,000 stories 102 → 58 MB, cold build CPU −18 %, peak memory −0.7 GB
  // (scripts/bench). Pages read the rendered HTML; `src/lib/html-text.ts` gives its text.
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/articles`, generateId: fileNameId, retainBody: false }),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/topics`, generateId: fileNameId }),
  schema: topicSchema,
});

// What Vigie adds around a story (« Repère » notes, its event) without touching its text.
const context = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/context`, generateId: fileNameId }),
  schema: storyContextSchema,
});

// People and organisations the stories name (found in their text by `src/lib/mentions.ts`).
const people = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/people`, generateId: fileNameId }),
  schema: entitySchema,
});

export const collections = { articles, topics, context, people };
