/**
 * Site paths of people, organisations and authors (kept beside `urls.ts` so that the two can be
 * merged without conflict; same conventions: trailing slash, slug ids).
 */
import type { EntityData } from '../schemas/entity.ts';

/** `/personnes/<slug>/` for a person, `/organisations/<slug>/` for an organisation. */
export function getEntityPath(id: string, type: EntityData['type']): string {
  return type === 'person' ? `/personnes/${id}/` : `/organisations/${id}/`;
}

/** `/auteurs/<slug>/`, the page of a credited journalist or desk. */
export function getAuthorPath(slug: string): string {
  return `/auteurs/${slug}/`;
}
