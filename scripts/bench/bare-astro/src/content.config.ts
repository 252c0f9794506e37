/**
 * The same glob loaders as Vigie over the same corpus folder, with a permissive
 * schema: only what the two pages read is checked, other keys pass through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.VIGIE_CONTENT_DIR || 'content';

const articles = defineCollection({
  loader: glob({ pattern: '[^_]*.md', base: `${contentDir}/articles` }),
  schema: z.looseObject({ title: z.string(), publishedAt: z.coerce.date(), topics: z.array(z.string()).default([]) }),
});

const topics = defineCollection({
  loader: glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: z.looseObject({ name: z.string() }),
});

export const collections = { articles, topics };
