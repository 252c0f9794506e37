import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShardManifest, type SearchPage } from '../lib/search/shards.ts';
import { SEARCH_PAGES_FILE, updateSearchIndex, type SearchIndexReport } from './search-index.ts';

// Same structure and classes as src/pages/articles/[slug].astro renders.
function article(title: string, body: string): string {
  return `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><title>${title} — Vigie</title></head><body>
<header class="site-header"><a href="/">Vigie</a><nav><a href="/sujets/">Sujets</a></nav></header>
<main id="contenu"><nav class="breadcrumbs"><a href="/">Accueil</a></nav>
<article class="article" data-pagefind-body data-pagefind-meta="date[data-date], kind[data-kind]" data-date="6 janvier 2017" data-kind="brief">
  <header class="article__header"><p class="badge">Repère</p><h1>${title}</h1>
    <p class="article__standfirst">Un chapeau sur la sécurité des frontières.</p>
    <p class="article__meta"><span>Publié le <time>6 janvier 2017</time></span><span>2 min de lecture</span></p>
    <p class="article__date-note">Le jour est déduit.</p>
    <p class="article__credits"><span>Rédaction Zoltarque</span></p></header>
  <div class="article__body"><p>${body}</p></div>
  <footer class="article__footer"><p class="article__source">Article publié initialement par Quotidienxyz.</p></footer>
</article></main><footer class="site-footer">Plan du site</footer></body></html>`;
}

const PAGES: SearchPage[] = [
  { path: '/articles/accord/', year: '2017' },
  { path: '/articles/proces/', year: '2017' },
  { path: '/articles/frontiere/', year: '2018' },
];

/** Writes a site folder: the pages given, plus the build-time list of every page of `list`. */
function writeSite(site: string, pages: Record<string, string>, list: SearchPage[] = PAGES): void {
  for (const [path, html] of Object.entries({
    ...pages,
    '/': '<!doctype html><html lang="fr-BE"><body><h1>Accueil</h1></body></html>',
  })) {
    const file = join(site, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  writeFileSync(join(site, SEARCH_PAGES_FILE), JSON.stringify(list));
}

const ALL_PAGES = {
  '/articles/accord/': article('Accord de coopération', 'Les services de renseignements se parlent.'),
  '/articles/proces/': article('Le procès', 'La cour a entendu les témoins.'),
  '/articles/frontiere/': article('La frontière', 'Les patrouilles mixtes reprennent.'),
};

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function readFragments(bundle: string): Fragment[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => {
    // A fragment is gzip of "pagefind_dcd" followed by JSON.
    const bytes = gunzipSync(readFileSync(join(folder, file)));
    return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
  });
}

/** Inode of every file of a folder tree, by relative path. */
function inodes(folder: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      result.set(file.slice(folder.length), statSync(file).ino);
    }
  }
  return result;
}

describe('updateSearchIndex', () => {
  let root: string;
  let published: string;
  let cold: SearchIndexReport;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vigie-search-shards-'));
    published = join(root, 'published');
    writeSite(published, ALL_PAGES);
    // First build: the output folder is the previous site too (as `astro build` into dist/ today).
    cold = await updateSearchIndex({ dir: published, previousDir: published, renderedPaths: Object.keys(ALL_PAGES) });
  }, 60_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds one bundle per year, and a manifest of their pages, and deletes the build-only list', () => {
    expect(cold.rebuilt).toEqual([
      { shard: '2018', reason: 'no previous index', pages: 1 },
      { shard: '2017', reason: 'no previous index', pages: 2 },
    ]);
    expect(readdirSync(join(published, 'pagefind')).sort()).toEqual(['2017', '2018', 'shards.json']);
    expect(existsSync(join(published, 'pagefind/2017/pagefind.js'))).toBe(true);
    expect(existsSync(join(published, SEARCH_PAGES_FILE))).toBe(false);
    const manifest = parseShardManifest(readFileSync(join(published, 'pagefind/shards.json'), 'utf8'));
    expect(manifest?.shards['2017']?.paths).toEqual(['/articles/accord/', '/articles/proces/']);
    expect(manifest?.shards['2018']?.paths).toEqual(['/articles/frontiere/']);
  });

  it('indexes headline, standfirst and body, not badge, meta, credits, date note, footer or site chrome', () => {
    const fragment = readFragments(join(published, 'pagefind/2018'))[0]!;
    expect(fragment.url).toBe('/articles/frontiere/');
    expect(fragment.content).toContain('La frontière');
    expect(fragment.content).toContain('Un chapeau sur la sécurité des frontières.');
    expect(fragment.content).toContain('Les patrouilles mixtes reprennent.');
    for (const excluded of [
      'Repère',
      'min de lecture',
      'Le jour est déduit',
      'Zoltarque',
      'Quotidienxyz',
      'Sujets',
      'Plan du site',
    ]) {
      expect(fragment.content).not.toContain(excluded);
    }
    expect(fragment.meta).toMatchObject({ title: 'La frontière', date: '6 janvier 2017', kind: 'brief' });
  });

  it('in a staging folder holding one changed page: rebuilds its year from both folders, links the others', async () => {
    const staging = join(root, 'staging-edit');
    writeSite(staging, { '/articles/proces/': article('Le procès', 'La cour a entendu un expert en balistique.') });
    const report = await updateSearchIndex({
      dir: staging,
      previousDir: published,
      renderedPaths: ['/', '/articles/proces/'],
    });
    expect(report.rebuilt).toEqual([{ shard: '2017', reason: 'page changed', pages: 2 }]);
    expect(report.reused).toEqual(['2018']);
    // The reused shard shares its files with the published one: nothing was rewritten.
    expect(inodes(join(staging, 'pagefind/2018'))).toEqual(inodes(join(published, 'pagefind/2018')));
    const contents = readFragments(join(staging, 'pagefind/2017')).map((f) => f.content);
    expect(contents.some((c) => c.includes('balistique'))).toBe(true);
    // The unchanged 2017 page, absent from staging, was read from the published site.
    expect(contents.some((c) => c.includes('Les services de renseignements se parlent.'))).toBe(true);
    // The published site is untouched.
    expect(readFragments(join(published, 'pagefind/2017')).some((f) => f.content.includes('balistique'))).toBe(false);
  }, 60_000);

  it('reuses every shard when rendered pages are identical to the published ones', async () => {
    const staging = join(root, 'staging-same');
    writeSite(staging, { '/articles/frontiere/': ALL_PAGES['/articles/frontiere/'] });
    const report = await updateSearchIndex({
      dir: staging,
      previousDir: published,
      renderedPaths: ['/articles/frontiere/'],
    });
    expect(report.rebuilt).toEqual([]);
    expect(report.reused).toEqual(['2018', '2017']);
  }, 60_000);

  it('reuses a shard whose pages changed only outside what is indexed, with the files a cold index would write', async () => {
    // An edit elsewhere changes this page's « À lire aussi » and the header's topics, not its text.
    const relisted = ALL_PAGES['/articles/frontiere/']
      .replace(
        '</article></main>',
        '</article><section class="related"><a href="/articles/proces/">Le procès</a></section></main>',
      )
      .replace('<a href="/sujets/">Sujets</a>', '<a href="/sujets/calais/">Calais</a>');
    const staging = join(root, 'staging-relisted');
    writeSite(staging, { '/articles/frontiere/': relisted });
    const report = await updateSearchIndex({
      dir: staging,
      previousDir: published,
      renderedPaths: ['/articles/frontiere/'],
    });
    expect(report.rebuilt).toEqual([]);
    expect(report.reused).toEqual(['2018', '2017']);

    const cold = join(root, 'cold-relisted');
    writeSite(cold, { ...ALL_PAGES, '/articles/frontiere/': relisted });
    await updateSearchIndex({ dir: cold, previousDir: cold, renderedPaths: Object.keys(ALL_PAGES) });
    const files = (folder: string) => [...inodes(folder).keys()].sort();
    const reused = join(staging, 'pagefind/2018');
    const fresh = join(cold, 'pagefind/2018');
    expect(files(reused)).toEqual(files(fresh));
    for (const file of files(fresh))
      expect(readFileSync(join(reused, file)).equals(readFileSync(join(fresh, file)))).toBe(true);
  }, 60_000);

  it('rebuilds a year that gained a story and drops a year that lost its last one', async () => {
    const staging = join(root, 'staging-moved');
    const list: SearchPage[] = [PAGES[0]!, PAGES[1]!, { path: '/articles/nouveau/', year: '2017' }];
    writeSite(staging, { '/articles/nouveau/': article('Nouveau', 'Une nouvelle enquête.') }, list);
    const report = await updateSearchIndex({
      dir: staging,
      previousDir: published,
      renderedPaths: ['/articles/nouveau/'],
    });
    expect(report.rebuilt).toEqual([{ shard: '2017', reason: 'pages added or removed', pages: 3 }]);
    expect(report.dropped).toEqual(['2018']);
    expect(readdirSync(join(staging, 'pagefind')).sort()).toEqual(['2017', 'shards.json']);
  }, 60_000);

  it('names the page when a listed page is in neither folder', async () => {
    const staging = join(root, 'staging-missing');
    writeSite(staging, {}, [...PAGES, { path: '/articles/fantome/', year: '2018' }]);
    await expect(updateSearchIndex({ dir: staging, previousDir: published, renderedPaths: [] })).rejects.toThrow(
      /\/articles\/fantome\/ is listed in search-pages\.json but its page is neither in/,
    );
    expect(existsSync(join(staging, 'pagefind'))).toBe(false);
    expect(readdirSync(staging).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
  }, 60_000);

  it('names the route when the build-only list is missing', async () => {
    const staging = join(root, 'staging-no-list');
    mkdirSync(staging, { recursive: true });
    await expect(updateSearchIndex({ dir: staging, previousDir: published, renderedPaths: [] })).rejects.toThrow(
      /search-pages\.json is missing: the build must include src\/pages\/search-pages\.json\.ts/,
    );
  });
});
