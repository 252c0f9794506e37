/**
 * Static paths of the person, organisation and author pages, from the corpus. Keyed like story
 * pages: an incremental build renders only those whose stories changed, and deletes the page of
 * a person no story names any more.
 */
import type { Corpus } from './content.ts';
import { buildCacheKey } from './cache-key.ts';
import { selectPathsToRender } from './build-plan.ts';
import { getAuthorPath, getEntityPath } from './routes.ts';

/** `getStaticPaths` of `/personnes/[slug]/` or `/organisations/[slug]/`. */
export function getEntityPaths(corpus: Corpus, type: 'person' | 'organization') {
  const paths = corpus.entities
    .filter((entity) => entity.data.type === type)
    .map((entity) => {
      const props = { entity, stories: corpus.storiesByEntity.get(entity.id) ?? [], trending: corpus.trending };
      return { params: { slug: entity.id }, props, cacheKey: buildCacheKey(props) };
    });
  return selectPathsToRender(paths, (path) => getEntityPath(path.params.slug, type));
}

/** `getStaticPaths` of `/auteurs/[slug]/`. */
export function getAuthorPaths(corpus: Corpus) {
  const paths = [...corpus.authors.values()].map((author) => {
    const props = { author, trending: corpus.trending };
    return { params: { slug: author.slug }, props, cacheKey: buildCacheKey(props) };
  });
  return selectPathsToRender(paths, (path) => getAuthorPath(path.params.slug));
}
