import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getRoutePattern, listPagePaths, pickPagePerRoute } from './dist-pages.ts';

describe('getRoutePattern', () => {
  it.each([
    ['/', '/'],
    ['/404.html', '/404.html'],
    ['/articles/cooperation-franco-belge-contre-le-terrorisme/', '/articles/*/'],
    ['/sujets/', '/sujets/'],
    ['/sujets/terrorisme/', '/sujets/*/'],
    ['/sujets/terrorisme/page/2/', '/sujets/*/*/*/'],
    ['/a-propos/', '/a-propos/'],
  ])('%s → %s', (path, expected) => {
    expect(getRoutePattern(path)).toBe(expected);
  });
});

describe('pickPagePerRoute', () => {
  const paths = [
    '/articles/b/',
    '/articles/a/',
    '/',
    '/404.html',
    '/sujets/justice/',
    '/sujets/',
    '/sujets/justice/page/2/',
    '/articles/lead/',
  ];

  it('keeps the first page of each pattern, sorted by pattern', () => {
    expect([...pickPagePerRoute(paths)]).toEqual([
      ['/', '/'],
      ['/404.html', '/404.html'],
      ['/articles/*/', '/articles/a/'],
      ['/sujets/', '/sujets/'],
      ['/sujets/*/', '/sujets/justice/'],
      ['/sujets/*/*/*/', '/sujets/justice/page/2/'],
    ]);
  });

  it('lets a preferred page represent its pattern', () => {
    expect(pickPagePerRoute(paths, ['/articles/lead/']).get('/articles/*/')).toBe('/articles/lead/');
  });
});

describe('listPagePaths', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-pages-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lists HTML pages as URL paths and ignores other files', () => {
    for (const file of [
      'index.html',
      '404.html',
      'articles/x/index.html',
      'rss.xml',
      '_astro/a.css',
      'pagefind/pagefind.js',
    ]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    expect(listPagePaths(dist)).toEqual(['/', '/404.html', '/articles/x/']);
  });
});
