/**
 * The site a build replaces is deleted after the new one is in place, by a detached process:
 * unlinking the 30,000 files of a 10,000-story site takes seconds that readers do not wait for
 * (the new site is already published), so the build does not wait for them either.
 *
 * A replaced site is first renamed to `.<out>-retired-<pid>-<time>` beside the published folder;
 * folders of that name left by an interrupted build are deleted by the next one.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function retiredPrefix(outDir: string): string {
  return `.${basename(outDir)}-retired-`;
}

/** Folders of sites retired from `outDir` that are still on disk (being deleted, or left by an interrupted build). */
export function listRetiredSites(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(retiredPrefix(outDir)))
    .map((name) => join(parent, name));
}

/** Deletes `folders` from a detached Node process that outlives this one; returns at once. */
export function deleteInBackground(folders: readonly string[]): void {
  if (folders.length === 0) return;
  const script =
    'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...folders], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Moves the published `outDir` aside (if any) and `next` into its place: two renames, so the
 * folder always holds a whole site. The replaced site, and any earlier one still on disk, is
 * deleted in the background.
 */
export function swapInSite(next: string, outDir: string): void {
  const leftovers = listRetiredSites(outDir);
  const retired = join(dirname(outDir), `${retiredPrefix(outDir)}${process.pid}-${Date.now()}`);
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(next, outDir);
  deleteInBackground(existsSync(retired) ? [...leftovers, retired] : leftovers);
}
