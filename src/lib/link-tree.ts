/**
 * Recreates a folder tree elsewhere with hard links, so that an unchanged part of the previous
 * site costs directory entries, not bytes. Published files are never modified in place (the
 * pipeline writes new files and renames them), which is what makes sharing inodes safe.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Errors of `link()` that mean "links are not possible here", not "something is wrong". */
const NO_LINK_CODES = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'ENOSYS']);

/** What {@link linkTree} did. */
export interface LinkTreeReport {
  linked: number;
  /** Files copied because the two folders cannot share inodes (another file system…). */
  copied: number;
}

/**
 * Hard-links every file under `from` to the same relative path under `to` (created; must not hold
 * those files yet), copying a file when the file system refuses the link.
 */
export async function linkTree(from: string, to: string): Promise<LinkTreeReport> {
  const report: LinkTreeReport = { linked: 0, copied: 0 };
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      const inner = await linkTree(source, target);
      report.linked += inner.linked;
      report.copied += inner.copied;
    } else {
      try {
        await link(source, target);
        report.linked++;
      } catch (error) {
        if (!NO_LINK_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await copyFile(source, target);
        report.copied++;
      }
    }
  }
  return report;
}
