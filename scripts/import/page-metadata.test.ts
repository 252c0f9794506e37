import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { normaliseDateTime, readPageMetadata } from './page-metadata.ts';

const read = (head: string, htmlAttributes = '') =>
  readPageMetadata(
    unified()
      .use(rehypeParse)
      .parse(`<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body><p>Texte.</p></body></html>`),
  );
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('reads a JSON-LD @graph, resolving publisher and authors given by @id', () => {
    const page = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Le Figaro' },
          { '@type': 'Person', '@id': '#a1', name: 'Marc Olivier' },
          { '@type': 'WebPage', name: 'Pas un article' },
          {
            '@type': ['NewsArticle'],
            headline: 'Titre',
            datePublished: '2024-01-18T19:30:00+01:00',
            dateModified: '2024-01-19T07:12:00+0100',
            articleSection: ['France', 'Société'],
            author: [{ '@id': '#a1' }, { '@type': 'Organization', name: 'AFP' }],
            publisher: { '@id': '#org' },
            inLanguage: 'fr-FR',
          },
        ],
      }),
    );
    expect(page).toMatchObject({
      jsonLdHeadline: { value: 'Titre', from: 'JSON-LD headline' },
      publishedAt: { value: '2024-01-18T19:30:00+01:00', from: 'JSON-LD datePublished' },
      updatedAt: { value: '2024-01-19T07:12:00+01:00', from: 'JSON-LD dateModified' },
      section: { value: 'France' },
      publisher: { value: 'Le Figaro', from: 'JSON-LD publisher' },
      authors: {
        value: [
          { name: 'Marc Olivier', kind: 'person' },
          { name: 'AFP', kind: 'organization' },
        ],
      },
      language: { value: 'fr-FR', from: 'JSON-LD inLanguage' },
    });
  });

  it('sets aside a date without offset and falls back to article:published_time', () => {
    const page = read(
      `${ld({ '@type': 'NewsArticle', datePublished: '2024-01-18T18:30:00' })}<meta property="article:published_time" content="2024-01-18T19:30:00+01:00">`,
    );
    expect(page.publishedAt).toEqual({ value: '2024-01-18T19:30:00+01:00', from: 'article:published_time' });
    expect(page.ignored).toEqual(['JSON-LD datePublished "2024-01-18T18:30:00" is not a date-time with offset']);
  });

  it('reads OpenGraph, meta tags, a relative canonical URL and <html lang>; skips broken JSON-LD', () => {
    const page = read(
      `<script type="application/ld+json">{ "@type": "NewsArticle", </script>
       <title>Titre - Le Soir</title><meta property="og:title" content="Titre OG"><meta property="og:site_name" content="Le Soir">
       <meta property="og:url" content="https://www.lesoir.be/1/article"><link rel="canonical" href="/1/article?x=1">
       <meta name="author" content="Anne Dupont et Marc Leroy"><meta name="description" content="  Un   résumé. ">
       <meta property="article:section" content="Belgique">`,
      'lang="fr-BE"',
    );
    expect(page).toMatchObject({
      title: { value: 'Titre - Le Soir' },
      ogTitle: { value: 'Titre OG', from: 'og:title' },
      publisher: { value: 'Le Soir', from: 'og:site_name' },
      canonicalUrl: { value: 'https://www.lesoir.be/1/article?x=1', from: '<link rel=canonical>' },
      authors: {
        value: [
          { name: 'Anne Dupont', kind: 'person' },
          { name: 'Marc Leroy', kind: 'person' },
        ],
        from: 'meta author',
      },
      metaDescription: { value: 'Un résumé.' },
      section: { value: 'Belgique', from: 'article:section' },
      language: { value: 'fr-BE', from: '<html lang>' },
    });
    expect(page.publishedAt).toBeUndefined();
  });

  it('ignores a canonical URL that is not http(s)', () => {
    expect(read('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBeUndefined();
  });
});

describe('normaliseDateTime', () => {
  it.each([
    ['2024-01-18T19:30:00+01:00', '2024-01-18T19:30:00+01:00'],
    ['2024-01-18T19:30:00+0100', '2024-01-18T19:30:00+01:00'],
    ['2024-01-18 19:30+01', '2024-01-18T19:30+01:00'],
    ['2024-10-07T08:14:00.000000Z', '2024-10-07T08:14:00.000Z'],
    ['2024-01-18T19:30:00', undefined],
    ['2024-01-18', undefined],
    ['18/01/2024 19:30', undefined],
  ])('%j → %j', (value, expected) => {
    expect(normaliseDateTime(value)).toBe(expected);
  });
});
