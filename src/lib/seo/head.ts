/**
 * Head tags of a page as data: `<title>`, description, canonical, robots,
 * OpenGraph, Twitter and feed links. `components/Head.astro` only renders them.
 */
import { SITE } from '../../site.config.ts';
import { toZonedIsoString } from '../dates.ts';
import { toAbsoluteUrl } from '../routes.ts';

/** What a page says about itself. */
export interface PageHeadInput {
  /** Page title without the site name (already typeset); `undefined` on the home page. */
  title?: string;
  description: string;
  /** Site path of the page, e.g. `/articles/x/`. */
  path: string;
  /** Site origin, e.g. `https://vigie.example/`. */
  site: string | URL;
  /** `false` keeps the page out of search engines (404). */
  indexable?: boolean;
  /** Set on article pages. */
  article?: {
    publishedAt: Date;
    updatedAt?: Date;
    section?: string;
    tags: readonly string[];
  };
  /** Social image: absolute or site path, with its alternative text. */
  image?: { path: string; alt: string; width: number; height: number };
  /** RSS feeds to announce with `<link rel="alternate">`. */
  feeds: readonly { title: string; path: string }[];
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

/** Everything `Head.astro` prints. */
export interface PageHead {
  title: string;
  meta: MetaTag[];
  links: LinkTag[];
}

/** Full `<title>`: "Page — Vigie", or "Vigie — tagline" on the home page. */
export function getDocumentTitle(title: string | undefined): string {
  return title ? `${title} — ${SITE.name}` : `${SITE.name} — ${SITE.tagline}`;
}

/** Builds the head tags of one page. */
export function buildPageHead(input: PageHeadInput): PageHead {
  const canonical = toAbsoluteUrl(input.path, input.site);
  const title = getDocumentTitle(input.title);
  const indexable = input.indexable ?? true;
  const meta: MetaTag[] = [
    { name: 'description', content: input.description },
    {
      name: 'robots',
      content: indexable ? 'index, follow, max-image-preview:large, max-snippet:-1' : 'noindex, follow',
    },
    { property: 'og:site_name', content: SITE.name },
    { property: 'og:locale', content: SITE.ogLocale },
    { property: 'og:type', content: input.article ? 'article' : 'website' },
    { property: 'og:title', content: input.title ?? SITE.name },
    { property: 'og:description', content: input.description },
  ];
  // A page kept out of the index (404, served at any missing URL) claims no canonical address.
  if (indexable) meta.push({ property: 'og:url', content: canonical });
  if (input.image) {
    const imageUrl = toAbsoluteUrl(input.image.path, input.site);
    meta.push(
      { property: 'og:image', content: imageUrl },
      { property: 'og:image:alt', content: input.image.alt },
      { property: 'og:image:width', content: String(input.image.width) },
      { property: 'og:image:height', content: String(input.image.height) },
      { name: 'twitter:image', content: imageUrl },
      { name: 'twitter:image:alt', content: input.image.alt },
    );
  }
  meta.push(
    { name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: input.title ?? SITE.name },
    { name: 'twitter:description', content: input.description },
  );
  if (input.article) {
    const { publishedAt, updatedAt, section, tags } = input.article;
    meta.push({ property: 'article:published_time', content: toZonedIsoString(publishedAt, SITE.timeZone) });
    meta.push({
      property: 'article:modified_time',
      content: toZonedIsoString(updatedAt ?? publishedAt, SITE.timeZone),
    });
    if (section) meta.push({ property: 'article:section', content: section });
    for (const tag of tags) meta.push({ property: 'article:tag', content: tag });
  }
  const links: LinkTag[] = [
    ...(indexable ? [{ rel: 'canonical', href: canonical }] : []),
    ...input.feeds.map((feed) => ({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: feed.title,
      href: toAbsoluteUrl(feed.path, input.site),
    })),
  ];
  return { title, meta, links };
}
