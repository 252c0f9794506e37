/**
 * schema.org JSON-LD documents as plain objects: NewsArticle, BreadcrumbList,
 * CollectionPage, WebSite and the publisher (NewsMediaOrganization).
 * Serialised by `serializeJsonLd`, which keeps content from closing the script element.
 */
import { SITE } from '../../site.config.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Crumb } from '../breadcrumbs.ts';
import { formatCredits } from '../credits.ts';
import { toZonedIsoString } from '../dates.ts';
import { ABOUT_PATH, toAbsoluteUrl } from '../routes.ts';

const CONTEXT = 'https://schema.org';

/** Stable `@id` of the publisher, so every page points at the same organisation. */
export function getPublisherId(site: string | URL): string {
  return `${toAbsoluteUrl('/', site)}#organisation`;
}

/** The publisher: a news media organisation with its logo. */
export function buildPublisher(site: string | URL) {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': getPublisherId(site),
    name: SITE.name,
    url: toAbsoluteUrl('/', site),
    logo: { '@type': 'ImageObject', url: toAbsoluteUrl('/logo-512.png', site), width: 512, height: 512 },
    publishingPrinciples: toAbsoluteUrl(ABOUT_PATH, site),
  };
}

/** Home page documents: the WebSite and its publisher. */
export function buildHomeDocuments(site: string | URL) {
  return [
    {
      '@context': CONTEXT,
      '@type': 'WebSite',
      '@id': `${toAbsoluteUrl('/', site)}#site`,
      name: SITE.name,
      description: SITE.tagline,
      url: toAbsoluteUrl('/', site),
      inLanguage: SITE.lang,
      publisher: { '@id': getPublisherId(site) },
    },
    { '@context': CONTEXT, ...buildPublisher(site) },
  ];
}

/** A NewsArticle for an article or brief page. */
export function buildNewsArticle(input: {
  path: string;
  data: ArticleData;
  /** Topic names, in the article's order; the first is the section. */
  topicNames: readonly string[];
  imagePath?: string;
  site: string | URL;
  /** Page path of each credit, in `data.credits` order (author pages), for `author.url`. */
  authorPaths?: readonly string[];
  /** People and organisations named in the headline or standfirst (`about`) or the text (`mentions`). */
  named?: { about: readonly object[]; mentions: readonly object[] };
}) {
  const { data, site } = input;
  const url = toAbsoluteUrl(input.path, site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.description,
    datePublished: toZonedIsoString(data.publishedAt, SITE.timeZone),
    dateModified: toZonedIsoString(data.updatedAt ?? data.publishedAt, SITE.timeZone),
    author: data.credits.map((c, i) => ({
      '@type': 'Person',
      name: c.name,
      jobTitle: c.role,
      ...(input.authorPaths?.[i] ? { url: toAbsoluteUrl(input.authorPaths[i], site) } : {}),
    })),
    creditText: formatCredits(data.credits),
    publisher: buildPublisher(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: SITE.lang,
    articleSection: input.topicNames[0],
    keywords: input.topicNames.join(', '),
    about: [...input.topicNames.map((name) => ({ '@type': 'Thing', name })), ...(input.named?.about ?? [])],
    ...(input.named && input.named.mentions.length > 0 ? { mentions: input.named.mentions } : {}),
    ...(input.imagePath ? { image: [toAbsoluteUrl(input.imagePath, site)] } : {}),
    ...(data.source
      ? { isBasedOn: data.source.url, sourceOrganization: { '@type': 'NewsMediaOrganization', name: data.source.name } }
      : {}),
    ...(data.kind === 'brief' ? { genre: 'background' } : {}),
    // The day of the facts a brief explains, apart from the day Vigie wrote it (datePublished).
    ...(data.event ? { contentReferenceTime: data.event.date } : {}),
    ...(data.updates.some((u) => u.kind === 'correction')
      ? {
          correction: data.updates
            .filter((u) => u.kind === 'correction')
            .map((u) => ({
              '@type': 'CorrectionComment',
              text: u.text,
              datePublished: toZonedIsoString(u.date, SITE.timeZone),
            })),
        }
      : {}),
  };
}

/** A BreadcrumbList matching the visible trail (the last crumb is the page itself). */
export function buildBreadcrumbList(crumbs: readonly Crumb[], currentPath: string, site: string | URL) {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: toAbsoluteUrl(crumb.path ?? currentPath, site),
    })),
  };
}

/** A CollectionPage for a topic listing, with the stories it lists. */
export function buildCollectionPage(input: {
  name: string;
  description: string;
  path: string;
  storyPaths: readonly string[];
  site: string | URL;
}) {
  const url = toAbsoluteUrl(input.path, input.site);
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: input.name,
    description: input.description,
    inLanguage: SITE.lang,
    isPartOf: { '@type': 'WebSite', '@id': `${toAbsoluteUrl('/', input.site)}#site`, name: SITE.name },
    publisher: { '@id': getPublisherId(input.site) },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.storyPaths.map((path, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: toAbsoluteUrl(path, input.site),
      })),
    },
  };
}
