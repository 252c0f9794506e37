/**
 * One measured `astro build` of a project copy, with the figures the report needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPhaseAt, parseBuildLog } from './build-log.ts';
import { EXCLUDED_SELECTORS } from '../../src/lib/search/pagefind-shard.ts';
import { measureCommand, type Measurement } from './measure.ts';
import { measureOutput } from './output.ts';
import { getBuildEnv, type ProjectCopy } from './project.ts';
import type { BuildPhase, BuildRun } from './report.ts';

/** Options of {@link runBuild}. */
export interface RunBuildOptions {
  project: ProjectCopy;
  contentDir: string;
  phase: BuildPhase;
  round: number;
  /** Folder for the build log (`<project>-<phase>-<round>.log`). */
  logDir: string;
  /** Extra Node flags for the astro process (profiling). */
  nodeArgs?: string[];
  /** Project label in the results, default `project.name`. */
  label?: string;
  /** Called with the pid of the measuring process once the build starts (see `measureCommand`). */
  onStart?: (pid: number) => void;
  /** Set to false to leave out the search index of a project that has one (profiling Astro alone). */
  searchIndex?: boolean;
}

/** Figures of the Pagefind step of a build, also included in the run's totals. */
export interface SearchIndexFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeRssMB: number;
}

/** Pages and bundle folder of the single, unsharded index this step measures. */
const INDEXED_GLOB = 'articles/**/*.html';
const BUNDLE_FOLDER = 'pagefind';

/**
 * Runs Pagefind's CLI over `outDir` with the exclusions of the search index
 * (`src/lib/search/pagefind-shard.ts`), as one unsharded bundle. The CLI, unlike the Node API, waits for its
 * binary, so the binary's CPU time is counted.
 */
async function measureSearchIndex(project: ProjectCopy, logFile: string): Promise<Measurement> {
  const cli = join(project.root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const args = [
    cli,
    '--site',
    project.outDir,
    '--glob',
    INDEXED_GLOB,
    '--output-path',
    join(project.outDir, BUNDLE_FOLDER),
  ];
  for (const selector of EXCLUDED_SELECTORS) args.push('--exclude-selectors', selector);
  const measured = await measureCommand(process.execPath, args, { cwd: project.root, env: process.env, logFile });
  if (measured.exitCode !== 0) {
    throw new Error(
      `Pagefind failed for ${project.name} (exit ${measured.exitCode}); log ${logFile}:\n${readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n')}`,
    );
  }
  return measured;
}

/** Runs `astro build` in the copy and returns its measured figures; throws with the log tail if it fails. */
export async function runBuild(options: RunBuildOptions): Promise<BuildRun> {
  const { project, contentDir, phase, round, logDir, nodeArgs = [] } = options;
  const label = options.label ?? project.name;
  const logFile = join(logDir, `${label.replace(/[^\w.-]+/g, '_')}-${phase}-${round}.log`);
  const astro = join(project.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const startedAt = Date.now();
  // process.execPath: the Node 24 running the benchmark, never a system `node` on PATH.
  const measured = await measureCommand(
    process.execPath,
    [...project.nodeArgs, ...nodeArgs, astro, 'build', ...project.buildArgs],
    {
      cwd: project.root,
      env: getBuildEnv(project, contentDir),
      logFile,
      onStart: options.onStart,
    },
  );
  const log = readFileSync(logFile, 'utf8');
  if (measured.exitCode !== 0) {
    throw new Error(
      `astro build failed for ${label} (${phase}, exit ${measured.exitCode}); log ${logFile}:\n${log.split('\n').slice(-30).join('\n')}`,
    );
  }
  const figures = parseBuildLog(log);
  let searchIndex: SearchIndexFigures | undefined;
  if (project.searchIndex && options.searchIndex !== false) {
    const indexed = await measureSearchIndex(project, logFile.replace(/\.log$/, '-pagefind.log'));
    searchIndex = {
      wallSeconds: indexed.wallSeconds,
      cpuSeconds: indexed.cpuSeconds,
      peakTreeRssMB: indexed.peakTreeRssMB,
    };
    // The two steps run one after the other: times add up, memory peaks do not.
    measured.wallSeconds += indexed.wallSeconds;
    measured.userSeconds += indexed.userSeconds;
    measured.systemSeconds += indexed.systemSeconds;
    measured.cpuSeconds += indexed.cpuSeconds;
    measured.peakTreeRssMB = Math.max(measured.peakTreeRssMB, indexed.peakTreeRssMB);
    if (indexed.maxProcessRssMB !== null)
      measured.maxProcessRssMB = Math.max(measured.maxProcessRssMB ?? 0, indexed.maxProcessRssMB);
  }
  // Astro logs wall-clock times in the local time zone, as toTimeString() gives them.
  const peakClock = new Date(startedAt + measured.peakAtSeconds * 1000).toTimeString().slice(0, 8);
  const output = measureOutput(project.outDir);
  const pages = figures.pagesBuilt ?? output.htmlPages;
  return {
    project: label,
    phase,
    round,
    ...measured,
    ...figures,
    peakPhase:
      searchIndex && searchIndex.peakTreeRssMB >= measured.peakTreeRssMB
        ? 'Pagefind search index'
        : findPhaseAt(log, peakClock),
    searchIndex,
    htmlPages: output.htmlPages,
    outputFiles: output.files,
    outputBytes: output.bytes,
    pagesPerSecond: pages / measured.wallSeconds,
    pagesPerCpuSecond: pages / measured.cpuSeconds,
  };
}
