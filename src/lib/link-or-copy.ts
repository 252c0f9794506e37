/**
 * Puts a file at a new path without writing its bytes: a hard link to the source
 * when both are on one file system, a copy otherwise. The destination is never
 * rewritten in place (it may itself be a hard link shared with another folder):
 * an existing one is replaced by renaming a finished file over it.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, link, rename, rm } from 'node:fs/promises';

/** Errors of `link(2)` that mean "hard links are not possible here", not "something is wrong". */
const NO_HARD_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

/** File-system calls {@link linkOrCopyFile} uses; tests replace `link` to reach the copy path. */
export interface LinkOrCopyFs {
  link: (existing: string, created: string) => Promise<void>;
}

/**
 * Makes `destination` a hard link to `source` (its folder must exist), or a copy
 * when the file system refuses the link (another device, no hard links). Returns which.
 */
export async function linkOrCopyFile(
  source: string,
  destination: string,
  fs: LinkOrCopyFs = { link },
): Promise<'linked' | 'copied'> {
  try {
    await fs.link(source, destination);
    return 'linked';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code !== 'EEXIST' && !NO_HARD_LINK.has(code)) throw error;
  }
  // Beside the destination, so the rename stays on one file system and is atomic.
  const temporary = `${destination}.${process.pid}.${randomUUID()}.tmp`;
  try {
    let how: 'linked' | 'copied' = 'linked';
    try {
      await fs.link(source, temporary);
    } catch (error) {
      if (!NO_HARD_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await copyFile(source, temporary);
      how = 'copied';
    }
    await rename(temporary, destination);
    return how;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
