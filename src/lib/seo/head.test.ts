import { describe, expect, it } from 'vitest';
import { buildPageHead, getDocumentTitle } from './head.ts';

const SITE_URL = 'https://vigie.example/';
const byKey = (head: ReturnType<typeof buildPageHead>) =>
  new Map(head.meta.map((m) => [m.name ?? m.property, m.content]));

describe('buildPageHead', () => {
  const article = buildPageHead({
    title: '«\u00A0Titre\u00A0»',
    description: 'Chapeau',
    path: '/articles/x/',
    site: SITE_URL,
    article: { publishedAt: new Date('2017-01-06T18:00:00Z'), section: 'Terrorisme', tags: ['Terrorisme', 'Justice'] },
    image: { path: '/og/articles/x.png', alt: 'Vigie : Titre', width: 1200, height: 630 },
    feeds: [{ title: 'Flux', path: '/rss.xml' }],
  });
  const meta = byKey(article);

  it('titles the page with the site name', () => {
    expect(article.title).toBe('«\u00A0Titre\u00A0» — Vigie');
    expect(getDocumentTitle(undefined)).toMatch(/^Vigie — /);
  });

  it('has an absolute canonical and feed links', () => {
    expect(article.links).toContainEqual({ rel: 'canonical', href: 'https://vigie.example/articles/x/' });
    expect(article.links).toContainEqual({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: 'Flux',
      href: 'https://vigie.example/rss.xml',
    });
  });

  it('describes an article for OpenGraph, Twitter and robots', () => {
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:locale')).toBe('fr_BE');
    expect(meta.get('og:url')).toBe('https://vigie.example/articles/x/');
    expect(meta.get('article:published_time')).toBe('2017-01-06T19:00:00+01:00');
    expect(meta.get('article:modified_time')).toBe('2017-01-06T19:00:00+01:00');
    expect(meta.get('article:section')).toBe('Terrorisme');
    expect(article.meta.filter((m) => m.property === 'article:tag').map((m) => m.content)).toEqual([
      'Terrorisme',
      'Justice',
    ]);
    expect(meta.get('og:image')).toBe('https://vigie.example/og/articles/x.png');
    expect(meta.get('og:image:alt')).toBe('Vigie : Titre');
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(meta.get('robots')).toContain('max-image-preview:large');
  });

  it('keeps a non-indexable page out of search engines without a canonical', () => {
    const notFound = buildPageHead({
      title: 'Page introuvable',
      description: 'x',
      path: '/404/',
      site: SITE_URL,
      indexable: false,
      feeds: [],
    });
    expect(byKey(notFound).get('robots')).toMatch(/^noindex/);
    expect(notFound.links.some((l) => l.rel === 'canonical')).toBe(false);
    expect(byKey(notFound).has('og:url')).toBe(false);
    expect(byKey(notFound).get('og:type')).toBe('website');
  });
});
