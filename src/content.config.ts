/**
 * Content collections. Thin on purpose: loaders here, schemas in `src/schemas/`,
 * cross-entry checks (topic references, slugs, empty bodies) in `src/lib/corpus.ts`.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { articleLoader } from './loaders/article-loader.ts';
import { getBodyCacheDir } from './lib/body-cache.ts';
import { openCleanFileMemo } from './lib/clean-files-memo.ts';
import { CONTENT_CHECKS_DIGEST, findContentFolderProblems } from './lib/content-files.ts';
import { ContentError } from './lib/corpus.ts';
import { articleSchema } from './schemas/article.ts';
import { topicSchema } from './schemas/topic.ts';
import { storyContextSchema } from './schemas/story-context.ts';
import { entitySchema } from './schemas/entity.ts';
import { getCacheDir, getContentDir } from './site.config.ts';

const contentDir = getContentDir();

// The id is the file name exactly as written (minus the extension). Astro's default lower-cases and
// slugifies it, and lets a `slug:` key override it, which would hide a badly named file or two
// files claiming one URL; `findContentProblems` then refuses any id that is not a slug.
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|ya?ml)$/, '');

/**
 * `loader`, run only once every file of `folder` that `include` selects is UTF-8 and free of
 * YAML anchors and aliases (src/lib/content-files.ts): checked on the bytes, before Astro
 * decodes them (replacing bad bytes with U+FFFD) or expands an alias bomb. Files whose bytes
 * passed before are not checked again (src/lib/clean-files-memo.ts).
 */
function checkedFiles(loader: Loader, folder: string, include: (fileName: string) => boolean): Loader {
  return {
    ...loader,
    load: async (context) => {
      const memoFile = join(getCacheDir(), 'vigie-clean-files', `${context.collection}.json`);
      const memo = openCleanFileMemo(memoFile, CONTENT_CHECKS_DIGEST);
      const problems = findContentFolderProblems(folder, include, memo);
      if (problems.length > 0) throw new ContentError(problems);
      memo.save();
      return loader.load(context);
    },
  };
}

const isArticleFile = (name: string) => name.endsWith('.md') && !name.startsWith('_');
const isYamlFile = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('_');

const articles = defineCollection({
  // Flat folder: the file name is the URL slug. Files starting with `_` are ignored (scratch notes).
  // Rendered bodies live in the body cache, not in the store Astro inlines into its bundle
  // (src/loaders/article-loader.ts): the store then scales to 100,000 stories.
  loader: checkedFiles(
    articleLoader({
      pattern: '[^_]*.md',
      base: `${contentDir}/articles`,
      generateId: fileNameId,
      bodyCacheDir: getBodyCacheDir(getCacheDir()),
    }),
    `${contentDir}/articles`,
    isArticleFile,
  ),
  schema: articleSchema,
});

const topics = defineCollection({
  loader: checkedFiles(
    glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/topics`, generateId: fileNameId }),
    `${contentDir}/topics`,
    isYamlFile,
  ),
  schema: topicSchema,
});

// What Vigie adds around a story (« Repère » notes, its event) without touching its text.
const context = defineCollection({
  loader: checkedFiles(
    glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/context`, generateId: fileNameId }),
    `${contentDir}/context`,
    isYamlFile,
  ),
  schema: storyContextSchema,
});

// People and organisations the stories name (found in their text by `src/lib/mentions.ts`).
const people = defineCollection({
  loader: checkedFiles(
    glob({ pattern: '[^_]*.{yaml,yml}', base: `${contentDir}/people`, generateId: fileNameId }),
    `${contentDir}/people`,
    isYamlFile,
  ),
  schema: entitySchema,
});

export const collections = { articles, topics, context, people };
