import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './write-file-atomically.ts';

describe('writeFileAtomically', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vigie-atomic-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the folder, replaces an existing file and leaves no temporary file', () => {
    const file = join(root, 'a/b/memo.json');
    writeFileAtomically(file, 'premier');
    writeFileAtomically(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(root, 'a/b'))).toEqual(['memo.json']);
  });
});
