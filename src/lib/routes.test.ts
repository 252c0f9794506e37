import { describe, expect, it } from 'vitest';
import { getArticlePath, getPageKind, getTopicFeedPath, getTopicPath, isInSitemap, toSitePath } from './routes.ts';

describe('getPageKind', () => {
  it.each([
    ['/', 'home'],
    [getArticlePath('accord'), 'article'],
    ['/sujets/', 'topic-index'],
    [getTopicPath('terrorisme'), 'topic'],
    [getTopicPath('terrorisme', 3), 'topic'],
    ['/a-propos/', 'about'],
    ['/recherche/', 'search'],
    ['/404.html', 'not-found'],
    ['/rss.xml', 'site-feed'],
    [getTopicFeedPath('terrorisme'), 'topic-feed'],
    ['/articles/', undefined],
    ['/articles/a/b/', undefined],
    ['/sujets/terrorisme/page/deux/', undefined],
  ])('%s → %s', (path, kind) => expect(getPageKind(path)).toBe(kind));
});

describe('isInSitemap', () => {
  it('lists indexable pages only', () => {
    expect(['/', '/articles/x/', '/sujets/', '/sujets/x/page/2/', '/a-propos/'].every(isInSitemap)).toBe(true);
    expect(['/recherche/', '/404/', '/rss.xml', '/inconnu/'].some(isInSitemap)).toBe(false);
  });
});

describe('toSitePath', () => {
  it.each([
    ['index.html', '/'],
    ['articles/x/index.html', '/articles/x/'],
    ['404.html', '/404.html'],
    ['sujets/x/rss.xml', '/sujets/x/rss.xml'],
  ])('%s → %s', (file, path) => expect(toSitePath(file)).toBe(path));
});
