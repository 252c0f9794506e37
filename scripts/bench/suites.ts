/**
 * The benchmark suites: `runScaleSuite` (cold, warm and one-story-edit builds of
 * Vigie, its variants and bare Astro per corpus size), `runProcessorSuite` (Sätteri
 * against unified on one corpus: cold and warm builds plus render-only runs) and
 * `runProfileSuite` (one build under the CPU profiler, with an optional heap snapshot).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../corpus/generate.ts';
import { summariseCpuProfileFile, type CpuProfileSummary } from './cpu-profile.ts';
import { summariseHeapSnapshot, type HeapSummary } from './heap-snapshot.ts';
import { readChildren } from './measure.ts';
import { cleanBuildState, createProjectCopy, VIGIE_BUILD_INPUTS, type ProjectCopy } from './project.ts';
import type { RenderResult } from './render-bodies.ts';
import {
  checkTargets,
  LARGE_ARCHIVE,
  summarise,
  type BuildPhase,
  type BuildRun,
  type BuildSummary,
  type TargetCheck,
} from './report.ts';
import { runBuild } from './run-build.ts';
import { applyVariants, VARIANTS, type Variant } from './variants.ts';
import { SOCIAL_CARD_CACHE_FOLDER } from '../../src/lib/social/card-cache.ts';

/** Where the suites find things and put their files. */
export interface SuiteContext {
  /** Vigie working tree (read only). */
  projectRoot: string;
  /** Temporary folder for copies, corpora and logs. */
  workDir: string;
  seed: number;
  /** Rounds of each measurement (medians are reported). */
  rounds: number;
  /** Node flags for every `astro` process (e.g. a heap limit). */
  nodeArgs: string[];
  log: (line: string) => void;
}

/** Results of one corpus size in the scale suite. */
export interface SizeResult {
  n: number;
  corpusBytes: number;
  /** Article file edited for the one-story rebuild. */
  editedStory: string;
  runs: BuildRun[];
  summaries: BuildSummary[];
  targets: Record<string, TargetCheck[]>;
  /** Builds that failed at this size (a large archive only), with the end of their error. */
  failures: { project: string; phase: BuildPhase; error: string }[];
}

const BARE_ROOT = 'scripts/bench/bare-astro';

/** Resolves variant names (comma-separated) to variants; throws on an unknown name. */
export function getVariants(names: readonly string[]): Variant[] {
  return names.map((name) => {
    const variant = VARIANTS[name];
    if (!variant) throw new Error(`unknown benchmark variant "${name}"; known: ${Object.keys(VARIANTS).join(', ')}`);
    return variant;
  });
}

/** A Vigie copy named `name` with `variants` applied. */
export function createVigieCopy(ctx: SuiteContext, name: string, variants: readonly Variant[]): ProjectCopy {
  const copy = createProjectCopy({
    name,
    sourceRoot: ctx.projectRoot,
    inputs: [...VIGIE_BUILD_INPUTS, ...variants.flatMap((v) => v.extraInputs ?? [])],
    root: join(ctx.workDir, name.replace(/[^\w.-]+/g, '_')),
    nodeModules: join(ctx.projectRoot, 'node_modules'),
  });
  copy.buildArgs = applyVariants(copy.root, variants, ctx.projectRoot);
  copy.nodeArgs = [...ctx.nodeArgs];
  // `astro build` indexes the articles itself (the vigie:search-index integration): no separate Pagefind step.
  copy.searchIndex = false;
  return copy;
}

function createBareCopy(ctx: SuiteContext): ProjectCopy {
  const copy = createProjectCopy({
    name: 'bare',
    sourceRoot: join(ctx.projectRoot, BARE_ROOT),
    inputs: ['src', 'public', 'astro.config.mjs', 'package.json'],
    root: join(ctx.workDir, 'bare'),
    nodeModules: join(ctx.projectRoot, 'node_modules'),
  });
  copy.nodeArgs = [...ctx.nodeArgs];
  return copy;
}

/** Writes the corpus for `n` stories; returns its folder, size and newest story file. */
export function prepareCorpus(ctx: SuiteContext, n: number): { dir: string; bytes: number; newest: string } {
  const dir = join(ctx.workDir, `corpus-${n}`);
  const files = generateCorpus({ n, seed: ctx.seed });
  const bytes = writeCorpus(dir, files);
  // Files come in publication order: the last article is the newest story.
  const newest = files.filter((f) => f.path.startsWith('articles/')).at(-1)!.path;
  return { dir, bytes, newest };
}

/**
 * The edit of the one-story rebuild: a sentence appended to the newest story's body,
 * as when a correction is made to the day's story. Returns a function restoring it.
 */
export function editStory(file: string): () => void {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()} Cette phrase a été ajoutée après publication.\n`);
  return () => writeFileSync(file, original);
}

function describeLoad(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
}

/**
 * Cold, warm and one-story-edit builds of every project at each size. Projects are
 * interleaved phase by phase so that background load hits them alike.
 */
export async function runScaleSuite(
  ctx: SuiteContext,
  sizes: readonly number[],
  variantNames: readonly string[],
  includeVigie = true,
): Promise<SizeResult[]> {
  const projects: ProjectCopy[] = [
    ...(includeVigie ? [createVigieCopy(ctx, 'vigie', [])] : []),
    ...variantNames.map((name) => createVigieCopy(ctx, `vigie+${name}`, getVariants(name.split('+')))),
    createBareCopy(ctx),
  ];
  const logDir = join(ctx.workDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const results: SizeResult[] = [];

  for (const n of sizes) {
    ctx.log(`\n## ${n} stories: generating the corpus…`);
    const corpus = prepareCorpus(ctx, n);
    const runs: BuildRun[] = [];
    const failures: SizeResult['failures'] = [];
    // A large archive is built cold only (its targets are memory and cold growth), and a build
    // that dies there is a finding to report (bare Astro does at 100,000), not the end of the run.
    const large = n > LARGE_ARCHIVE;
    const measure = async (project: ProjectCopy, phase: BuildPhase, round: number) => {
      ctx.log(`  ${project.name} ${phase} (round ${round}, load ${describeLoad()})…`);
      let run: BuildRun;
      try {
        run = await runBuild({ project, contentDir: corpus.dir, phase, round, logDir: join(logDir, String(n)) });
      } catch (error) {
        if (!large) throw error;
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ project: project.name, phase, error: message.split('\n').slice(-12).join('\n') });
        ctx.log(`    failed: ${message.split('\n')[0]}`);
        return;
      }
      ctx.log(
        `    ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakTreeRssMB)} MB peak (after "${run.peakPhase ?? '?'}"), ${run.pagesBuilt ?? run.htmlPages} pages, ${run.reusedPaths} reused`,
      );
      runs.push(run);
    };
    mkdirSync(join(logDir, String(n)), { recursive: true });
    for (let round = 1; round <= ctx.rounds; round++) {
      projects.forEach((project) => cleanBuildState(project));
      for (const project of projects) await measure(project, 'cold', round);
      if (large) continue;
      for (const project of projects) await measure(project, 'warm', round);
      const restore = editStory(join(corpus.dir, corpus.newest));
      try {
        for (const project of projects) await measure(project, 'edit', round);
      } finally {
        restore();
      }
      // Cards are content-addressed: a CI that restores only their folder pays for
      // drawing them once per headline, not once per cold build.
      projects.forEach((project) => cleanBuildState(project, [SOCIAL_CARD_CACHE_FOLDER]));
      for (const project of projects) await measure(project, 'cold-cards-kept', round);
    }
    const summaries = summarise(runs);
    const targets: Record<string, TargetCheck[]> = {};
    for (const project of projects.filter((p) => p.name !== 'bare')) {
      const at10k = results
        .find((r) => r.n === 10_000)
        ?.summaries.find((s) => s.project === project.name && s.phase === 'cold');
      targets[project.name] = checkTargets(summaries, {
        n,
        project: project.name,
        baseline: 'bare',
        coldWallAt10k: at10k?.wallSeconds ?? undefined,
      });
    }
    results.push({ n, corpusBytes: corpus.bytes, editedStory: corpus.newest, runs, summaries, targets, failures });
  }
  return results;
}

/** Results of the processor comparison. */
export interface ProcessorResult {
  n: number;
  /** Variants applied to both copies besides the processor. */
  variants: string[];
  runs: BuildRun[];
  summaries: BuildSummary[];
  render: RenderResult[];
  /** Sätteri hast plugins and their unified equivalents as run. */
  plugins: { satteri: string[]; unified: string[] };
  /** Whether astro.config.mjs itself passes the src/markdown plugins to Sätteri. */
  configWiresPlugins: boolean;
}

/** Cold and warm builds with each processor, alternating order by round, then render-only runs in child processes. */
export async function runProcessorSuite(
  ctx: SuiteContext,
  n: number,
  extraVariants: readonly string[] = [],
): Promise<ProcessorResult> {
  const corpus = prepareCorpus(ctx, n);
  const extra = getVariants(extraVariants);
  const suffix = extraVariants.map((v) => `+${v}`).join('');
  const copies = (['satteri', 'unified'] as const).map((name) =>
    createVigieCopy(ctx, `vigie+${name}${suffix}`, [...extra, ...getVariants([name])]),
  );
  const logDir = join(ctx.workDir, 'logs', 'processors');
  mkdirSync(logDir, { recursive: true });
  const runs: BuildRun[] = [];
  for (let round = 1; round <= ctx.rounds; round++) {
    const order = round % 2 ? copies : [...copies].reverse();
    order.forEach((project) => cleanBuildState(project));
    for (const phase of ['cold', 'warm'] as const) {
      for (const project of order) {
        ctx.log(`  ${project.name} ${phase} (round ${round}, load ${describeLoad()})…`);
        // The search index is the same for both processors: leave it out of their comparison.
        const run = await runBuild({ project, contentDir: corpus.dir, phase, round, logDir, searchIndex: false });
        ctx.log(
          `    ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakTreeRssMB)} MB peak`,
        );
        runs.push(run);
      }
    }
  }
  const render: RenderResult[] = [];
  const script = join(ctx.projectRoot, 'scripts', 'bench', 'render-bodies.ts');
  for (let round = 1; round <= ctx.rounds; round++) {
    for (const processor of round % 2 ? ['satteri', 'unified'] : ['unified', 'satteri']) {
      ctx.log(`  render-only ${processor} (round ${round})…`);
      const out = execFileSync(process.execPath, [script, '--processor', processor, '--corpus', corpus.dir, '--json'], {
        cwd: ctx.projectRoot,
        encoding: 'utf8',
      });
      render.push(JSON.parse(out.trim().split('\n').at(-1)!) as RenderResult);
    }
  }
  const config = readFileSync(join(ctx.projectRoot, 'astro.config.mjs'), 'utf8');
  return {
    n,
    variants: [...extraVariants],
    runs,
    summaries: summarise(runs),
    render,
    plugins: {
      satteri: render.find((r) => r.processor === 'satteri')?.plugins ?? [],
      unified: render.find((r) => r.processor === 'unified')?.plugins ?? [],
    },
    configWiresPlugins: /hastPlugins/.test(config),
  };
}

/** Runs `runRelatedBenchmark` from scripts/bench-related.ts when that script exists. */
export async function runRelated(
  projectRoot: string,
  n: number,
  seed: number,
): Promise<{ available: true; result: unknown } | { available: false; reason: string }> {
  const file = join(projectRoot, 'scripts', 'bench-related.ts');
  if (!existsSync(file)) return { available: false, reason: 'scripts/bench-related.ts does not exist' };
  const module = (await import(file)) as { runRelatedBenchmark?: (options: { n: number; seed: number }) => unknown };
  if (typeof module.runRelatedBenchmark !== 'function')
    return { available: false, reason: 'scripts/bench-related.ts exports no runRelatedBenchmark' };
  return { available: true, result: module.runRelatedBenchmark({ n, seed }) };
}

/** Options of {@link runProfileSuite}. */
export interface ProfileOptions {
  n: number;
  /** Which build to profile: a cold one, or the one-story edit after a cold and a warm build. */
  phase: 'cold' | 'edit';
  variants: readonly string[];
  /** Take a heap snapshot this many seconds after the log shows `snapshotAfter` (null: none). */
  snapshotDelaySeconds: number | null;
  /** Log text that starts the snapshot countdown; default `generating static routes`. */
  snapshotAfter?: string;
}

/** Results of a profiled build. */
export interface ProfileResult {
  n: number;
  phase: 'cold' | 'edit';
  variants: string[];
  /** The profiled build (its times include the profilers' overhead). */
  run: BuildRun;
  /** One summary per profiled thread, largest first, with its file. */
  cpu: Array<{ file: string; summary: CpuProfileSummary }>;
  heap: { file: string; summary: HeapSummary } | null;
  profileDir: string;
}

/**
 * One build of Vigie under `--cpu-prof` (every JS thread) and, optionally, one heap
 * snapshot taken through `--heapsnapshot-signal` while pages are being generated.
 */
export async function runProfileSuite(ctx: SuiteContext, options: ProfileOptions): Promise<ProfileResult> {
  const { n, phase, variants, snapshotDelaySeconds, snapshotAfter = 'generating static routes' } = options;
  const corpus = prepareCorpus(ctx, n);
  const name = `vigie${variants.map((v) => `+${v}`).join('')}`;
  const project = createVigieCopy(
    ctx,
    name,
    variants.flatMap((v) => getVariants(v.split('+'))),
  );
  const logDir = join(ctx.workDir, 'logs', 'profile');
  const profileDir = join(ctx.workDir, 'profile');
  mkdirSync(logDir, { recursive: true });
  mkdirSync(profileDir, { recursive: true });
  cleanBuildState(project);
  let restore: (() => void) | undefined;
  if (phase === 'edit') {
    for (const warmUp of ['cold', 'warm'] as const) {
      ctx.log(`  ${name} ${warmUp} (not profiled)…`);
      await runBuild({ project, contentDir: corpus.dir, phase: warmUp, round: 1, logDir, searchIndex: false });
    }
    restore = editStory(join(corpus.dir, corpus.newest));
  }
  let snapshotTimer: NodeJS.Timeout | undefined;
  const onStart = (timePid: number) => {
    if (snapshotDelaySeconds === null) return;
    const logFile = join(logDir, `${name.replace(/[^\w.-]+/g, '_')}-${phase}-1.log`);
    const poll = setInterval(() => {
      let text: string;
      try {
        text = readFileSync(logFile, 'utf8');
      } catch {
        return;
      }
      if (!text.includes(snapshotAfter)) return;
      clearInterval(poll);
      snapshotTimer = setTimeout(() => {
        const [astroPid] = readChildren(timePid);
        if (astroPid === undefined) return;
        ctx.log(`  heap snapshot of pid ${astroPid} (${snapshotDelaySeconds} s after "${snapshotAfter}")…`);
        process.kill(astroPid, 'SIGUSR2');
      }, snapshotDelaySeconds * 1000);
    }, 250);
    snapshotTimer = poll;
  };
  ctx.log(`  ${name} ${phase} (profiled)…`);
  let run: BuildRun;
  try {
    run = await runBuild({
      project,
      contentDir: corpus.dir,
      phase,
      round: 1,
      logDir,
      onStart,
      searchIndex: false,
      nodeArgs: [
        '--cpu-prof',
        `--cpu-prof-dir=${profileDir}`,
        '--heapsnapshot-signal=SIGUSR2',
        `--diagnostic-dir=${profileDir}`,
      ],
    });
  } finally {
    clearInterval(snapshotTimer);
    clearTimeout(snapshotTimer);
    restore?.();
  }
  const files = readdirSync(profileDir);
  const cpu = files
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ file: join(profileDir, f), summary: summariseCpuProfileFile(join(profileDir, f)) }))
    .sort((a, b) => b.summary.totalMs - a.summary.totalMs);
  const snapshot = files.find((f) => f.endsWith('.heapsnapshot'));
  const heap = snapshot
    ? { file: join(profileDir, snapshot), summary: await summariseHeapSnapshot(join(profileDir, snapshot)) }
    : null;
  return { n, phase, variants: [...variants], run, cpu, heap, profileDir };
}
