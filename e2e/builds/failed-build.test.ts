/**
 * A failed build never touches the published site (issue #15, finding 2): Astro renders into a
 * staging folder and only a successful build is swapped in. Before, a corpus error emptied the
 * output folder and left `.prerender/` chunks holding the drafts' text in it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentDir, makeArticle, makeBaseCorpus, writeCorpus } from './support/build-fixture.ts';
import { listFiles } from './support/dist-files.ts';

describe('a failed build', () => {
  const draftText = 'Brouillon confidentiel : ne pas publier.';
  const contentDir = writeCorpus('failed-build', [
    ...makeBaseCorpus(),
    makeArticle('brouillon', { draft: true }, `${draftText}\n`),
  ]);
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  it('leaves the previously published site byte for byte, with no build-internal file', async () => {
    const good = await buildContentDir('failed-build', contentDir);
    expect(good.exitCode, good.output).toBe(0);
    const files = listFiles(good.outDir);
    const bytes = new Map(files.map((file) => [file, readFileSync(join(good.outDir, file))]));
    expect(files).toContain('articles/accord-de-cooperation/index.html');

    // An unknown topic is a corpus error: the build must fail after Astro has started writing.
    writeFileSync(
      join(contentDir, 'articles', 'sujet-inconnu.md'),
      makeArticle('sujet-inconnu', { topics: ['inexistant'] }).text,
    );
    const failed = await buildContentDir('failed-build', contentDir, { keepPrevious: true });
    expect(failed.exitCode, failed.output).not.toBe(0);
    expect(failed.output).toContain('inexistant');

    const after = listFiles(failed.outDir);
    expect(after).toEqual(files);
    expect(after.filter((file) => !readFileSync(join(failed.outDir, file)).equals(bytes.get(file)!))).toEqual([]);
    expect(after.filter((file) => file.startsWith('.'))).toEqual([]);
    for (const file of after) expect(readFileSync(join(failed.outDir, file), 'utf8')).not.toContain(draftText);
  });
});
