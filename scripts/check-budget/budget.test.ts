import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_BYTES,
  classifyPage,
  getGzipSize,
  inspectPage,
  measurePage,
  resolveAssetPath,
  type PageInput,
} from './budget.ts';

/** A page shaped like Vigie's output: one stylesheet, JSON-LD, optional extra body markup. */
function page(body = '', head = '<link rel="stylesheet" href="/_astro/site.css">'): string {
  return `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><title>T</title>${head}
    <script type="application/ld+json">{"@context":"https://schema.org"}</script></head>
    <body><main><h1>Titre</h1><p>Texte.</p>${body}</main></body></html>`;
}

/** Random base64 text: gzip cannot shrink it much, so it really costs bytes on the wire. */
function incompressible(characters: number): string {
  return randomBytes(characters).toString('base64').slice(0, characters);
}

const css = new TextEncoder().encode('body{margin:0;color:#111}'.repeat(20));
const assets = (files: Record<string, Uint8Array>) => (path: string) => files[path];

describe('classifyPage', () => {
  it.each([
    ['index.html', 'home'],
    ['articles/cooperation-franco-belge/index.html', 'article'],
    ['sujets/index.html', 'topic-index'],
    ['sujets/terrorisme/index.html', 'topic'],
    ['sujets/terrorisme/page/2/index.html', 'topic'],
    ['recherche/index.html', undefined],
    ['a-propos/index.html', undefined],
    ['404.html', undefined],
    ['articles/index.html', undefined],
    ['articles/a/b/index.html', undefined],
    ['sujets/terrorisme/page/deux/index.html', undefined],
  ])('%s → %s', (file, type) => {
    expect(classifyPage(file)).toBe(type);
  });
});

describe('inspectPage', () => {
  it('accepts JSON-LD and lists render-blocking stylesheets in order, skipping print and alternate ones', () => {
    const html = page(
      '',
      [
        '<link rel="stylesheet" href="/_astro/a.css">',
        '<link rel="stylesheet" href="/print.css" media="print">',
        '<link rel="alternate stylesheet" href="/alt.css">',
        '<link rel="stylesheet" href="/_astro/b.css" media="screen">',
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">',
      ].join(''),
    );
    expect(inspectPage(html)).toEqual({ stylesheets: ['/_astro/a.css', '/_astro/b.css'], problems: [] });
  });

  it.each([
    [
      'an external module script',
      '<script type="module" src="/_astro/x.js"></script>',
      'script: <script src="/_astro/x.js">',
    ],
    ['an inline script', '<script>console.log(1)</script>', 'script: inline <script> of 14 characters'],
    [
      'a JSON script that is not JSON-LD',
      '<script type="application/json">{}</script>',
      'script: inline <script> of 2 characters',
    ],
    [
      'a module preload',
      '<link rel="modulepreload" href="/_astro/x.js">',
      'script: <link rel="modulepreload" href="/_astro/x.js">',
    ],
    [
      'a script preload',
      '<link rel="preload" as="script" href="/x.js">',
      'script: <link rel="preload" as="script" href="/x.js">',
    ],
    [
      'an event handler attribute',
      '<button onclick="go()">x</button>',
      'script: <button> has event handler attribute(s) onclick',
    ],
    [
      'an image without height',
      '<img src="/a.jpg" alt="" width="10">',
      'img: <img src="/a.jpg"> has no height attribute',
    ],
    ['an image without size', '<img src="/a.jpg" alt="">', 'img: <img src="/a.jpg"> has no width or height attribute'],
  ])('flags %s', (_name, markup, problem) => {
    expect(inspectPage(page(markup)).problems).toEqual([problem]);
  });

  it('accepts images with width and height and a font preload', () => {
    const html = page(
      '<img src="/a.jpg" alt="" width="400" height="300">',
      '<link rel="preload" as="font" href="/f.woff2" crossorigin>',
    );
    expect(inspectPage(html).problems).toEqual([]);
  });
});

describe('resolveAssetPath', () => {
  it.each([
    ['/_astro/a.css', 'index.html', '_astro/a.css'],
    ['/_astro/a.css', 'articles/x/index.html', '_astro/a.css'],
    ['../b.css', 'articles/x/index.html', 'articles/b.css'],
    ['c.css?v=2', 'sujets/index.html', 'sujets/c.css'],
    ['/s%C3%A9curit%C3%A9.css', 'index.html', 'sécurité.css'],
    ['https://cdn.example.org/a.css', 'index.html', undefined],
    ['//cdn.example.org/a.css', 'index.html', undefined],
  ])('%s from %s → %s', (href, file, expected) => {
    expect(resolveAssetPath(href, file)).toBe(expected);
  });
});

describe('measurePage', () => {
  const input = (html: string, files: Record<string, Uint8Array> = { '_astro/site.css': css }): PageInput => ({
    file: 'articles/x/index.html',
    type: 'article',
    html,
    readAsset: assets(files),
  });

  it('adds the gzip sizes of the HTML and of each stylesheet once', () => {
    const html = page(
      '',
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/site.css">',
    );
    const measure = measurePage(input(html));
    expect(measure.htmlGzip).toBe(getGzipSize(html));
    expect(measure.cssGzip).toBe(getGzipSize(css));
    expect(measure.total).toBe(measure.htmlGzip + measure.cssGzip);
    expect(measure.problems).toEqual([]);
  });

  it('fails a page padded past the budget, and passes it again without the padding', () => {
    const padded = measurePage(input(page(`<p>${incompressible(24_000)}</p>`)));
    expect(padded.total).toBeGreaterThan(BUDGET_BYTES);
    expect(padded.problems[0]).toMatch(
      /^size: \d+ bytes gzip \(HTML \d+ \+ CSS \d+\) is \d+ over the budget of 14336$/,
    );
    expect(measurePage(input(page(`<p>${incompressible(4_000)}</p>`))).problems).toEqual([]);
  });

  it('counts CSS against the budget: a small page over a heavy stylesheet fails', () => {
    const heavyCss = new TextEncoder().encode(incompressible(20_000));
    const measure = measurePage(input(page(), { '_astro/site.css': heavyCss }));
    expect(measure.htmlGzip).toBeLessThan(1_000);
    expect(measure.problems[0]).toMatch(/over the budget/);
  });

  it('fails when a stylesheet cannot be measured', () => {
    const missing = measurePage(input(page(), {}));
    expect(missing.problems).toEqual(['css: cannot measure stylesheet /_astro/site.css (not in the build)']);
    const external = measurePage(input(page('', '<link rel="stylesheet" href="https://cdn.example.org/a.css">')));
    expect(external.problems).toEqual(['css: cannot measure stylesheet https://cdn.example.org/a.css (other origin)']);
  });

  it('takes the budget as a parameter', () => {
    const html = page();
    const { total } = measurePage(input(html));
    expect(measurePage(input(html), total).problems).toEqual([]);
    expect(measurePage(input(html), total - 1).problems[0]).toMatch(/is 1 over the budget/);
  });
});
