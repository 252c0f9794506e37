import { describe, expect, it } from 'vitest';
import { buildBreadcrumbList, buildCollectionPage, buildHomeDocuments, buildNewsArticle } from './structured-data.ts';
import { serializeJsonLd } from './json-ld.ts';
import type { ArticleData } from '../../schemas/article.ts';

const SITE_URL = 'https://vigie.example/';
const data: ArticleData = {
  title: '</script><script>alert(1)</script>',
  description: 'Chapeau',
  publishedAt: new Date('2017-01-06T18:00:00Z'),
  updatedAt: new Date('2017-01-07T09:00:00Z'),
  topics: ['terrorisme', 'justice'],
  credits: [{ name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' }],
  source: { name: 'RTL INFO', url: 'https://www.rtl.be/info/x.aspx' },
  references: [],
  kind: 'article',
  draft: false,
  priority: 0,
  updates: [
    { date: new Date('2017-01-07T08:00:00Z'), kind: 'update', text: 'Ajout d’un lien.' },
    { date: new Date('2017-01-07T09:00:00Z'), kind: 'correction', text: 'Le prénom était mal orthographié.' },
  ],
};

describe('buildNewsArticle', () => {
  const doc = buildNewsArticle({
    path: '/articles/x/',
    data,
    topicNames: ['Terrorisme', 'Justice'],
    imagePath: '/og/articles/x.png',
    site: SITE_URL,
  });
  it('carries the fields search engines read', () => {
    expect(doc).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2017-01-06T19:00:00+01:00',
      dateModified: '2017-01-07T10:00:00+01:00',
      inLanguage: 'fr-BE',
      articleSection: 'Terrorisme',
      keywords: 'Terrorisme, Justice',
      isBasedOn: 'https://www.rtl.be/info/x.aspx',
      mainEntityOfPage: { '@id': 'https://vigie.example/articles/x/' },
      image: ['https://vigie.example/og/articles/x.png'],
      publisher: { '@type': 'NewsMediaOrganization', logo: { url: 'https://vigie.example/logo-512.png' } },
    });
    expect(doc.author).toEqual([{ '@type': 'Person', name: 'Martin Vachiery', jobTitle: 'Reportage RTLINFO 19H' }]);
  });

  it('lists corrections (not plain updates) as CorrectionComment', () => {
    expect(doc.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Le prénom était mal orthographié.',
        datePublished: '2017-01-07T10:00:00+01:00',
      },
    ]);
  });

  it('gives a brief the day of its facts apart from its publication date', () => {
    const brief = buildNewsArticle({
      path: '/articles/b/',
      data: { ...data, kind: 'brief', source: undefined, updates: [], event: { date: '2016-02-01', label: 'Sommet' } },
      topicNames: ['Terrorisme'],
      site: SITE_URL,
    });
    expect(brief).toMatchObject({ contentReferenceTime: '2016-02-01', datePublished: '2017-01-06T19:00:00+01:00' });
    expect(brief.correction).toBeUndefined();
  });

  it('serialises so that content cannot close the script element', () => {
    const json = serializeJsonLd(doc);
    expect(json).not.toMatch(/<\/?script/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(data.title);
  });
});

describe('other documents', () => {
  it('BreadcrumbList mirrors the trail, the last item being the page', () => {
    const list = buildBreadcrumbList(
      [{ name: 'Accueil', path: '/' }, { name: 'Sujets', path: '/sujets/' }, { name: 'Justice' }],
      '/sujets/justice/',
      SITE_URL,
    );
    expect(list.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, 'Accueil', 'https://vigie.example/'],
      [2, 'Sujets', 'https://vigie.example/sujets/'],
      [3, 'Justice', 'https://vigie.example/sujets/justice/'],
    ]);
  });

  it('CollectionPage lists the stories of the page', () => {
    const page = buildCollectionPage({
      name: 'Justice',
      description: 'd',
      path: '/sujets/justice/',
      storyPaths: ['/articles/a/', '/articles/b/'],
      site: SITE_URL,
    });
    expect(page.mainEntity.itemListElement.map((i) => i.url)).toEqual([
      'https://vigie.example/articles/a/',
      'https://vigie.example/articles/b/',
    ]);
  });

  it('home has WebSite and the publisher organisation', () => {
    expect(buildHomeDocuments(SITE_URL).map((d) => d['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
  });
});
