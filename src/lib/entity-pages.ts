/** Static paths of the person, organisation and author pages, from the corpus. */
import type { Corpus } from './content.ts';
import { buildCacheKey } from './cache-key.ts';

/** `getStaticPaths` of `/personnes/[slug]/` or `/organisations/[slug]/`. */
export function getEntityPaths(corpus: Corpus, type: 'person' | 'organization') {
  return corpus.entities
    .filter((entity) => entity.data.type === type)
    .map((entity) => {
      const props = { entity, stories: corpus.storiesByEntity.get(entity.id) ?? [], trending: corpus.trending };
      return { params: { slug: entity.id }, props, cacheKey: buildCacheKey(props) };
    });
}

/** `getStaticPaths` of `/auteurs/[slug]/`. */
export function getAuthorPaths(corpus: Corpus) {
  return [...corpus.authors.values()].map((author) => {
    const props = { author, trending: corpus.trending };
    return { params: { slug: author.slug }, props, cacheKey: buildCacheKey(props) };
  });
}
