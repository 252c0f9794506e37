/**
 * Publishing: Astro renders into a staging folder, and only a build that succeeds replaces the
 * published site, atomically. A failed build leaves the published site untouched, and nothing
 * build-internal (`.prerender/` chunks holding drafts, build-time lists) ever reaches it.
 *
 * Incremental builds: when the fingerprint of templates, code and configuration
 * (`src/lib/publish/fingerprint.ts`) equals the published site's, routes render only the pages
 * whose cache key changed (`src/lib/build-plan.ts`), and the new site is the published one with
 * those files replaced: unchanged files are hard links, so a one-story edit writes a handful of
 * files instead of the whole archive. Any other build is a full one.
 *
 * Must be the last integration: its `astro:build:done` runs after the other post-build steps
 * have completed the staging folder.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getBuildPlan, setBuildPlan, type BuildPlan } from '../lib/build-plan.ts';
import { computeFingerprint } from '../lib/publish/fingerprint.ts';
import { swapInSite } from '../lib/publish/retired-sites.ts';
import { planSiteFiles } from '../lib/publish/site-files.ts';

/** What the last successful build published, kept in the cache folder (never in the site). */
interface PublishedState {
  version: 1;
  /** Absolute path of the published folder. */
  outDir: string;
  fingerprint: string;
  /** Site path → cache key of every keyed page published. */
  keys: Record<string, string>;
}

const STATE_FILE = 'vigie-published.json';

/** Staging folder of a build whose published folder is `outDir`: beside it, so files move by rename. */
export function getStagingDir(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-staging`);
}

function listFiles(root: string, folder = root): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

function readState(file: string): PublishedState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as PublishedState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Options of {@link vigiePublish}. */
export interface PublishOptions {
  /** Published folder (`getOutDir()`), relative to the project root or absolute. */
  outDir: string;
  /** Astro's cache folder (`getCacheDir()`), where the published state is kept. */
  cacheDir: string;
  /** Site URL: part of the fingerprint, since every page prints it. */
  site: string;
}

/** The publishing integration (see the module comment). */
export function vigiePublish(options: PublishOptions): AstroIntegration {
  let outDir = '';
  let stateFile = '';
  let fingerprint = '';
  let plan: BuildPlan | undefined;
  return {
    name: 'vigie:publish',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        outDir = resolve(root, options.outDir);
        stateFile = resolve(root, options.cacheDir, STATE_FILE);
        updateConfig({ outDir: pathToFileURL(`${getStagingDir(outDir)}/`) });
        fingerprint = computeFingerprint(root, { site: options.site, node: process.version });
        const state = readState(stateFile);
        const incremental = state?.fingerprint === fingerprint && state.outDir === outDir && existsSync(outDir);
        plan = {
          mode: incremental ? 'incremental' : 'full',
          previousKeys: new Map(Object.entries(incremental ? state.keys : {})),
          keys: new Map(),
          fingerprint,
        };
        setBuildPlan(plan);
        logger.info(
          incremental
            ? 'incremental build: only pages whose content changed are rendered'
            : `full build (${state ? 'templates, code or configuration changed, or no published site' : 'no published site'})`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const staging = fileURLToPath(dir);
        const current = plan ?? getBuildPlan();
        const next = join(dirname(outDir), `.${basename(outDir)}-next`);
        rmSync(next, { recursive: true, force: true });
        const removedPaths = [...current.previousKeys.keys()].filter((path) => !current.keys.has(path));
        const { keep, take, takeFolders, filesInTakenFolders } = planSiteFiles({
          publishedFiles: current.mode === 'incremental' ? listFiles(outDir) : [],
          stagedFiles: listFiles(staging),
          removedPaths: current.mode === 'incremental' ? removedPaths : [],
        });
        const folders = new Set<string>();
        const ensureFolder = (file: string) => {
          const folder = dirname(join(next, file));
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
        };
        mkdirSync(next, { recursive: true });
        for (const file of keep) {
          ensureFolder(file);
          linkOrCopy(join(outDir, file), join(next, file));
        }
        for (const folder of takeFolders) renameSync(join(staging, folder), join(next, folder));
        for (const file of take) {
          ensureFolder(file);
          renameSync(join(staging, file), join(next, file));
        }
        swapInSite(next, outDir);
        rmSync(staging, { recursive: true, force: true });
        // Written last: a build interrupted before this point is followed by a full one.
        const state: PublishedState = { version: 1, outDir, fingerprint, keys: Object.fromEntries(current.keys) };
        mkdirSync(dirname(stateFile), { recursive: true });
        writeFileSync(stateFile, JSON.stringify(state));
        logger.info(
          `published ${relative(process.cwd(), outDir) || outDir}: ${take.length + filesInTakenFolders} files from this build, ${keep.length} kept` +
            (removedPaths.length > 0 && current.mode === 'incremental' ? `, ${removedPaths.length} pages removed` : ''),
        );
      },
    },
  };
}
