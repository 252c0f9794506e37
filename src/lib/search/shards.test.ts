import { describe, expect, it } from 'vitest';
import {
  buildShardManifest,
  digestPaths,
  getShardYear,
  groupPagesByShard,
  listSearchPages,
  listShards,
  parseSearchPages,
  parseShardManifest,
  planShards,
  type SearchPage,
} from './shards.ts';

const SETTINGS = 'settings-a';

const PAGES: SearchPage[] = [
  { path: '/articles/b-2017/', year: '2017' },
  { path: '/articles/a-2017/', year: '2017' },
  { path: '/articles/c-2018/', year: '2018' },
  { path: '/articles/d-2019/', year: '2019' },
];

const PREVIOUS = buildShardManifest(PAGES, SETTINGS);

describe('getShardYear', () => {
  it('takes the year in Brussels, not in UTC', () => {
    // 31 December 2016, 23:30 UTC is already 1 January 2017 in Brussels (UTC+1).
    expect(getShardYear(new Date('2016-12-31T23:30:00Z'))).toBe('2017');
    expect(getShardYear(new Date('2016-12-31T22:30:00Z'))).toBe('2016');
  });

  it('gives each story its year through listSearchPages', () => {
    const stories = [
      { path: '/articles/x/', data: { publishedAt: new Date('2017-01-06T19:00:00+01:00') } },
      { path: '/articles/y/', data: { publishedAt: new Date('2020-06-01T08:00:00+02:00') } },
    ];
    expect(listSearchPages(stories)).toEqual([
      { path: '/articles/x/', year: '2017' },
      { path: '/articles/y/', year: '2020' },
    ]);
  });
});

describe('grouping and manifest', () => {
  it('groups paths by year, sorted, and lists years newest first', () => {
    expect(groupPagesByShard(PAGES).get('2017')).toEqual(['/articles/a-2017/', '/articles/b-2017/']);
    expect(listShards(PAGES)).toEqual(['2019', '2018', '2017']);
  });

  it('splits a year of more than maxPages stories into near-equal parts, in path order', () => {
    const year = (n: number, y: string) =>
      Array.from({ length: n }, (_, i) => ({ path: `/articles/s${String(i).padStart(2, '0')}-${y}/`, year: y }));
    const pages = [...year(7, '2025'), ...year(3, '2024'), ...year(2, '2023')];
    const shards = groupPagesByShard(pages, 3);
    expect([...shards.keys()]).toEqual(['2025-1', '2025-2', '2025-3', '2024', '2023']);
    expect([...shards.values()].map((paths) => paths.length)).toEqual([2, 3, 2, 3, 2]);
    expect(shards.get('2025-1')).toEqual(['/articles/s00-2025/', '/articles/s01-2025/']);
    // Every page in exactly one shard.
    expect([...shards.values()].flat().sort()).toEqual(pages.map((p) => p.path).sort());
    expect(listShards(pages, 3)).toEqual([...shards.keys()]);
    const manifest = buildShardManifest(pages, SETTINGS, 3);
    expect(parseShardManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('rebuilds only the part holding a changed page, and every part of a year whose membership changed', () => {
    const pages = Array.from({ length: 6 }, (_, i) => ({ path: `/articles/s${i}-2025/`, year: '2025' }));
    const previous = buildShardManifest(pages, SETTINGS, 3);
    const edited = planShards({
      pages,
      changedPaths: new Set(['/articles/s4-2025/']),
      previous,
      settings: SETTINGS,
      maxPages: 3,
    });
    expect(edited.rebuild).toEqual([{ shard: '2025-2', reason: 'page changed' }]);
    expect(edited.reuse).toEqual(['2025-1']);
    const grown = planShards({
      pages: [...pages, { path: '/articles/s6-2025/', year: '2025' }],
      changedPaths: new Set(),
      previous,
      settings: SETTINGS,
      maxPages: 3,
    });
    expect(grown.rebuild.map((r) => r.shard)).toEqual(['2025-1', '2025-2', '2025-3']);
  });

  it('records each shard with the digest of its sorted paths', () => {
    expect(PREVIOUS.settings).toBe(SETTINGS);
    expect(Object.keys(PREVIOUS.shards).sort()).toEqual(['2017', '2018', '2019']);
    expect(PREVIOUS.shards['2017']).toEqual({
      paths: ['/articles/a-2017/', '/articles/b-2017/'],
      digest: digestPaths(['/articles/a-2017/', '/articles/b-2017/']),
    });
    expect(digestPaths(['/articles/a/'])).not.toBe(digestPaths(['/articles/b/']));
  });

  it('reads back the manifest it writes, and refuses damaged ones', () => {
    expect(parseShardManifest(JSON.stringify(PREVIOUS))).toEqual(PREVIOUS);
    expect(parseShardManifest('not json')).toBeUndefined();
    expect(parseShardManifest(JSON.stringify({ ...PREVIOUS, version: 99 }))).toBeUndefined();
    expect(
      parseShardManifest(JSON.stringify({ ...PREVIOUS, shards: { 2017: { paths: ['/../etc/'], digest: 'x' } } })),
    ).toBeUndefined();
  });
});

describe('planShards', () => {
  const plan = (changes: Partial<Parameters<typeof planShards>[0]>) =>
    planShards({ pages: PAGES, changedPaths: new Set(), previous: PREVIOUS, settings: SETTINGS, ...changes });

  it('reuses every shard when nothing changed', () => {
    expect(plan({})).toEqual({ rebuild: [], reuse: ['2019', '2018', '2017'], drop: [] });
  });

  it('rebuilds only the shard of a changed page', () => {
    expect(plan({ changedPaths: new Set(['/articles/c-2018/']) })).toEqual({
      rebuild: [{ shard: '2018', reason: 'page changed' }],
      reuse: ['2019', '2017'],
      drop: [],
    });
  });

  it('ignores changed paths that are not indexed pages', () => {
    expect(plan({ changedPaths: new Set(['/', '/sujets/terrorisme/']) }).rebuild).toEqual([]);
  });

  it('rebuilds every shard without a previous index or with other settings', () => {
    expect(plan({ previous: undefined }).rebuild).toEqual([
      { shard: '2019', reason: 'no previous index' },
      { shard: '2018', reason: 'no previous index' },
      { shard: '2017', reason: 'no previous index' },
    ]);
    expect(plan({ settings: 'settings-b' }).rebuild.map((s) => s.reason)).toEqual([
      'settings changed',
      'settings changed',
      'settings changed',
    ]);
  });

  it('rebuilds a shard that gained or lost a page, and both shards of a story that changed year', () => {
    const added = plan({ pages: [...PAGES, { path: '/articles/e-2017/', year: '2017' }] });
    expect(added.rebuild).toEqual([{ shard: '2017', reason: 'pages added or removed' }]);
    const moved = plan({
      pages: PAGES.map((p) => (p.path === '/articles/c-2018/' ? { ...p, year: '2019' } : p)),
    });
    expect(moved.rebuild).toEqual([{ shard: '2019', reason: 'pages added or removed' }]);
    expect(moved.drop).toEqual(['2018']);
  });

  it('builds a new year and drops a year left without pages', () => {
    const result = plan({
      pages: [...PAGES.filter((p) => p.year !== '2019'), { path: '/articles/f-2020/', year: '2020' }],
    });
    expect(result).toEqual({
      rebuild: [{ shard: '2020', reason: 'new shard' }],
      reuse: ['2018', '2017'],
      drop: ['2019'],
    });
  });
});

describe('parseSearchPages', () => {
  const file = '/site/search-pages.json';

  it('accepts the route output', () => {
    expect(parseSearchPages(JSON.stringify(PAGES), file)).toEqual(PAGES);
  });

  it.each([
    ['not json', /not JSON/],
    ['{}', /expected an array/],
    [
      JSON.stringify([{ path: '/sujets/x/', year: '2017' }]),
      /entry 0: path "\/sujets\/x\/" is not \/articles\/<slug>\//,
    ],
    [JSON.stringify([{ path: '/articles/x/', year: '17' }]), /entry 0 \(\/articles\/x\/\): year "17"/],
    [JSON.stringify([PAGES[0], PAGES[0]]), /entry 1: \/articles\/b-2017\/ is listed twice/],
  ])('refuses %s, naming the file and the route to fix', (text, message) => {
    expect(() => parseSearchPages(text, file)).toThrow(message);
    expect(() => parseSearchPages(text, file)).toThrow(
      /\/site\/search-pages\.json: .*src\/pages\/search-pages\.json\.ts/,
    );
  });
});
