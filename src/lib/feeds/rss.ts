/**
 * RSS 2.0 channel and items as plain data for `@astrojs/rss`. The `rss.xml.ts`
 * endpoints only pick the stories and call these.
 */
import { fr } from '../../i18n/fr.ts';
import { SITE } from '../../site.config.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { formatBylineNames } from '../byline.ts';
import { getLastModified } from '../corpus.ts';
import { formatCalendarDay, formatDateTime } from '../dates.ts';
import { toAbsoluteUrl } from '../urls.ts';

/** What a feed needs to know of a story. */
export interface FeedStory {
  path: string;
  data: ArticleData;
  /** Feed-ready article HTML (absolute URLs, nothing executable). */
  html: string;
}

/** One item in the shape `@astrojs/rss` expects. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

/** Namespaces used by items and channel. */
export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Plain text as HTML text. Feed readers render `<description>` as HTML, so a
 * standfirst must reach them encoded once more than the XML layer does.
 */
export function toHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The `content:encoded` of an item: what a reader of the page sees around the body, so a
 * story read in a feed reader still names its authors, its source and its corrections.
 * Standfirst and byline first, then the body, then the updates and the attribution line.
 */
export function buildFeedContent(story: FeedStory): string {
  const { data } = story;
  const paragraph = (text: string) => `<p>${toHtmlText(text)}</p>`;
  const date = `${data.kind === 'brief' ? fr.writtenOn : fr.publishedOn} ${formatDateTime(data.publishedAt, SITE.timeZone)}`;
  const byline = [`${fr.bylineBy} ${formatBylineNames(data)}`, data.source?.name, date].filter(Boolean).join(' · ');
  const parts = [`<p><strong>${toHtmlText(data.description)}</strong></p>`, paragraph(byline)];
  if (data.event) parts.push(paragraph(`${fr.eventDate} ${formatCalendarDay(data.event.date)}`));
  parts.push(story.html);
  for (const update of data.updates) {
    const label = (update.kind === 'correction' ? fr.correctedOnLabel : fr.updatedOnLabel)(
      formatDateTime(update.date, SITE.timeZone),
    );
    parts.push(`<p><em>${toHtmlText(label)}</em> ${toHtmlText(update.text)}</p>`);
  }
  if (data.source) {
    const section = data.source.section ? ` (${data.source.section})` : '';
    parts.push(
      `<p>${toHtmlText(fr.feedAttribution(`${data.source.name}${section}`))} <a href="${escapeXml(data.source.url)}">${toHtmlText(fr.readOriginal)}</a></p>`,
    );
  } else if (data.kind === 'brief') {
    parts.push(paragraph(fr.feedBriefAttribution));
  }
  return parts.join('');
}

/**
 * One feed item. `pubDate` is the first publication and never moves; an update
 * is signalled by `atom:updated`, so readers do not show edited stories as new.
 */
export function buildRssItem(story: FeedStory, topicNames: ReadonlyMap<string, string>, site: string | URL): RssItem {
  const { data } = story;
  const creators = data.credits.map((c) => `<dc:creator>${escapeXml(c.name)}</dc:creator>`).join('');
  const updated = data.updatedAt ? `<atom:updated>${data.updatedAt.toISOString()}</atom:updated>` : '';
  return {
    title: data.title,
    link: toAbsoluteUrl(story.path, site),
    pubDate: data.publishedAt,
    description: toHtmlText(data.description),
    content: buildFeedContent(story),
    categories: data.topics.map((id) => topicNames.get(id) ?? id),
    customData: creators + updated,
  };
}

/** Channel description of a feed, for `@astrojs/rss`. */
export interface RssChannelInput {
  title: string;
  description: string;
  /** Site path of the feed itself (`/rss.xml`). */
  feedPath: string;
  /** Site path of the page the feed mirrors (`/`, `/sujets/x/`). */
  pagePath: string;
  site: string | URL;
  /** Stories in the feed, newest first (already cut to the feed size). */
  stories: readonly FeedStory[];
  topicNames: ReadonlyMap<string, string>;
}

/**
 * Options for `rss()`: language, `atom:link rel="self"`, an image, and a
 * `lastBuildDate` equal to the newest content change (never the clock, so that
 * rebuilding unchanged content gives the same bytes).
 */
export function buildRssChannel(input: RssChannelInput) {
  const lastChange = input.stories.reduce<Date | undefined>((newest, s) => {
    const modified = getLastModified(s.data);
    return !newest || modified > newest ? modified : newest;
  }, undefined);
  const selfUrl = toAbsoluteUrl(input.feedPath, input.site);
  const pageUrl = toAbsoluteUrl(input.pagePath, input.site);
  const customData = [
    `<language>${SITE.lang}</language>`,
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    lastChange ? `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>` : '',
    `<image><url>${escapeXml(toAbsoluteUrl('/logo-144.png', input.site))}</url><title>${escapeXml(input.title)}</title><link>${escapeXml(pageUrl)}</link><width>144</width><height>144</height></image>`,
  ].join('');
  return {
    title: input.title,
    description: toHtmlText(input.description),
    site: pageUrl,
    xmlns: { ...RSS_NAMESPACES },
    customData,
    items: input.stories.map((s) => buildRssItem(s, input.topicNames, input.site)),
  };
}
