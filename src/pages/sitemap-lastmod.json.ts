import { getCorpus } from '../lib/content.ts';
import { buildLastModifiedMap } from '../lib/seo/sitemap.ts';
import { buildProfileLastModified } from '../lib/seo/profile-sitemap.ts';

/**
 * Build-time only: the last-modified date of each page, read by the sitemap
 * integration's `serialize` (which cannot query collections) and then deleted
 * from the output by the `vigie:sitemap-lastmod-cleanup` hook (`src/integrations/sitemap.ts`).
 */
export async function GET() {
  const corpus = await getCorpus();
  const profiles = [
    ...corpus.entities.map((e) => ({ path: e.path, stories: corpus.storiesByEntity.get(e.id) ?? [] })),
    ...[...corpus.authors.values()].map((a) => ({ path: a.path, stories: a.stories })),
  ];
  return new Response(
    JSON.stringify({
      ...buildLastModifiedMap(corpus.stories, corpus.storiesByTopic),
      ...buildProfileLastModified(profiles),
    }),
  );
}
