/**
 * RSS 2.0 channel and items as plain data, and their XML. The `rss.xml.ts` endpoints only
 * pick the stories and call these.
 */
import { fr } from '../../i18n/fr.ts';
import { SITE } from '../../site.config.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { formatBylineNames } from '../byline.ts';
import { getLastModified } from '../corpus.ts';
import { formatCalendarDay, formatDateTime } from '../dates.ts';
import { toAbsoluteUrl } from '../routes.ts';

/** What a feed needs to know of a story. */
export interface FeedStory {
  path: string;
  data: ArticleData;
  /** Feed-ready article HTML (absolute URLs, nothing executable). */
  html: string;
}

/** One feed item, every value as it will be printed (strings stay strings). */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML text (markup already encoded once), see {@link toHtmlText}. */
  description: string;
  /** Feed-ready article HTML for `content:encoded`. */
  content: string;
  categories: string[];
  /** `dc:creator` names, in credit order. */
  creators: string[];
  /** Last update, printed as `atom:updated` when set. */
  updatedAt?: Date;
}

/** Namespaces used by items and channel. */
export const RSS_NAMESPACES = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

// Everything outside XML 1.0's `Char` production (C0 controls but tab, LF, CR; lone
// surrogates; U+FFFE and U+FFFF): one such character makes the whole feed unreadable.
const NON_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 cannot carry (the corpus checks refuse them; this is the last guard). */
export function toXmlCharacters(text: string): string {
  return text.replace(NON_XML_CHARACTERS, '');
}

/** Escapes text for XML element content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return toXmlCharacters(text)
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
  return {
    title: data.title,
    link: toAbsoluteUrl(story.path, site),
    pubDate: data.publishedAt,
    description: toHtmlText(data.description),
    content: buildFeedContent(story),
    categories: data.topics.map((id) => topicNames.get(id) ?? id),
    creators: data.credits.map((c) => c.name),
    ...(data.updatedAt ? { updatedAt: data.updatedAt } : {}),
  };
}

/** Channel description of a feed. */
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

/** A whole feed as data, ready for {@link toRssXml}. */
export interface RssChannel {
  title: string;
  /** HTML text, see {@link toHtmlText}. */
  description: string;
  /** Absolute URL of the page the feed mirrors. */
  site: string;
  /** Absolute URL of the feed itself (`atom:link rel="self"`). */
  selfUrl: string;
  /** Absolute URL of the channel image. */
  imageUrl: string;
  language: string;
  /** Newest content change among the items, absent for an empty feed. */
  lastBuildDate?: Date;
  items: RssItem[];
}

/**
 * A feed's channel: language, `atom:link rel="self"`, an image, and a
 * `lastBuildDate` equal to the newest content change (never the clock, so that
 * rebuilding unchanged content gives the same bytes).
 */
export function buildRssChannel(input: RssChannelInput): RssChannel {
  const lastChange = input.stories.reduce<Date | undefined>((newest, s) => {
    const modified = getLastModified(s.data);
    return !newest || modified > newest ? modified : newest;
  }, undefined);
  return {
    title: input.title,
    description: toHtmlText(input.description),
    site: toAbsoluteUrl(input.pagePath, input.site),
    selfUrl: toAbsoluteUrl(input.feedPath, input.site),
    imageUrl: toAbsoluteUrl('/logo-144.png', input.site),
    language: SITE.lang,
    ...(lastChange ? { lastBuildDate: lastChange } : {}),
    items: input.stories.map((s) => buildRssItem(s, input.topicNames, input.site)),
  };
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function toItemXml(item: RssItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    element('description', item.description),
    element('pubDate', item.pubDate.toUTCString()),
    element('content:encoded', item.content),
    ...item.creators.map((name) => element('dc:creator', name)),
    item.updatedAt ? element('atom:updated', item.updatedAt.toISOString()) : '',
    ...item.categories.map((name) => element('category', name)),
    '</item>',
  ].join('');
}

/**
 * The RSS 2.0 document of `channel`. Written here rather than by `@astrojs/rss`, which
 * re-parses custom elements and turns credit names such as 007 or 1e3 into numbers;
 * every value is escaped once and stripped of characters XML cannot carry.
 */
export function toRssXml(channel: RssChannel): string {
  const namespaces = Object.entries(RSS_NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${namespaces}><channel>`,
    element('title', channel.title),
    element('description', channel.description),
    element('link', channel.site),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    channel.lastBuildDate ? element('lastBuildDate', channel.lastBuildDate.toUTCString()) : '',
    `<image>${element('url', channel.imageUrl)}${element('title', channel.title)}${element('link', channel.site)}<width>144</width><height>144</height></image>`,
    ...channel.items.map(toItemXml),
    '</channel></rss>',
  ].join('');
}

/** The HTTP response of a feed. */
export function toRssResponse(channel: RssChannel): Response {
  return new Response(toRssXml(channel), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
