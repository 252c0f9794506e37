/**
 * Incremental publishing (issue #12): a rebuild that renders only changed pages publishes the
 * same site, byte for byte, as a cold build of the same content. Exercised on a generated corpus
 * large enough for paginated topic pages, related stories across years and several feeds: one
 * story edited, one deleted, then a rebuild with no change.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_BUILD_TIME_MS, generateCorpus, writeCorpus } from '../../scripts/corpus/generate.ts';
import { buildContentDir, type FixtureBuildResult } from './support/build-fixture.ts';
import { listFiles } from './support/dist-files.ts';

/** The build's "now": after every story and update of the generated archive. */
const SOURCE_DATE_EPOCH = CORPUS_BUILD_TIME_MS / 1000;
const STORIES = 120;

function differingFiles(a: string, b: string): { missing: string[]; extra: string[]; different: string[] } {
  const aFiles = listFiles(a);
  const bFiles = new Set(listFiles(b));
  return {
    missing: aFiles.filter((file) => !bFiles.has(file)),
    extra: [...bFiles].filter((file) => !aFiles.includes(file)),
    different: aFiles.filter(
      (file) => bFiles.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
    ),
  };
}

const sameSite = { missing: [], extra: [], different: [] };

describe('incremental publishing', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'vigie-incremental-'));
  const articles = join(contentDir, 'articles');
  let edited = '';
  let deleted = '';
  let cold: FixtureBuildResult;
  let incremental: FixtureBuildResult;
  let coldOfEdited: FixtureBuildResult;
  let beforeEdit = '';

  beforeAll(async () => {
    writeCorpus(contentDir, generateCorpus({ n: STORIES, seed: 7, wordsPerStory: 120 }));
    const names = listFiles(articles).sort();
    edited = names[Math.floor(names.length / 2)]!;
    deleted = names[3]!;
    const options = { sourceDateEpoch: SOURCE_DATE_EPOCH };
    cold = await buildContentDir('incremental', contentDir, options);
    beforeEdit = mkdtempSync(join(tmpdir(), 'vigie-incremental-before-'));
    cpSync(cold.outDir, beforeEdit, { recursive: true });

    const file = join(articles, edited);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nUne phrase ajoutée par la rédaction : zanzibar.\n`);
    rmSync(join(articles, deleted));
    incremental = await buildContentDir('incremental', contentDir, { ...options, keepPrevious: true });
    coldOfEdited = await buildContentDir('incremental-cold', contentDir, options);
  }, 1_200_000);

  afterAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(beforeEdit, { recursive: true, force: true });
  });

  it('builds cold, then incrementally after an edit and a deletion', () => {
    expect(cold.exitCode, cold.output).toBe(0);
    expect(cold.output).toContain('full build');
    expect(incremental.exitCode, incremental.output).toBe(0);
    expect(incremental.output).toContain('incremental build');
    expect(coldOfEdited.exitCode, coldOfEdited.output).toBe(0);
  });

  it('renders far fewer pages than the cold build', () => {
    const rendered = (output: string) => Number(/(\d+) page\(s\) built/.exec(output)?.[1]);
    expect(rendered(cold.output)).toBeGreaterThan(STORIES);
    expect(rendered(incremental.output)).toBeLessThan(rendered(cold.output) / 3);
  });

  it('publishes exactly the files of a cold build of the edited content', () => {
    expect(differingFiles(coldOfEdited.outDir, incremental.outDir)).toEqual(sameSite);
  });

  it('publishes the edit and removes the deleted story', () => {
    const slug = edited.replace(/\.md$/, '');
    expect(readFileSync(join(incremental.outDir, 'articles', slug, 'index.html'), 'utf8')).toContain('zanzibar');
    expect(listFiles(incremental.outDir)).not.toContain(`articles/${deleted.replace(/\.md$/, '')}/index.html`);
    expect(differingFiles(beforeEdit, incremental.outDir)).not.toEqual(sameSite);
  });

  it('rebuilds with no change into the same site', async () => {
    const again = await buildContentDir('incremental', contentDir, {
      sourceDateEpoch: SOURCE_DATE_EPOCH,
      keepPrevious: true,
    });
    expect(again.exitCode, again.output).toBe(0);
    expect(differingFiles(coldOfEdited.outDir, again.outDir)).toEqual(sameSite);
  }, 600_000);
});
