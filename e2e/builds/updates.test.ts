/**
 * An updated story, in a fixture build: the first publication stays the date of record (feed
 * `pubDate`, feed order, JSON-LD `datePublished`) while the update shows wherever a change date
 * belongs (`atom:updated`, `lastBuildDate`, sitemap `lastmod`, `article:modified_time`,
 * `dateModified`, "Mis à jour le" on the page), in Brussels time. A topic without stories gets
 * a feed with no items and no `lastBuildDate`, and a sitemap entry without `lastmod`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJsonLdOfType, getMetaContent, getText } from '../support/page-head.ts';
import {
  buildFixture,
  FIXTURE_SITE_URL,
  makeArticle,
  makeTopic,
  type FixtureBuildResult,
} from './support/build-fixture.ts';
import type { Element } from 'hast';
import { findElements, hasClass, parseHtml, readPage } from './support/dist-files.ts';

/** The build's "now": 1 July 2017, 12:00 UTC, after the update. */
const NOW = Date.parse('2017-07-01T12:00:00Z');

const PUBLISHED_AT = '2017-01-06T19:00:00+01:00';
// Written in UTC on purpose: pages must show it in Brussels summer time (+02:00), not as typed.
const UPDATED_AT = '2017-06-15T07:30:00Z';
const UPDATED_AT_BRUSSELS = '2017-06-15T09:30:00+02:00';
/** Published after the updated story's first publication, before its update. */
const OTHER_PUBLISHED_AT = '2017-01-08T10:00:00+01:00';

const UPDATED = { slug: 'proces-mis-a-jour', path: '/articles/proces-mis-a-jour/' };
const OTHER = { slug: 'enquete-inchangee', path: '/articles/enquete-inchangee/' };

const files = [
  makeTopic('terrorisme'),
  makeTopic('justice', { name: 'Justice', description: 'Procès et enquêtes judiciaires.' }),
  makeTopic('renseignement', { name: 'Renseignement', description: 'Services de renseignement.' }),
  makeArticle(UPDATED.slug, {
    title: 'Le procès reprend à Bruxelles',
    publishedAt: PUBLISHED_AT,
    updatedAt: UPDATED_AT,
    topics: ['terrorisme', 'justice'],
    credits: [
      { name: 'Martin Vachiery', role: 'Reportage' },
      { name: 'Steve Damman', role: 'Images' },
    ],
  }),
  makeArticle(OTHER.slug, { title: 'Une enquête sans suite', publishedAt: OTHER_PUBLISHED_AT, topics: ['terrorisme'] }),
];

interface FeedItem {
  link: string;
  pubDate: string;
  'atom:updated'?: string;
}

interface Feed {
  language: string;
  'atom:link': { '@_href': string; '@_rel': string };
  lastBuildDate?: string;
  item: FeedItem[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'url',
});

const absolute = (path: string) => new URL(path, FIXTURE_SITE_URL).href;

describe('an updated story', () => {
  let build: FixtureBuildResult;
  const readFeed = (file: string) => xml.parse(readFileSync(join(build.outDir, file), 'utf8')).rss.channel as Feed;
  const readLastmods = () =>
    new Map(
      (
        (xml.parse(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).urlset.url ?? []) as {
          loc: string;
          lastmod?: string;
        }[]
      ).map((u) => [u.loc, u.lastmod]),
    );
  const readTree = (path: string) => parseHtml(readPage(build.outDir, path));

  beforeAll(async () => {
    build = await buildFixture('updates', files, { sourceDateEpoch: NOW / 1000 });
    if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  });

  it.each(['rss.xml', 'sujets/terrorisme/rss.xml', 'sujets/justice/rss.xml'])(
    '%s keeps pubDate at the first publication and adds atom:updated',
    (file) => {
      const feed = readFeed(file);
      const item = feed.item.find((i) => i.link === absolute(UPDATED.path));
      expect(item, `${UPDATED.path} in ${file}`).toBeDefined();
      expect(Date.parse(item!.pubDate)).toBe(Date.parse(PUBLISHED_AT));
      expect(item!['atom:updated']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Date.parse(item!['atom:updated']!)).toBe(Date.parse(UPDATED_AT));
      expect(Date.parse(feed.lastBuildDate ?? ''), 'lastBuildDate is the newest change: the update').toBe(
        Date.parse(UPDATED_AT),
      );
    },
  );

  it.each(['rss.xml', 'sujets/terrorisme/rss.xml'])(
    '%s does not move the updated story above a story published after it',
    (file) => {
      const feed = readFeed(file);
      expect(feed.item.map((i) => i.link)).toEqual([absolute(OTHER.path), absolute(UPDATED.path)]);
      expect(feed.item[0]!['atom:updated'], 'a story never updated has no atom:updated').toBeUndefined();
    },
  );

  it('gives a topic without stories a feed with no items and no lastBuildDate', () => {
    const feed = readFeed('sujets/renseignement/rss.xml');
    expect(feed.item ?? []).toEqual([]);
    expect(feed.lastBuildDate).toBeUndefined();
    expect(feed.language).toBe('fr-BE');
    expect(feed['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': absolute('/sujets/renseignement/rss.xml') });
  });

  it('dates the story, its topic pages and the home page by the update in the sitemap', () => {
    const lastmods = readLastmods();
    for (const path of [UPDATED.path, '/sujets/terrorisme/', '/sujets/justice/', '/']) {
      expect(Date.parse(lastmods.get(absolute(path)) ?? ''), path).toBe(Date.parse(UPDATED_AT));
    }
    expect(Date.parse(lastmods.get(absolute(OTHER.path)) ?? ''), OTHER.path).toBe(Date.parse(OTHER_PUBLISHED_AT));
    // Listed, but with no content date to give: no lastmod rather than the build time.
    expect(lastmods.has(absolute('/sujets/renseignement/'))).toBe(true);
    expect(lastmods.get(absolute('/sujets/renseignement/'))).toBeUndefined();
    expect([...lastmods.values()].filter((lastmod) => lastmod !== undefined && Date.parse(lastmod) === NOW)).toEqual(
      [],
    );
  });

  it('shows "Mis à jour le" with the update in Brussels time, beside the first publication in the byline', () => {
    const tree = readTree(UPDATED.path);
    const timesOf = (element: Element) =>
      findElements(element, (e) => e.tagName === 'time').map((t) => t.properties.dateTime);
    const byline = findElements(tree, (e) => hasClass(e, 'byline'));
    expect(byline).toHaveLength(1);
    expect(timesOf(byline[0]!)).toEqual([PUBLISHED_AT]);
    expect(getText(byline[0]!)).toMatch(/publié le 6 janvier 2017 à \d{1,2}\u00A0h/);
    const meta = findElements(tree, (e) => hasClass(e, 'article__meta'));
    expect(meta).toHaveLength(1);
    const updated = findElements(meta[0]!, (e) => e.tagName === 'span')
      .map((span) => ({ text: getText(span), times: timesOf(span) }))
      .filter((span) => span.times.length > 0);
    expect(updated).toHaveLength(1);
    expect(updated[0]!.times).toEqual([UPDATED_AT_BRUSSELS]);
    expect(updated[0]!.text).toMatch(/^Mis à jour le 15 juin 2017 à \d{1,2}\u00A0h/);
    expect(getMetaContent(tree, 'article:published_time')).toBe(PUBLISHED_AT);
    expect(getMetaContent(tree, 'article:modified_time')).toBe(UPDATED_AT_BRUSSELS);
  });

  it('says dateModified = updatedAt and datePublished = publishedAt in JSON-LD', () => {
    const articles = getJsonLdOfType(readTree(UPDATED.path), 'NewsArticle');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.datePublished).toBe(PUBLISHED_AT);
    expect(articles[0]!.dateModified).toBe(UPDATED_AT_BRUSSELS);
  });

  it('shows no update on a story never updated, whose modified time is its publication', () => {
    const tree = readTree(OTHER.path);
    expect(getText(tree)).not.toContain('Mis à jour');
    expect(getMetaContent(tree, 'article:modified_time')).toBe(OTHER_PUBLISHED_AT);
    expect(getJsonLdOfType(tree, 'NewsArticle')[0]?.dateModified).toBe(OTHER_PUBLISHED_AT);
  });
});
