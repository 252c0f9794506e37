import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  buildLastModifiedMap,
  buildNewsSitemap,
  isEmptyUrlset,
  removeSitemapFromIndex,
  selectNewsStories,
} from './sitemap.ts';

const story = (id: string, publishedAt: string, updatedAt?: string, topics = ['justice']) => ({
  id,
  path: `/articles/${id}/`,
  data: {
    title: `Titre ${id} & <co>`,
    publishedAt: new Date(publishedAt),
    updatedAt: updatedAt ? new Date(updatedAt) : undefined,
    topics,
  },
});

describe('buildLastModifiedMap', () => {
  const a = story('a', '2017-01-06T18:00:00Z', '2017-02-01T10:00:00Z');
  const b = story('b', '2016-03-22T07:00:00Z');
  const map = buildLastModifiedMap(
    [a, b],
    new Map([
      ['justice', [a, b]],
      ['securite', []],
    ]),
  );

  it('uses updatedAt, else publishedAt, per article', () => {
    expect(map['/articles/a/']).toBe('2017-02-01T10:00:00.000Z');
    expect(map['/articles/b/']).toBe('2016-03-22T07:00:00.000Z');
  });

  it('dates a topic page by its newest listed story and skips empty topics', () => {
    expect(map['/sujets/justice/']).toBe('2017-02-01T10:00:00.000Z');
    expect(map['/sujets/securite/']).toBeUndefined();
  });

  it('dates home and the topic index by the newest change', () => {
    expect(map['/']).toBe('2017-02-01T10:00:00.000Z');
    expect(map['/sujets/']).toBe('2017-02-01T10:00:00.000Z');
    expect(map['/flux/']).toBe('2017-02-01T10:00:00.000Z');
  });

  it('dates the corrections page by the newest recorded update, and leaves it out when there is none', () => {
    // `a` was edited without a recorded update; only `c` and `d` have entries in `updates`.
    const update = (iso: string) => ({ date: new Date(iso), kind: 'correction' as const, text: 'x' });
    const c = {
      ...story('c', '2016-01-01T10:00:00Z', '2016-06-01T10:00:00Z'),
      data: {
        ...story('c', '2016-01-01T10:00:00Z', '2016-06-01T10:00:00Z').data,
        updates: [update('2016-06-01T10:00:00Z')],
      },
    };
    const d = {
      ...story('d', '2015-01-01T10:00:00Z', '2016-02-01T10:00:00Z'),
      data: {
        ...story('d', '2015-01-01T10:00:00Z', '2016-02-01T10:00:00Z').data,
        updates: [update('2016-02-01T10:00:00Z')],
      },
    };
    expect(buildLastModifiedMap([a, c, d], new Map())['/corrections/']).toBe('2016-06-01T10:00:00.000Z');
    expect(map['/corrections/']).toBeUndefined();
  });
});

describe('news sitemap', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const stories = [
    story('future', '2026-11-27T00:00:00Z'),
    story('recent', '2026-11-26T08:00:00Z'),
    story('edge', '2026-11-24T12:00:00Z'),
    story('old', '2026-11-24T11:59:59Z'),
  ];

  it('keeps the 48 hours up to the reference time', () => {
    expect(selectNewsStories(stories, now).map((s) => s.id)).toEqual(['recent', 'edge']);
  });

  it('caps at 1,000 URLs', () => {
    const many = Array.from({ length: 1200 }, (_, i) => story(`s${i}`, '2026-11-26T08:00:00Z'));
    expect(selectNewsStories(many, now)).toHaveLength(1000);
  });

  it('writes escaped, parseable XML, empty or not', () => {
    const parser = new XMLParser();
    const xml = parser.parse(buildNewsSitemap(selectNewsStories(stories, now), 'https://vigie.example/'));
    const urls = xml.urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([
      'https://vigie.example/articles/recent/',
      'https://vigie.example/articles/edge/',
    ]);
    expect(urls[0]['news:news']['news:title']).toBe('Titre recent & <co>');
    expect(urls[0]['news:news']['news:publication']['news:language']).toBe('fr');
    expect(parser.parse(buildNewsSitemap([], 'https://vigie.example/')).urlset).toBe('');
  });
});

describe('an empty news sitemap', () => {
  const index =
    '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://vigie.example/news-sitemap.xml</loc></sitemap><sitemap><loc>https://vigie.example/sitemap-0.xml</loc><lastmod>2017-01-06T18:00:00.000Z</lastmod></sitemap></sitemapindex>';

  it('is recognised: no url in its urlset', () => {
    expect(isEmptyUrlset(buildNewsSitemap([], 'https://vigie.example/'))).toBe(true);
    expect(isEmptyUrlset(buildNewsSitemap([story('a', '2017-01-06T18:00:00Z')], 'https://vigie.example/'))).toBe(false);
  });

  it('is taken out of the sitemap index, other entries kept', () => {
    expect(removeSitemapFromIndex(index, 'https://vigie.example/news-sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://vigie.example/sitemap-0.xml</loc><lastmod>2017-01-06T18:00:00.000Z</lastmod></sitemap></sitemapindex>',
    );
    expect(removeSitemapFromIndex(index, 'https://vigie.example/autre.xml')).toBe(index);
  });
});
