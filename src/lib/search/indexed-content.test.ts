import { describe, expect, it } from 'vitest';
import { extractIndexedContent, getExcludedClasses } from './indexed-content.ts';

interface PageParts {
  lang?: string;
  title?: string;
  headline?: string;
  body?: string;
  date?: string;
  credits?: string;
  related?: string;
  trending?: string;
  outsideMeta?: string;
}

// Same structure and classes as src/pages/articles/[slug].astro renders.
function page(parts: PageParts = {}): string {
  const {
    lang = 'fr-BE',
    title = 'Accord de coopération — Vigie',
    headline = 'Accord de coopération',
    body = 'Les services de renseignements se parlent.',
    date = '6 janvier 2017',
    credits = 'Rédaction',
    related = '<li><a href="/articles/b/">Le procès</a> <time>1er mars 2017</time></li>',
    trending = '<a href="/sujets/terrorisme/">Terrorisme</a>',
    outsideMeta = '',
  } = parts;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header class="site-header"><a href="/">Vigie</a><nav aria-label="En ce moment">${trending}</nav></header>
<main id="contenu">${outsideMeta}
<article class="article" data-pagefind-body data-pagefind-meta="date[data-date]" data-date="${date}">
  <header class="article__header"><p class="badge">Repère</p><h1>${headline}</h1>
    <p class="article__meta"><time>${date}</time></p>
    <p class="article__credits">${credits}</p></header>
  <div class="article__body"><p>${body}</p></div>
  <footer class="article__footer"><p>Source</p></footer>
</article>
<section class="related"><h2>À lire aussi</h2><ul>${related}</ul></section></main>
<footer class="site-footer">Plan du site</footer></body></html>`;
}

const base = extractIndexedContent(page());

describe('extractIndexedContent', () => {
  it('ignores what Pagefind does not read: related stories, the header strip, the site footer', () => {
    expect(extractIndexedContent(page({ related: '<li><a href="/articles/c/">Autre</a></li>' }))).toBe(base);
    expect(extractIndexedContent(page({ trending: '<a href="/sujets/calais/">Calais</a>' }))).toBe(base);
    expect(extractIndexedContent(page().replace('Plan du site', 'Carte du site'))).toBe(base);
  });

  it('ignores the excluded parts inside the body: badge, meta line, credits, footer', () => {
    expect(extractIndexedContent(page({ credits: 'Autre rédaction' }))).toBe(base);
    expect(extractIndexedContent(page().replace('<p>Source</p>', '<p>Autre source</p>'))).toBe(base);
    expect(extractIndexedContent(page().replace('>Repère<', '>Reportage<'))).toBe(base);
  });

  it('sees every change Pagefind would index: body, headline, metadata attribute, language, head', () => {
    const changed = [
      page({ body: 'Les services de renseignements se taisent.' }),
      page({ headline: 'Accord de coopération renouvelé' }),
      page({ date: '7 janvier 2017' }),
      page({ lang: 'nl-BE' }),
      page({ title: 'Autre titre — Vigie' }),
    ];
    for (const html of changed) expect(extractIndexedContent(html)).not.toBe(base);
  });

  it('keeps a tagged element outside the body, with its text', () => {
    const tagged = (author: string) =>
      extractIndexedContent(page({ outsideMeta: `<p data-pagefind-meta="author">${author}</p>` }));
    expect(tagged('Anne')).not.toBe(base);
    expect(tagged('Anne')).not.toBe(tagged('Bruno'));
  });

  it('projects a page without a searchable body to its head only', () => {
    const html =
      '<!doctype html><html lang="fr-BE"><head><title>Accueil</title></head><body><h1>Accueil</h1></body></html>';
    expect(extractIndexedContent(html)).toBe(extractIndexedContent(html.replace('<h1>Accueil', '<h1>Une')));
  });
});

describe('getExcludedClasses', () => {
  it('reads the class names of plain class selectors', () => {
    expect(getExcludedClasses(['.badge', '.article__meta'])).toEqual(new Set(['badge', 'article__meta']));
  });

  it('refuses a selector it cannot match, naming it and the module to extend', () => {
    expect(() => getExcludedClasses(['.badge', 'p.note'])).toThrow(
      /"p\.note" is not a plain "\.class" selector.*indexed-content\.ts/,
    );
  });

  it('accepts every selector the search index excludes today', () => {
    expect(() => getExcludedClasses()).not.toThrow();
  });
});
