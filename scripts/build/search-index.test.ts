import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, countIndexedPages, type SearchIndexResult } from './search-index.ts';

// Same structure and classes as src/pages/articles/[slug].astro renders.
const ARTICLE = `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><title>Coopération — Vigie</title></head><body>
<header class="site-header"><a href="/">Vigie</a><nav><a href="/sujets/">Sujets</a></nav></header>
<main id="contenu"><nav class="breadcrumbs"><a href="/">Accueil</a></nav>
<article class="article" data-pagefind-body data-pagefind-meta="date[data-date], kind[data-kind]" data-date="6 janvier 2017" data-kind="brief">
  <header class="article__header"><p class="badge">Repère</p><h1>La coopération franco-belge</h1>
    <p class="article__standfirst">Un chapeau sur la sécurité des frontières.</p>
    <p class="article__meta"><span>Publié le <time>6 janvier 2017</time></span><span>2 min de lecture</span></p>
    <p class="article__date-note">Le jour est déduit.</p>
    <p class="article__credits"><span>Rédaction Zoltarque</span></p></header>
  <div class="article__body"><h2 id="officier">Un officier de liaison</h2><p>Les services de renseignements se parlent tous les jours.</p></div>
  <footer class="article__footer"><p class="article__source">Article publié initialement par Quotidienxyz.</p></footer>
</article></main><footer class="site-footer">Plan du site</footer></body></html>`;

const HOME = `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><title>Vigie</title></head><body><main><h1>Accueil</h1><p>Page d'accueil hors index.</p></main></body></html>`;

function readFragments(bundle: string): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => {
    // A fragment is gzip of "pagefind_dcd" followed by JSON.
    const bytes = gunzipSync(readFileSync(join(folder, file)));
    return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
  });
}

describe('buildSearchIndex', () => {
  let site: string;
  let result: SearchIndexResult;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'vigie-search-'));
    for (const [file, html] of [
      ['index.html', HOME],
      ['articles/cooperation/index.html', ARTICLE],
      ['recherche/index.html', HOME],
    ] as const) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), html);
    }
    result = await buildSearchIndex(site);
  }, 60_000);

  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('indexes the article page only, in the page language', () => {
    expect(result.pagesByLanguage).toEqual({ 'fr-be': 1 });
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/wasm.fr-be.pagefind'))).toBe(true);
  });

  it('keeps headline, standfirst and body, and leaves out badge, meta, credits, date note and footer', () => {
    const [fragment] = readFragments(join(site, 'pagefind'));
    expect(fragment!.url).toBe('/articles/cooperation/');
    expect(fragment!.content).toContain('La coopération franco-belge');
    expect(fragment!.content).toContain('Un chapeau sur la sécurité des frontières.');
    expect(fragment!.content).toContain('Les services de renseignements se parlent tous les jours.');
    for (const excluded of [
      'Repère',
      'min de lecture',
      'Le jour est déduit',
      'Zoltarque',
      'Quotidienxyz',
      'Sujets',
      'Plan du site',
    ]) {
      expect(fragment!.content).not.toContain(excluded);
    }
  });

  it('records title, date and kind as result metadata', () => {
    const [fragment] = readFragments(join(site, 'pagefind'));
    expect(fragment!.meta).toMatchObject({
      title: 'La coopération franco-belge',
      date: '6 janvier 2017',
      kind: 'brief',
    });
  });
});

describe('buildSearchIndex without articles', () => {
  it('indexes nothing rather than falling back to every page', async () => {
    const site = mkdtempSync(join(tmpdir(), 'vigie-search-empty-'));
    try {
      writeFileSync(join(site, 'index.html'), HOME);
      const { pagesByLanguage } = await buildSearchIndex(site);
      expect(Object.values(pagesByLanguage).reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('countIndexedPages', () => {
  it('reads page counts per language from pagefind-entry.json', () => {
    expect(
      countIndexedPages('{"version":"1.6.0","languages":{"fr-be":{"hash":"h","page_count":3},"en":{"hash":"e"}}}'),
    ).toEqual({ 'fr-be': 3, en: 0 });
    expect(countIndexedPages('{"version":"1.6.0"}')).toEqual({});
  });
});
