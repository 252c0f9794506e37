/**
 * The build is reproducible: the real `content/`, built twice from cold caches with the same
 * SOURCE_DATE_EPOCH, gives the same files, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentDir, ROOT } from './support/build-fixture.ts';
import { listFiles } from './support/dist-files.ts';

/** A fixed "now" (2026-11-26T12:00:00Z), so the news window is the same for both builds. */
const SOURCE_DATE_EPOCH = 1_795_694_400;

describe('reproducible build', () => {
  it('builds content/ twice into identical files', async () => {
    const first = await buildContentDir('reproducible-a', join(ROOT, 'content'), {
      sourceDateEpoch: SOURCE_DATE_EPOCH,
    });
    expect(first.exitCode, first.output).toBe(0);
    const second = await buildContentDir('reproducible-b', join(ROOT, 'content'), {
      sourceDateEpoch: SOURCE_DATE_EPOCH,
    });
    expect(second.exitCode, second.output).toBe(0);

    const firstFiles = listFiles(first.outDir);
    const secondFiles = listFiles(second.outDir);
    expect(secondFiles, 'the same file names').toEqual(firstFiles);
    expect(firstFiles.length).toBeGreaterThan(0);
    const differing = firstFiles.filter(
      (file) => !readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file))),
    );
    expect(differing, 'files whose bytes differ').toEqual([]);
  });
});
