/**
 * Benchmark results as data and as Markdown: per-build rows, Vigie / bare-Astro
 * ratios and the scale targets (reported, never asserted). Pure functions.
 */
import type { BuildLogFigures } from './build-log.ts';
import type { Measurement } from './measure.ts';

/**
 * The builds measured for each project and size: cold (every cache removed), warm (no change),
 * edit (one story changed), and cold with only the social-card cache kept (a fresh CI
 * checkout that restores the content-addressed cards, the one cache worth keeping).
 */
export type BuildPhase = 'cold' | 'warm' | 'edit' | 'cold-cards-kept';

/** One measured `astro build`. */
export interface BuildRun extends Measurement, BuildLogFigures {
  /** `vigie`, `bare`, or `vigie+<variant>`. */
  project: string;
  phase: BuildPhase;
  /** 1-based repetition index. */
  round: number;
  /** Last log phase before the memory peak (e.g. `[build] Building static entrypoints...`), or the search index. */
  peakPhase: string | null;
  /** The Pagefind step, when the project has one; already included in the wall, CPU and peak figures. */
  searchIndex?: { wallSeconds: number; cpuSeconds: number; peakTreeRssMB: number };
  /** `.html` files in the output. */
  htmlPages: number;
  outputFiles: number;
  outputBytes: number;
  /** Files Astro generated per wall second (`pagesBuilt`, else HTML pages). */
  pagesPerSecond: number;
  /** Same per CPU second: steadier than wall time on a shared machine. */
  pagesPerCpuSecond: number;
}

/** Median of each figure over the rounds of one project and phase. */
export type BuildSummary = Omit<BuildRun, 'round' | 'exitCode' | 'peakPhase' | 'searchIndex'> & {
  rounds: number;
  searchIndexCpuSeconds?: number | null;
};

/** A target from the "Scale" issue, evaluated on measured figures. */
export interface TargetCheck {
  name: string;
  limit: string;
  value: string;
  met: boolean | null;
}

const NUMERIC_KEYS = [
  'wallSeconds',
  'userSeconds',
  'systemSeconds',
  'cpuSeconds',
  'peakTreeRssMB',
  'maxProcessRssMB',
  'syncSeconds',
  'generateSeconds',
  'pagesBuilt',
  'reusedPaths',
  'renderedPaths',
  'htmlPages',
  'outputFiles',
  'outputBytes',
  'pagesPerSecond',
  'pagesPerCpuSecond',
  'peakAtSeconds',
] as const;

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median figures per (project, phase), in first-seen order. Failed builds are left out. */
export function summarise(runs: readonly BuildRun[]): BuildSummary[] {
  const groups = new Map<string, BuildRun[]>();
  for (const run of runs) {
    if (run.exitCode !== 0) continue;
    const key = `${run.project}\u0000${run.phase}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const summary: Record<string, unknown> = {
      project: group[0]!.project,
      phase: group[0]!.phase,
      rounds: group.length,
    };
    for (const key of NUMERIC_KEYS) {
      const values = group.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
      summary[key] = median(values);
    }
    summary.searchIndexCpuSeconds = median(group.flatMap((r) => (r.searchIndex ? [r.searchIndex.cpuSeconds] : [])));
    return summary as BuildSummary;
  });
}

function find(summaries: readonly BuildSummary[], project: string, phase: BuildPhase): BuildSummary | undefined {
  return summaries.find((s) => s.project === project && s.phase === phase);
}

/** `a / b` rounded to 2 decimals, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Peak-RSS limit of every build at 10,000 stories or fewer (issue #12): 1.5 GB. */
export const RSS_LIMIT_MB = 1500;
/** Peak-RSS limit of a 100,000-story cold build: 4 GB. */
export const LARGE_RSS_LIMIT_MB = 4000;
/** Wall-clock limit of a one-story edit and of a no-change rebuild, seconds. */
export const REBUILD_WALL_LIMIT_S = 10;
/** Cold build (social cards included) / bare Astro cold build, wall. */
export const COLD_RATIO_LIMIT = 4;
/** 100,000-story cold wall / 10,000-story cold wall, measured in the same run. */
export const LARGE_COLD_RATIO_LIMIT = 12;
/** Above this many stories, the large-archive limits apply. */
export const LARGE_ARCHIVE = 50_000;

/** Context of {@link checkTargets}: the corpus size and, for a large one, the 10,000-story cold wall. */
export interface TargetContext {
  n: number;
  project?: string;
  baseline?: string;
  /** Wall seconds of the project's cold build at 10,000 stories in the same run, if measured. */
  coldWallAt10k?: number;
}

/**
 * The "Scale" targets of issue #12 for one corpus size. Up to 50,000 stories: cold wall ≤ 4 ×
 * bare Astro's (CPU shown beside it), edit-to-publish and no-change rebuild ≤ 10 s wall, peak RSS
 * of the build tree ≤ 1.5 GB in every build. Above: peak RSS ≤ 4 GB and cold wall ≤ 12 × the
 * 10,000-story cold wall of the same run.
 */
export function checkTargets(summaries: readonly BuildSummary[], context: TargetContext): TargetCheck[] {
  const { n, project = 'vigie', baseline = 'bare', coldWallAt10k } = context;
  const cold = find(summaries, project, 'cold');
  const bareCold = find(summaries, baseline, 'cold');
  const show = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)} ×`);
  const seconds = (x: number | null | undefined) => (x == null ? 'n/a' : `${x.toFixed(1)} s`);
  const peak = Math.max(0, ...summaries.filter((s) => s.project === project).map((s) => s.peakTreeRssMB ?? 0));
  const peakCheck = (limit: number): TargetCheck => ({
    name: `${project} peak RSS of the build tree, every build`,
    limit: `≤ ${limit} MB`,
    value: peak > 0 ? `${Math.round(peak)} MB` : 'n/a',
    met: peak > 0 ? peak <= limit : null,
  });
  if (n > LARGE_ARCHIVE) {
    const growth = ratio(cold?.wallSeconds, coldWallAt10k);
    return [
      {
        name: `${project} cold wall / ${project} cold wall at 10,000`,
        limit: `≤ ${LARGE_COLD_RATIO_LIMIT} ×`,
        value: show(growth),
        met: growth === null ? null : growth <= LARGE_COLD_RATIO_LIMIT,
      },
      peakCheck(LARGE_RSS_LIMIT_MB),
    ];
  }
  const coldWall = ratio(cold?.wallSeconds, bareCold?.wallSeconds);
  const coldCpu = ratio(cold?.cpuSeconds, bareCold?.cpuSeconds);
  const rebuild = (phase: BuildPhase, label: string): TargetCheck => {
    const wall = find(summaries, project, phase)?.wallSeconds ?? null;
    return {
      name: `${project} ${label}, wall`,
      limit: `≤ ${REBUILD_WALL_LIMIT_S} s`,
      value: seconds(wall),
      met: wall === null ? null : wall <= REBUILD_WALL_LIMIT_S,
    };
  };
  return [
    {
      name: `${project} cold wall / ${baseline} cold wall (CPU ratio ${show(coldCpu)})`,
      limit: `≤ ${COLD_RATIO_LIMIT} ×`,
      value: show(coldWall),
      met: coldWall === null ? null : coldWall <= COLD_RATIO_LIMIT,
    },
    rebuild('edit', 'one-story edit to published site'),
    rebuild('warm', 'no-change rebuild'),
    peakCheck(RSS_LIMIT_MB),
  ];
}

function cell(value: number | null | undefined, digits = 1): string {
  return value == null ? '–' : value.toFixed(digits);
}

/** Markdown table of build summaries (one row per project and phase). */
export function formatBuildTable(summaries: readonly BuildSummary[]): string {
  const header =
    '| project | build | wall s | CPU s (user+sys) | of which search index | pages | pages/s | pages/CPU-s | peak RSS tree MB | max proc RSS MB | output MB | sync s | render s | reused |';
  const rule = '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const rows = summaries.map(
    (s) =>
      `| ${s.project} | ${s.phase}${s.rounds > 1 ? ` (median of ${s.rounds})` : ''} | ${cell(s.wallSeconds)} | ${cell(s.cpuSeconds)} (${cell(s.userSeconds)}+${cell(s.systemSeconds)}) | ${cell(s.searchIndexCpuSeconds)} | ${cell(s.pagesBuilt ?? s.htmlPages, 0)} | ${cell(s.pagesPerSecond, 0)} | ${cell(s.pagesPerCpuSecond, 0)} | ${cell(s.peakTreeRssMB, 0)} | ${cell(s.maxProcessRssMB, 0)} | ${cell(s.outputBytes / 1e6)} | ${cell(s.syncSeconds)} | ${cell(s.generateSeconds)} | ${cell(s.reusedPaths, 0)} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** Markdown table of `project` / `baseline` ratios for each phase (CPU, wall, peak RSS, output). */
export function formatRatioTable(
  summaries: readonly BuildSummary[],
  project: string,
  baseline: string,
  phases: readonly BuildPhase[] = ['cold', 'warm', 'edit', 'cold-cards-kept'],
): string {
  const rows = phases.map((phase) => {
    const a = find(summaries, project, phase);
    const b = find(summaries, baseline, phase);
    const show = (x: number | null) => (x === null ? '–' : x.toFixed(2));
    return `| ${phase} | ${show(ratio(a?.cpuSeconds, b?.cpuSeconds))} | ${show(ratio(a?.wallSeconds, b?.wallSeconds))} | ${show(ratio(a?.peakTreeRssMB, b?.peakTreeRssMB))} | ${show(ratio(a?.outputBytes, b?.outputBytes))} | ${show(ratio(a?.pagesBuilt, b?.pagesBuilt))} |`;
  });
  return [
    `| build | CPU ${project}/${baseline} | wall | peak RSS | output bytes | pages |`,
    '|---|--:|--:|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

/** Markdown table of target checks. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');
  return [
    '| target | limit | measured | |',
    '|---|---|--:|---|',
    ...checks.map((c) => `| ${c.name} | ${c.limit} | ${c.value} | ${mark(c.met)} |`),
  ].join('\n');
}
