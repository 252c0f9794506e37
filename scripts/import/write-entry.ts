/**
 * Writes an entry file safely: never over an existing file unless asked, never half-written
 * (temporary file in the same folder, then an atomic link or rename), nothing left on failure.
 */
import { randomBytes } from 'node:crypto';
import { access, constants, link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ImportError } from './errors.ts';

/** How to write: `force` allows replacing an existing file. */
export interface WriteOptions {
  force: boolean;
  /** Shown in the "already exists" hint, e.g. `--slug <other>`. */
  existsHint?: string;
}

/** Writes `text` (UTF-8) to `path`, creating its folder if needed. Throws {@link ImportError} on any failure. */
export async function writeFileAtomic(path: string, text: string, options: WriteOptions): Promise<void> {
  const folder = dirname(path);
  await ensureWritableFolder(folder);

  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(temp, path);
    } else {
      // link() refuses an existing target atomically, where rename() would silently replace it.
      await link(temp, path);
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(path, options.existsHint);
    throw writeError(path, error);
  }
}

/**
 * Checks that `folder` can receive a new file, creating it (and its parents) when missing.
 * A folder without any write permission bit counts as read-only even for root, who could
 * otherwise write into it: the editor who made it read-only meant it.
 */
export async function ensureWritableFolder(folder: string): Promise<void> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(folder, error);
    await ensureWritableFolder(dirname(folder));
    try {
      await mkdir(folder);
    } catch (mkdirError) {
      throw writeError(folder, mkdirError);
    }
    return;
  }
  if (!info.isDirectory()) throw new ImportError('is not a folder', { file: folder, hint: 'Check --content-dir' });
  const readOnly =
    (info.mode & 0o222) === 0 ||
    !(await access(folder, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (readOnly) {
    throw new ImportError('the folder is read-only; nothing was written', {
      file: folder,
      hint: 'Make it writable (chmod u+w) or pass --content-dir <writable folder>',
    });
  }
}

function alreadyExists(path: string, hint = 'Choose another slug or pass --force to replace it'): ImportError {
  return new ImportError('an entry with this slug already exists; nothing was written', { file: path, hint });
}

function writeError(path: string, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException).code;
  const readOnly = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
  return new ImportError(
    `${readOnly ? 'the folder is read-only' : 'cannot write the file'} (${code ?? String(error)}); nothing was written`,
    {
      file: path,
      hint: readOnly ? 'Make it writable or pass --content-dir <writable folder>' : undefined,
    },
  );
}
