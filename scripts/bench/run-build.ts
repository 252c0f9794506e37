/**
 * One measured `astro build` of a project copy, with the figures the report needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPhaseAt, parseBuildLog } from './build-log.ts';
import { measureCommand } from './measure.ts';
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
}

/** Runs `astro build` in the copy and returns its measured figures; throws with the log tail if it fails. */
export async function runBuild(options: RunBuildOptions): Promise<BuildRun> {
  const { project, contentDir, phase, round, logDir, nodeArgs = [] } = options;
  const label = options.label ?? project.name;
  const logFile = join(logDir, `${label.replace(/[^\w.-]+/g, '_')}-${phase}-${round}.log`);
  const astro = join(project.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const startedAt = Date.now();
  // process.execPath: the Node 24 running the benchmark, never a system `node` on PATH.
  const measured = await measureCommand(process.execPath, [...project.nodeArgs, ...nodeArgs, astro, 'build', ...project.buildArgs], {
    cwd: project.root,
    env: getBuildEnv(project, contentDir),
    logFile,
    onStart: options.onStart,
  });
  const log = readFileSync(logFile, 'utf8');
  if (measured.exitCode !== 0) {
    throw new Error(`astro build failed for ${label} (${phase}, exit ${measured.exitCode}); log ${logFile}:\n${log.split('\n').slice(-30).join('\n')}`);
  }
  const figures = parseBuildLog(log);
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
    peakPhase: findPhaseAt(log, peakClock),
    htmlPages: output.htmlPages,
    outputFiles: output.files,
    outputBytes: output.bytes,
    pagesPerSecond: pages / measured.wallSeconds,
    pagesPerCpuSecond: pages / measured.cpuSeconds,
  };
}
