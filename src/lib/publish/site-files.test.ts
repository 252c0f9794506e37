import { describe, expect, it } from 'vitest';
import { isBuildInternal, planSiteFiles, toOutputFile } from './site-files.ts';

describe('toOutputFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/articles/x/', 'articles/x/index.html'],
    ['/sujets/t/page/2/', 'sujets/t/page/2/index.html'],
    ['/rss.xml', 'rss.xml'],
    ['/sujets/t/rss.xml', 'sujets/t/rss.xml'],
  ])('%s → %s', (path, file) => expect(toOutputFile(path)).toBe(file));
});

describe('planSiteFiles', () => {
  const publishedFiles = [
    'index.html',
    'articles/a/index.html',
    'articles/b/index.html',
    'articles/gone/index.html',
    'og/articles/a.png',
    'og/articles/gone.png',
    '_astro/old.css',
    'pagefind/2016/pagefind.js',
    'rss.xml',
  ];
  const stagedFiles = [
    'index.html',
    'articles/b/index.html',
    'og/articles/a.png',
    '_astro/new.css',
    'rss.xml',
    '.prerender/chunk.mjs',
  ];
  const plan = planSiteFiles({ publishedFiles, stagedFiles, removedPaths: ['/articles/gone/'] });

  it('takes every staged file except build-internal ones: whole folders as folders, other files one by one', () => {
    expect(plan.take).toEqual(['index.html', 'articles/b/index.html', 'rss.xml']);
    expect(plan.takeFolders).toEqual(['_astro', 'og']);
    expect(plan.filesInTakenFolders).toBe(2);
  });

  it('keeps unchanged published pages, and neither replaced files, removed pages nor whole folders', () => {
    expect(plan.keep).toEqual(['articles/a/index.html']);
  });

  it('never publishes build-internal files', () => {
    expect(isBuildInternal('.prerender/chunks/x.mjs')).toBe(true);
    expect(isBuildInternal('articles/x/index.html')).toBe(false);
  });
});
