import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { ensureWritableFolder, writeFileAtomic } from './write-entry.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigie-write-'));
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await chmod(join(root, 'articles'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('writeFileAtomic', () => {
  it('creates the missing folder and writes the text exactly, leaving no temporary file', async () => {
    const target = join(root, 'articles', 'a.md');
    await writeFileAtomic(target, 'Été\n', { force: false });
    expect(await readFile(target, 'utf8')).toBe('Été\n');
    expect(await readdir(join(root, 'articles'))).toEqual(['a.md']);
  });

  it('refuses to replace an existing file without force, naming it and the fix', async () => {
    const target = join(root, 'a.md');
    await writeFile(target, 'ancien');
    const error = await failure(
      writeFileAtomic(target, 'nouveau', { force: false, existsHint: 'Choose another slug with --slug <other>' }),
    );
    expect(error.message).toBe(
      `${target}: an entry with this slug already exists; nothing was written. Choose another slug with --slug <other>`,
    );
    expect(await readFile(target, 'utf8')).toBe('ancien');
    expect(await readdir(root)).toEqual(['a.md']);
  });

  it('replaces an existing file with force', async () => {
    const target = join(root, 'a.md');
    await writeFile(target, 'ancien');
    await writeFileAtomic(target, 'nouveau', { force: true });
    expect(await readFile(target, 'utf8')).toBe('nouveau');
    expect(await readdir(root)).toEqual(['a.md']);
  });

  it('refuses a read-only folder and leaves nothing behind', async () => {
    await mkdir(join(root, 'articles'));
    await chmod(join(root, 'articles'), 0o555);
    const error = await failure(writeFileAtomic(join(root, 'articles', 'a.md'), 'x', { force: false }));
    expect(error.message).toMatch(/articles: the folder is read-only; nothing was written\. Make it writable/);
    expect(await readdir(join(root, 'articles'))).toEqual([]);
  });

  it('refuses to create the folder inside a read-only one', async () => {
    await chmod(root, 0o555);
    const error = await failure(writeFileAtomic(join(root, 'articles', 'a.md'), 'x', { force: false }));
    expect(error.file).toBe(root);
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the temporary file when the final step fails', async () => {
    // A folder in place of the entry makes the rename fail after the temporary file is written.
    await mkdir(join(root, 'a.md'));
    const error = await failure(writeFileAtomic(join(root, 'a.md'), 'x', { force: true }));
    expect(error.message).toMatch(/a\.md: cannot write the file \(EISDIR\); nothing was written/);
    expect(await readdir(root)).toEqual(['a.md']);
  });
});

describe('ensureWritableFolder', () => {
  it('refuses a path that is a file', async () => {
    await writeFile(join(root, 'fichier'), '');
    const error = await failure(ensureWritableFolder(join(root, 'fichier')));
    expect(error.message).toMatch(/fichier: is not a folder/);
  });

  it('creates nested missing folders', async () => {
    await ensureWritableFolder(join(root, 'a', 'b'));
    expect(await readdir(join(root, 'a'))).toEqual(['b']);
  });
});
