/**
 * Throw-away copies of the projects the benchmark builds. `astro build` writes
 * `.astro/` in the project root, `node_modules/.vite*` and its content cache, so
 * builds never run in the working tree: each copy has its own root, its own cache
 * and output folders, and a `node_modules` of symlinks to the root's packages (the
 * caches Vite and Astro write there stay inside the copy).
 */
import { CORPUS_BUILD_TIME_MS } from '../corpus/generate.ts';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A buildable copy of a project. */
export interface ProjectCopy {
  /** Label in reports: `vigie`, `bare`, `vigie-unified`… */
  name: string;
  root: string;
  /** Astro `cacheDir` (content store, incremental-build cache). */
  cacheDir: string;
  /** Astro `outDir`. */
  outDir: string;
  /** Extra CLI arguments for `astro build` (e.g. `--config other.mjs`). */
  buildArgs: string[];
  /** Node flags for the `astro` process (e.g. `--max-old-space-size=1536`). */
  nodeArgs: string[];
  /** Whether a build also runs the Pagefind search index, as `npm run build` does for Vigie. */
  searchIndex: boolean;
}

/** What is copied from the Vigie working tree: the build inputs, nothing generated. */
export const VIGIE_BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

// Caches that build tools write into node_modules; they must not be shared with the working tree.
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * Fills `target/node_modules` with one symlink per entry of `source` (scopes
 * included as whole folders), leaving out tool caches, so the copy resolves every
 * package from the working tree but writes its caches to itself.
 */
export function linkNodeModules(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (NODE_MODULES_CACHES.has(entry)) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/** Copies `inputs` (paths relative to `sourceRoot`) into a fresh `root` and links node_modules. */
export function createProjectCopy(options: {
  name: string;
  sourceRoot: string;
  inputs: readonly string[];
  root: string;
  nodeModules: string;
}): ProjectCopy {
  const { name, sourceRoot, inputs, root, nodeModules } = options;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const input of inputs) {
    const from = join(sourceRoot, input);
    if (existsSync(from)) cpSync(from, join(root, input), { recursive: true });
  }
  linkNodeModules(nodeModules, join(root, 'node_modules'));
  return {
    name,
    root,
    cacheDir: join(root, '.bench-cache'),
    outDir: join(root, 'dist'),
    buildArgs: [],
    nodeArgs: [],
    searchIndex: false,
  };
}

/**
 * Removes everything a build leaves behind, for a cold build: caches, output, `.astro/`, Vite caches.
 * `keepCaches` names folders of the cache folder to leave in place (e.g. `social-cards`).
 */
export function cleanBuildState(project: ProjectCopy, keepCaches: readonly string[] = []): void {
  const cacheEntries =
    keepCaches.length === 0 || !existsSync(project.cacheDir)
      ? [project.cacheDir]
      : readdirSync(project.cacheDir)
          .filter((entry) => !keepCaches.includes(entry))
          .map((entry) => join(project.cacheDir, entry));
  for (const dir of [
    ...cacheEntries,
    project.outDir,
    join(project.root, '.astro'),
    join(project.root, 'node_modules', '.vite'),
    join(project.root, 'node_modules', '.vite-temp'),
  ]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Environment of a build of `project` over the corpus in `contentDir`. */
export function getBuildEnv(project: ProjectCopy, contentDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    VIGIE_CONTENT_DIR: contentDir,
    VIGIE_OUT_DIR: project.outDir,
    VIGIE_CACHE_DIR: project.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Plain log lines: they are parsed for phase timings.
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // A fixed "now" after every story and update of the generated corpus, so what is recent
    // (feeds, news sitemap) stays the same between runs and no update lies in the future.
    SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? String(CORPUS_BUILD_TIME_MS / 1000),
  };
}
