import { describe, expect, it } from 'vitest';
import { parseHtml } from './html.ts';
import {
  checkLinks,
  collectFragmentTargets,
  extractReferences,
  getPageUrlPath,
  parseSrcset,
  resolvePath,
  toInternalUrl,
  type SiteIndex,
} from './links.ts';

const ORIGIN = 'https://vigie.example';

describe('getPageUrlPath', () => {
  it.each([
    ['index.html', '/'],
    ['articles/x/index.html', '/articles/x/'],
    ['404.html', '/404.html'],
    ['sujets/terrorisme/page/2/index.html', '/sujets/terrorisme/page/2/'],
  ])('%s → %s', (file, expected) => {
    expect(getPageUrlPath(file)).toBe(expected);
  });
});

describe('parseSrcset', () => {
  it.each([
    ['/a-400.webp 400w, /a-800.webp 800w', ['/a-400.webp', '/a-800.webp']],
    ['/a.png', ['/a.png']],
    ['  /a.png 1x ,/b.png 2x ', ['/a.png', '/b.png']],
    ['', []],
  ])('%j', (value, expected) => {
    expect(parseSrcset(value)).toEqual(expected);
  });
});

describe('toInternalUrl', () => {
  it.each([
    ['/sujets/', '/', { path: '/sujets/', fragment: null }],
    ['../y/', '/articles/x/', { path: '/articles/y/', fragment: null }],
    ['#contenu', '/articles/x/', { path: '/articles/x/', fragment: 'contenu' }],
    [
      '/articles/x/#intertitre--la-coop%C3%A9ration',
      '/',
      { path: '/articles/x/', fragment: 'intertitre--la-coopération' },
    ],
    ['/sujets/s%C3%A9curit%C3%A9/', '/', { path: '/sujets/sécurité/', fragment: null }],
    ['https://vigie.example/rss.xml', '/', { path: '/rss.xml', fragment: null }],
    ['/recherche/?q=jambon', '/', { path: '/recherche/', fragment: null }],
    ['#', '/', { path: '/', fragment: '' }],
  ])('%s on %s', (raw, page, expected) => {
    expect(toInternalUrl(raw, page, ORIGIN)).toEqual(expected);
  });

  it.each([
    'https://www.rtl.be/info/x.aspx',
    '//cdn.example.net/x.js',
    'http://vigie.example/',
    'mailto:redaction@vigie.example',
    'tel:+3220000000',
    'data:image/png;base64,AAAA',
    'javascript:void(0)',
  ])('%s is not internal', (raw) => {
    expect(toInternalUrl(raw, '/', ORIGIN)).toBeNull();
  });
});

describe('resolvePath', () => {
  const files = new Set([
    'index.html',
    '404.html',
    'articles/x/index.html',
    'rss.xml',
    'sujets/sécurité/index.html',
    '_astro/a.css',
  ]);
  it.each([
    ['/', { file: 'index.html' }],
    ['/articles/x/', { file: 'articles/x/index.html' }],
    ['/rss.xml', { file: 'rss.xml' }],
    ['/_astro/a.css', { file: '_astro/a.css' }],
    ['/sujets/sécurité/', { file: 'sujets/sécurité/index.html' }],
    ['/404.html', { file: '404.html' }],
    ['/articles/y/', { error: 'no articles/y/index.html in the build' }],
    ['/articles/x', { error: "missing trailing slash: link to /articles/x/ (the site uses trailingSlash 'always')" }],
    ['/rss.xml/', { error: 'no rss.xml/index.html in the build' }],
    ['/favicon.ico', { error: 'no favicon.ico in the build' }],
  ])('%s', (path, expected) => {
    expect(resolvePath(path, files)).toEqual(expected);
  });
});

describe('extractReferences', () => {
  it('finds every URL-bearing attribute, in document order', () => {
    const tree = parseHtml(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/pagefind/ui.js"></script>
      <meta property="og:image" content="https://vigie.example/og/site.png"><meta name="twitter:image" content="/og/t.png">
      <meta property="og:image:alt" content="/not-a-url"><meta name="description" content="/not-a-ref/">
      <script type="application/ld+json">{"url":"/not-a-ref/"}</script>
    </head><body>
      <a href="/sujets/">Sujets</a><a>sans href</a>
      <picture><source srcset="/i-400.avif 400w, /i-800.avif 800w"><img src="/i.jpg" srcset="/i-2x.jpg 2x" alt=""></picture>
      <video poster="/p.jpg" src="/v.mp4"></video><form action="/recherche/"></form>
    </body></html>`);
    expect(extractReferences(tree).map((r) => `${r.attribute}=${r.url}`)).toEqual([
      'href=/_astro/a.css',
      'src=/pagefind/ui.js',
      'content=https://vigie.example/og/site.png',
      'content=/og/t.png',
      'href=/sujets/',
      'srcset=/i-400.avif',
      'srcset=/i-800.avif',
      'src=/i.jpg',
      'srcset=/i-2x.jpg',
      'src=/v.mp4',
      'poster=/p.jpg',
      'action=/recherche/',
    ]);
  });
});

describe('collectFragmentTargets', () => {
  it('collects ids and <a name> anchors', () => {
    const tree = parseHtml(
      '<main id="contenu"><h2 id="un-officier">x</h2><a name="ancien">y</a><p name="pas-une-ancre"></p></main>',
    );
    expect([...collectFragmentTargets(tree)].sort()).toEqual(['ancien', 'contenu', 'un-officier']);
  });
});

describe('checkLinks', () => {
  const site: SiteIndex = {
    origin: ORIGIN,
    files: new Set(['index.html', 'articles/x/index.html', 'rss.xml', 'favicon.svg']),
    targetsByFile: new Map([
      ['index.html', new Set(['contenu'])],
      ['articles/x/index.html', new Set(['contenu', 'sources-title'])],
    ]),
  };
  const check = (body: string, file = 'articles/x/index.html') =>
    checkLinks(
      { file, tree: parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`) },
      site,
    );

  it('passes a page whose links all resolve', () => {
    const result = check(`<a href="#contenu">Aller</a><a href="/">Accueil</a><a href="../x/#sources-title">Sources</a>
      <a href="https://vigie.example/rss.xml">RSS</a><a href="https://www.rtl.be/x.aspx">RTL</a><a href="#top">Haut</a>
      <a href="mailto:a@vigie.example">Écrire</a><img src="/favicon.svg" alt="">`);
    expect(result).toEqual({ links: [], fragments: [] });
  });

  it.each([
    ['a missing page', '<a href="/a-propos/">À propos</a>', 'href="/a-propos/" → no a-propos/index.html in the build'],
    ['a missing image', '<img src="/img/x.jpg" alt="x">', 'src="/img/x.jpg" → no img/x.jpg in the build'],
    [
      'a missing srcset candidate',
      '<img src="/favicon.svg" srcset="/favicon.svg 1x, /f-2x.svg 2x" alt="">',
      'srcset="/f-2x.svg" → no f-2x.svg in the build',
    ],
    [
      'a missing stylesheet',
      '<link rel="stylesheet" href="/_astro/gone.css">',
      'href="/_astro/gone.css" → no _astro/gone.css in the build',
    ],
    [
      'an absolute URL on the site origin',
      '<a href="https://vigie.example/sujets/">x</a>',
      'href="https://vigie.example/sujets/" → no sujets/index.html in the build',
    ],
    [
      'a missing social card',
      '<meta property="og:image" content="https://vigie.example/og/articles/x.png">',
      'content="https://vigie.example/og/articles/x.png" → no og/articles/x.png in the build',
    ],
    [
      'a link without its trailing slash',
      '<a href="/articles/x">x</a>',
      'href="/articles/x" → missing trailing slash: link to /articles/x/ (the site uses trailingSlash \'always\')',
    ],
  ])('fails %s', (_name, body, message) => {
    expect(check(body)).toEqual({ links: [expect.objectContaining({ message })], fragments: [] });
  });

  it.each([
    [
      'on the same page',
      '<a href="#nulle-part">x</a>',
      'href="#nulle-part" → no element with id "nulle-part" in articles/x/index.html',
    ],
    [
      'on another page',
      '<a href="/#sources-title">x</a>',
      'href="/#sources-title" → no element with id "sources-title" in index.html',
    ],
  ])('fails a dangling fragment %s', (_name, body, message) => {
    expect(check(body)).toEqual({ links: [], fragments: [expect.objectContaining({ message })] });
  });

  it('reports a repeated broken URL once, with a count', () => {
    const { links } = check('<a href="/sujets/">a</a><a href="/sujets/">b</a><a href="/sujets/">c</a>');
    expect(links.map((f) => f.message)).toEqual(['href="/sujets/" → no sujets/index.html in the build (3×)']);
  });

  it('resolves relative links from 404.html against /404.html', () => {
    expect(check('<a href="articles/x/">x</a>', '404.html').links).toEqual([]);
  });
});
