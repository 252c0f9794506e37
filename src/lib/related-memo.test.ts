import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRelatedMemoKey, readRelatedMemo, writeRelatedMemo } from './related-memo.ts';

const STORIES = [
  { id: 'accord', digest: 'a1' },
  { id: 'proces', digest: 'p1' },
];

describe('getRelatedMemoKey', () => {
  const key = getRelatedMemoKey('fp', { limit: 4 }, STORIES);

  it('does not depend on the order of the stories', () => {
    expect(getRelatedMemoKey('fp', { limit: 4 }, [...STORIES].reverse())).toBe(key);
  });

  it('changes with the code, the options, a story edited, added or left out', () => {
    const others = [
      getRelatedMemoKey('fp2', { limit: 4 }, STORIES),
      getRelatedMemoKey('fp', { limit: 5 }, STORIES),
      getRelatedMemoKey('fp', { limit: 4 }, [STORIES[0]!, { id: 'proces', digest: 'p2' }]),
      getRelatedMemoKey('fp', { limit: 4 }, [...STORIES, { id: 'frontiere', digest: 'f1' }]),
      getRelatedMemoKey('fp', { limit: 4 }, [STORIES[0]!]),
    ];
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('readRelatedMemo / writeRelatedMemo', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vigie-related-memo-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives back what was written under the same key only', () => {
    const file = join(root, 'memo/related.json');
    const related = new Map([
      ['accord', ['proces']],
      ['proces', []],
    ]);
    writeRelatedMemo(file, 'k1', related);
    expect(readRelatedMemo(file, 'k1')).toEqual(related);
    expect(readRelatedMemo(file, 'k2')).toBeUndefined();
  });

  it('treats a missing or damaged file as no memo', () => {
    expect(readRelatedMemo(join(root, 'absent.json'), 'k1')).toBeUndefined();
    const file = join(root, 'damaged.json');
    writeFileSync(file, '{"key":"k1"');
    expect(readRelatedMemo(file, 'k1')).toBeUndefined();
  });
});
