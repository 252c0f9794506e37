/**
 * A build over broken content must fail and tell the editor which file, which field and what to
 * do. One real `astro build` per case, so each message is the one an editor would read.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, makeBaseCorpus } from './support/build-fixture.ts';
import { BROKEN_ENTRY_CASES } from './support/broken-entries.ts';

/** Matches `fileName` as a whole path segment (`affaire.md` must not match inside `Affaire.md`). */
function mentionOf(fileName: string): RegExp {
  return new RegExp(`(?:^|[/\\s])${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`, 'm');
}

describe('content validation in the build', () => {
  // The control: without it, every case below could fail for one unrelated reason.
  it('builds the valid base corpus', async () => {
    const { exitCode, output } = await buildFixture('validation-base', makeBaseCorpus());
    expect(exitCode, output).toBe(0);
  });

  it.each(BROKEN_ENTRY_CASES.map((c) => [c.name, c] as const))(
    '%s fails the build, naming the file, the field and the fix',
    async (_name, brokenCase) => {
      const { exitCode, output } = await buildFixture(`validation-${brokenCase.name}`, brokenCase.files);
      expect(exitCode, `the build succeeded:\n${output}`).not.toBe(0);
      for (const fileName of brokenCase.fileNames) expect(output, `file name ${fileName}`).toMatch(mentionOf(fileName));
      if (typeof brokenCase.field === 'string') expect(output, 'field').toContain(brokenCase.field);
      else expect(output, 'field').toMatch(brokenCase.field);
      expect(output, 'gist of the fix').toMatch(brokenCase.fix);
    },
  );
});
