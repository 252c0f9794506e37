import { link, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkOrCopyFile } from './link-or-copy.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigie-link-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const crossDevice = async () => {
  throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
};

describe('linkOrCopyFile', () => {
  it('hard-links the source: same inode, no bytes written', async () => {
    const source = join(dir, 'a.png');
    await writeFile(source, 'card');
    expect(await linkOrCopyFile(source, join(dir, 'b.png'))).toBe('linked');
    const [a, b] = await Promise.all([stat(source), stat(join(dir, 'b.png'))]);
    expect(b.ino).toBe(a.ino);
    expect(a.nlink).toBe(2);
  });

  it('replaces an existing destination by rename, leaving the file it replaced untouched', async () => {
    const source = join(dir, 'new.png');
    const destination = join(dir, 'published.png');
    const previous = join(dir, 'previous-site.png');
    await writeFile(source, 'new card');
    await writeFile(previous, 'old card');
    // The destination shares its inode with a file of the previous site, as after a publish.
    await linkOrCopyFile(previous, destination);
    expect(await linkOrCopyFile(source, destination)).toBe('linked');
    expect(await readFile(destination, 'utf8')).toBe('new card');
    expect(await readFile(previous, 'utf8')).toBe('old card');
    expect((await stat(destination)).ino).toBe((await stat(source)).ino);
  });

  it('copies when the file system refuses hard links (another device)', async () => {
    const source = join(dir, 'a.png');
    await writeFile(source, 'card');
    expect(await linkOrCopyFile(source, join(dir, 'b.png'), { link: crossDevice })).toBe('copied');
    expect(await readFile(join(dir, 'b.png'), 'utf8')).toBe('card');
    expect((await stat(join(dir, 'b.png'))).ino).not.toBe((await stat(source)).ino);
  });

  it('copies over an existing destination without writing into it', async () => {
    const source = join(dir, 'a.png');
    const destination = join(dir, 'b.png');
    const other = join(dir, 'other.png');
    await writeFile(source, 'new');
    await writeFile(other, 'old');
    await linkOrCopyFile(other, destination);
    // The destination exists (EEXIST), then the temporary link is refused (EXDEV).
    const fs = { link: async (a: string, b: string) => (b === destination ? link(a, b) : crossDevice()) };
    expect(await linkOrCopyFile(source, destination, fs)).toBe('copied');
    expect(await readFile(destination, 'utf8')).toBe('new');
    expect(await readFile(other, 'utf8')).toBe('old');
  });

  it('reports other errors (missing source) and leaves no temporary file', async () => {
    await expect(linkOrCopyFile(join(dir, 'missing.png'), join(dir, 'b.png'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
