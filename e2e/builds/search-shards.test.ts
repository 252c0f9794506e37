/**
 * The sharded, incremental search index, end to end: a generated corpus over ten years is built
 * cold; one story's text is edited and the site built again over the first one, as `npm run build`
 * publishes (an incremental build through the staging folder). The second build must rebuild
 * only the shards whose indexed text changed (not those whose related lists did), hard-link the
 * others, give the same index as a cold build of the edited corpus, and its search page must find
 * the edited words and stories of every year.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus/generate.ts';
import { extractIndexedContent } from '../../src/lib/search/indexed-content.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { parseShardManifest, type ShardManifest } from '../../src/lib/search/shards.ts';
import { buildContentDir, writeCorpus, type FixtureBuildResult } from './support/build-fixture.ts';
import { listFiles } from './support/dist-files.ts';

const NAME = 'search-shards';
/** After the last generated story (the generator spans 2016–2025). */
const SOURCE_DATE_EPOCH = Date.parse('2026-06-01T12:00:00Z') / 1000;
/** A word no generated story has, added to the edited story. */
const EDITED_WORD = 'zygomorphe';

/** Animal names no generated story uses, one per year. */
const MARKERS = [
  'quokka',
  'wapiti',
  'kinkajou',
  'gerenuk',
  'jaguarondi',
  'binturong',
  'okapi',
  'axolotl',
  'pangolin',
  'dugong',
  'narval',
  'ocelot',
];

function readManifest(site: string): ShardManifest {
  const manifest = parseShardManifest(readFileSync(join(site, 'pagefind/shards.json'), 'utf8'));
  if (!manifest) throw new Error(`${site}/pagefind/shards.json is not a shard manifest`);
  return manifest;
}

/** Inode of each file of a shard folder, by relative path. */
function shardInodes(site: string, year: string): Map<string, number> {
  const folder = join(site, 'pagefind', year);
  return new Map(listFiles(folder).map((file) => [file, statSync(join(folder, file)).ino]));
}

describe('sharded search index, edited and rebuilt', () => {
  let contentDir: string;
  let first: FixtureBuildResult;
  /** The first site as it was before the edit build replaced it: manifest, pages, shard inodes. */
  let firstManifest: ShardManifest;
  let firstPages: Map<string, Buffer>;
  let firstInodes: Map<string, Map<string, number>>;
  let firstArticlePages: string[];
  let firstFiles: string[];
  let staged: FixtureBuildResult;
  let cold: FixtureBuildResult;
  let editedPath: string;
  let editedYear: string;
  let markerPaths: Map<string, string>;
  let markerWords: Map<string, string>;

  beforeAll(async () => {
    const files = generateCorpus({ n: 40, seed: 5, wordsPerStory: 80 }).map((f) => ({ path: f.path, text: f.content }));
    // One story per year carries that year's marker word, so a search can name each year.
    markerPaths = new Map();
    markerWords = new Map();
    for (const file of files) {
      const year = /publishedAt: "(\d{4})/.exec(file.text)?.[1];
      if (!year || markerPaths.has(year)) continue;
      const word = MARKERS[markerWords.size]!;
      markerPaths.set(year, `/articles/${file.path.slice('articles/'.length, -'.md'.length)}/`);
      markerWords.set(year, word);
      file.text += `\nUn document cite le mot ${word}.\n`;
    }
    contentDir = writeCorpus(NAME, files);
    first = await buildContentDir(NAME, contentDir, { sourceDateEpoch: SOURCE_DATE_EPOCH });
    if (first.exitCode !== 0) return;
    firstManifest = readManifest(first.outDir);
    firstArticlePages = readdirSync(join(first.outDir, 'articles')).map((slug) => `/articles/${slug}/`);
    firstFiles = listFiles(first.outDir);
    const allPaths = Object.values(firstManifest.shards).flatMap((shard) => shard.paths);
    firstPages = new Map(allPaths.map((path) => [path, readFileSync(join(first.outDir, path, 'index.html'))]));
    firstInodes = new Map(Object.keys(firstManifest.shards).map((year) => [year, shardInodes(first.outDir, year)]));

    // Edit a story of a year in the middle of the archive.
    const years = [...markerPaths.keys()].sort();
    editedYear = years[Math.floor(years.length / 2)]!;
    editedPath = markerPaths.get(editedYear)!;
    const editedFile = join(contentDir, 'articles', `${editedPath.split('/')[2]}.md`);
    // Its headline is corrected too: the « À lire aussi » lists naming it, in other years, change with it.
    const edited = readFileSync(editedFile, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1, selon un témoin"');
    writeFileSync(editedFile, `${edited}\nUn témoin décrit un insigne ${EDITED_WORD}.\n`);

    // Same output and cache folders: an incremental build publishing over the first site.
    staged = await buildContentDir(NAME, contentDir, { sourceDateEpoch: SOURCE_DATE_EPOCH, keepPrevious: true });
    cold = await buildContentDir(`${NAME}-cold`, contentDir, { sourceDateEpoch: SOURCE_DATE_EPOCH });
  });

  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  it('builds one shard per year, all of them on a first build', () => {
    expect(first.exitCode, first.output).toBe(0);
    const manifest = firstManifest;
    expect(Object.keys(manifest.shards).sort()).toEqual([...markerPaths.keys()].sort());
    expect(markerPaths.size).toBeGreaterThanOrEqual(8);
    expect(firstArticlePages.length).toBe(40);
    const articlePages = firstArticlePages;
    expect(
      Object.values(manifest.shards)
        .flatMap((s) => s.paths)
        .sort(),
    ).toEqual(articlePages.sort());
    expect(first.output).toContain('reused none');
    expect(firstFiles).not.toContain('search-pages.json');
  });

  it('rebuilds only the shards holding a page whose indexed text changed, and hard-links the others', () => {
    expect(staged.exitCode, staged.output).toBe(0);
    expect(staged.output).toContain('incremental build');
    // Years with a page that differs between the first site and the rebuilt one: as a whole page,
    // and in what Pagefind reads of it.
    const yearsWhere = (differs: (before: Buffer, after: Buffer) => boolean) =>
      Object.entries(firstManifest.shards)
        .filter(([, shard]) =>
          shard.paths.some((path) =>
            differs(firstPages.get(path)!, readFileSync(join(staged.outDir, path, 'index.html'))),
          ),
        )
        .map(([year]) => year)
        .sort();
    const htmlChangedYears = yearsWhere((before, after) => !before.equals(after));
    const indexChangedYears = yearsWhere(
      (before, after) =>
        extractIndexedContent(before.toString('utf8')) !== extractIndexedContent(after.toString('utf8')),
    );
    expect(indexChangedYears).toEqual([editedYear]);
    // The edit reached other years' « À lire aussi »: those pages changed, their search records did not.
    expect(htmlChangedYears.length, 'the edit must change pages of other years').toBeGreaterThan(1);
    for (const year of Object.keys(firstManifest.shards).filter((y) => y !== editedYear)) {
      expect(shardInodes(staged.outDir, year), `shard ${year} is the published one`).toEqual(firstInodes.get(year));
    }
    const before = firstInodes.get(editedYear)!;
    const after = shardInodes(staged.outDir, editedYear);
    expect(
      [...after].filter(([file, inode]) => before.get(file) === inode),
      `shard ${editedYear} was written anew`,
    ).toEqual([]);
    expect(staged.output).toMatch(new RegExp(`rebuilt ${editedYear} \\(page changed, \\d+ pages\\); reused`));
  });

  it('gives the same search index as a cold build of the edited corpus, byte for byte', () => {
    expect(cold.exitCode, cold.output).toBe(0);
    const coldFiles = listFiles(join(cold.outDir, 'pagefind'));
    expect(listFiles(join(staged.outDir, 'pagefind'))).toEqual(coldFiles);
    const differing = coldFiles.filter(
      (file) =>
        !readFileSync(join(cold.outDir, 'pagefind', file)).equals(readFileSync(join(staged.outDir, 'pagefind', file))),
    );
    expect(differing).toEqual([]);
  });

  describe('the search page of the rebuilt site', () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await startStaticServer(staged.outDir);
      const executablePath = process.env.CHROMIUM_PATH || undefined;
      browser = await chromium.launch({
        executablePath,
        args: executablePath ? ['--headless', '--no-sandbox', '--disable-gpu'] : [],
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Result links of a search made by the page itself (`/recherche/?q=…`). */
    async function search(query: string): Promise<string[]> {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/recherche/?q=${encodeURIComponent(query)}`);
        const status = page.locator('[data-search-status]');
        await status.filter({ hasText: /résultat/ }).waitFor({ timeout: 60_000 });
        return await page
          .locator('[data-search-results] a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      } finally {
        await page.close();
      }
    }

    it('finds the edited words', async () => {
      expect(await search(EDITED_WORD)).toEqual([editedPath]);
    });

    it('finds stories of every year, from reused and rebuilt shards alike', async () => {
      for (const [year, path] of markerPaths) {
        // The word is in that story only, so finding it there proves the year's index was searched
        // (Pagefind may add looser matches after it).
        expect(await search(markerWords.get(year)!), `year ${year}`).toContain(path);
      }
    });
  });
});
