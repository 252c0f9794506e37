import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCleanFileMemo } from './clean-files-memo.ts';
import { CONTENT_CHECKS_DIGEST, findContentFolderProblems } from './content-files.ts';

const CLEAN = Buffer.from('---\ntitle: "Sécurité"\n---\n\nTexte.\n');
const OTHER = Buffer.from('---\ntitle: "Frontières"\n---\n\nTexte.\n');
const LATIN1 = Buffer.from('---\ntitle: "Sécurité"\n---\n\nTexte.\n', 'latin1');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vigie-clean-memo-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('openCleanFileMemo', () => {
  it('remembers files marked clean across builds, by their bytes', () => {
    const file = join(root, 'memo/articles.json');
    const first = openCleanFileMemo(file, 'checks-a');
    expect(first.isKnownClean(CLEAN)).toBe(false);
    first.markClean(CLEAN);
    first.save();
    const second = openCleanFileMemo(file, 'checks-a');
    expect(second.isKnownClean(CLEAN)).toBe(true);
    expect(second.isKnownClean(OTHER)).toBe(false);
  });

  it('forgets every verdict when the checks change', () => {
    const file = join(root, 'articles.json');
    const memo = openCleanFileMemo(file, 'checks-a');
    memo.markClean(CLEAN);
    memo.save();
    expect(openCleanFileMemo(file, 'checks-b').isKnownClean(CLEAN)).toBe(false);
  });

  it('keeps only the files seen in the last pass', () => {
    const file = join(root, 'articles.json');
    const first = openCleanFileMemo(file, 'checks-a');
    first.markClean(CLEAN);
    first.markClean(OTHER);
    first.save();
    const second = openCleanFileMemo(file, 'checks-a');
    expect(second.isKnownClean(CLEAN)).toBe(true);
    second.save();
    expect(openCleanFileMemo(file, 'checks-a').isKnownClean(OTHER)).toBe(false);
  });

  it('treats a damaged or foreign memo file as empty', () => {
    for (const text of ['{not json', '[]', '{"checks":"checks-a","clean":"x"}']) {
      const file = join(root, 'damaged.json');
      writeFileSync(file, text);
      expect(openCleanFileMemo(file, 'checks-a').isKnownClean(CLEAN)).toBe(false);
    }
  });
});

describe('findContentFolderProblems with a memo', () => {
  it('records clean files only, so a bad file is reported on every build', () => {
    const folder = join(root, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'propre.md'), CLEAN);
    writeFileSync(join(folder, 'latin.md'), LATIN1);
    const memoFile = join(root, 'memo.json');
    for (let build = 0; build < 2; build++) {
      const memo = openCleanFileMemo(memoFile, CONTENT_CHECKS_DIGEST);
      const problems = findContentFolderProblems(folder, (name) => name.endsWith('.md'), memo);
      expect(problems.map((p) => [p.filePath.endsWith('latin.md'), p.field])).toEqual([[true, 'encoding']]);
      memo.save();
    }
    const memo = openCleanFileMemo(memoFile, CONTENT_CHECKS_DIGEST);
    expect(memo.isKnownClean(CLEAN)).toBe(true);
    expect(memo.isKnownClean(LATIN1)).toBe(false);
  });

  it('checks a file again once its bytes change', () => {
    const folder = join(root, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.md'), CLEAN);
    const memoFile = join(root, 'memo.json');
    const first = openCleanFileMemo(memoFile, CONTENT_CHECKS_DIGEST);
    expect(findContentFolderProblems(folder, () => true, first)).toEqual([]);
    first.save();
    writeFileSync(join(folder, 'a.md'), '---\ntitle: &t "x"\ndescription: *t\n---\n\nTexte.\n');
    const second = openCleanFileMemo(memoFile, CONTENT_CHECKS_DIGEST);
    expect(findContentFolderProblems(folder, () => true, second).map((p) => p.field)).toEqual([
      'frontmatter',
      'frontmatter',
    ]);
  });

  it('has a digest of the checks', () => {
    expect(CONTENT_CHECKS_DIGEST).toMatch(/^[0-9a-f]{16}$/);
  });
});
