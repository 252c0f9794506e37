/**
 * Which file of the new site comes from where, in an incremental build: the staging folder
 * (what this build rendered) or the published site (everything unchanged). Pure: it plans,
 * `src/integrations/publish.ts` moves the files.
 */

/**
 * Top-level folders that post-build steps leave complete in staging (`_astro/` from Astro,
 * `og/` from the social cards, `pagefind/` from search): taken from staging as a whole, never
 * merged with the published copy, so a file that is no longer produced disappears.
 */
export const WHOLE_FOLDERS: readonly string[] = ['_astro', 'og', 'pagefind'];

/** The output file of a site path: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export function toOutputFile(sitePath: string): string {
  const path = sitePath.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Inputs of {@link planSiteFiles}; file paths are relative, with `/` separators. */
export interface SiteFilesInput {
  /** Every file of the published site. */
  publishedFiles: readonly string[];
  /** Every file this build wrote to staging. */
  stagedFiles: readonly string[];
  /** Site paths of keyed pages that the published site has and this build no longer produces. */
  removedPaths: readonly string[];
}

/** Files to keep from the published site (hard-linked), and files and whole folders to take from staging (moved). */
export interface SiteFilesPlan {
  keep: string[];
  /** Staged files outside {@link WHOLE_FOLDERS}. */
  take: string[];
  /** {@link WHOLE_FOLDERS} present in staging: each moved with one rename, not file by file. */
  takeFolders: string[];
  /** Staged files inside those folders (they move with their folder). */
  filesInTakenFolders: number;
}

function isInWholeFolder(file: string): boolean {
  return WHOLE_FOLDERS.some((folder) => file === folder || file.startsWith(`${folder}/`));
}

/** Build-internal files (`.prerender/`, dotfiles at the top) are never published. */
export function isBuildInternal(file: string): boolean {
  return file.startsWith('.');
}

/** Plans the new site: staging wins, removed pages and whole folders are not kept. */
export function planSiteFiles({ publishedFiles, stagedFiles, removedPaths }: SiteFilesInput): SiteFilesPlan {
  const staged = stagedFiles.filter((file) => !isBuildInternal(file));
  const take = staged.filter((file) => !isInWholeFolder(file));
  const takeFolders = WHOLE_FOLDERS.filter((folder) => staged.some((file) => file.startsWith(`${folder}/`)));
  const replaced = new Set(take);
  const removed = new Set(removedPaths.map(toOutputFile));
  const keep = publishedFiles.filter(
    (file) => !replaced.has(file) && !removed.has(file) && !isInWholeFolder(file) && !isBuildInternal(file),
  );
  return { keep, take, takeFolders, filesInTakenFolders: staged.length - take.length };
}
