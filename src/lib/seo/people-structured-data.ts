/**
 * schema.org JSON-LD for people, organisations and authors: references for a NewsArticle's
 * `about`/`mentions`/`author`, and the documents of their own pages.
 */
import { SITE } from '../../site.config.ts';
import type { Entity } from '../people.ts';
import { toAbsoluteUrl } from '../routes.ts';
import { getPublisherId } from './structured-data.ts';

const CONTEXT = 'https://schema.org';

/** schema.org type of an entity. */
function schemaType(entity: Entity): 'Person' | 'Organization' {
  return entity.data.type === 'person' ? 'Person' : 'Organization';
}

/** `@id` of an entity: its page URL with a fragment, so every document points at one node. */
export function getEntityId(entity: Entity, site: string | URL): string {
  return `${toAbsoluteUrl(entity.path, site)}#entite`;
}

/** A Person or Organization node for `about`/`mentions`; `sameAs` only with identifiers checked against a named source. */
export function buildEntityReference(entity: Entity, site: string | URL) {
  return {
    '@type': schemaType(entity),
    '@id': getEntityId(entity, site),
    name: entity.data.name,
    url: toAbsoluteUrl(entity.path, site),
    ...(entity.data.sameAs.length > 0 ? { sameAs: entity.data.sameAs.map((id) => id.url) } : {}),
  };
}

/** The page of a person or organisation: a ProfilePage about it, listing the stories naming it. */
export function buildEntityPage(entity: Entity, storyPaths: readonly string[], site: string | URL) {
  const url = toAbsoluteUrl(entity.path, site);
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    '@id': url,
    url,
    inLanguage: SITE.lang,
    publisher: { '@id': getPublisherId(site) },
    mainEntity: { ...buildEntityReference(entity, site), description: entity.data.description },
    hasPart: storyPaths.map((path) => ({ '@type': 'NewsArticle', url: toAbsoluteUrl(path, site) })),
  };
}

/** The page of a credited author: a ProfilePage whose main entity is the person `author.url` points to. */
export function buildAuthorPage(
  author: { name: string; path: string; roles: readonly string[] },
  storyPaths: readonly string[],
  site: string | URL,
) {
  const url = toAbsoluteUrl(author.path, site);
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    '@id': url,
    url,
    inLanguage: SITE.lang,
    publisher: { '@id': getPublisherId(site) },
    mainEntity: { '@type': 'Person', name: author.name, url, jobTitle: author.roles.join(', ') },
    hasPart: storyPaths.map((path) => ({ '@type': 'NewsArticle', url: toAbsoluteUrl(path, site) })),
  };
}
