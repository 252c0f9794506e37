/**
 * Breadcrumb trails (Accueil › Sujets › topic › page), shared by the visible
 * navigation and the `BreadcrumbList` JSON-LD so the two always match.
 */
import { fr } from '../i18n/fr.ts';
import { getTopicIndexPath, getTopicPath } from './routes.ts';

/** One step of a trail; the current page has no path. */
export interface Crumb {
  name: string;
  path?: string;
}

/** Accueil › Sujets › main topic › article title. */
export function getArticleCrumbs(title: string, mainTopic: { id: string; name: string }): Crumb[] {
  return [
    { name: fr.home, path: '/' },
    { name: fr.topics, path: getTopicIndexPath() },
    { name: mainTopic.name, path: getTopicPath(mainTopic.id) },
    { name: title },
  ];
}

/** Accueil › Sujets › topic (› Page n sur N after the first page). */
export function getTopicCrumbs(topic: { id: string; name: string }, page: number, totalPages: number): Crumb[] {
  const base = [
    { name: fr.home, path: '/' },
    { name: fr.topics, path: getTopicIndexPath() },
  ];
  return page <= 1
    ? [...base, { name: topic.name }]
    : [...base, { name: topic.name, path: getTopicPath(topic.id) }, { name: fr.pageOf(page, totalPages) }];
}

/** Accueil › Sujets. */
export function getTopicIndexCrumbs(): Crumb[] {
  return [{ name: fr.home, path: '/' }, { name: fr.topics }];
}
