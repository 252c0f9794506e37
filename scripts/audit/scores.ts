/** Lighthouse results reduced to what the audit prints: four category scores and what costs points. */

/** Categories reported, in table order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The parts of a Lighthouse result (LHR) read here. */
export interface LighthouseResultLike {
  lighthouseVersion?: string;
  finalDisplayedUrl?: string;
  /** `benchmarkIndex`: Lighthouse's measure of the host CPU, taken before each run. */
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

/** An audit that lowers a category score. */
export interface LostPoints {
  category: Category;
  id: string;
  title: string;
  /** 0–1, as Lighthouse gives it. */
  score: number;
  displayValue?: string;
}

/** One audited page, as printed and written to JSON. */
export interface PageAudit {
  /** Site path, e.g. `/sujets/terrorisme/`. */
  path: string;
  url: string;
  /** Category scores 0–100; null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  lostPoints: LostPoints[];
  runtimeError?: string;
  /** Host CPU benchmark index of the run (see {@link SLOW_HOST_BENCHMARK_INDEX}). */
  benchmarkIndex?: number;
  /** Performance score of every run, in run order, when the page was audited more than once. */
  performanceRuns?: (number | null)[];
}

/** Category scores of a result on a 0–100 scale (rounded as Lighthouse's report does). */
export function getScores(lhr: LighthouseResultLike): Record<Category, number | null> {
  const entries = CATEGORIES.map((category) => {
    const score = lhr.categories[category]?.score;
    return [category, typeof score === 'number' ? Math.round(score * 100) : null] as const;
  });
  return Object.fromEntries(entries) as Record<Category, number | null>;
}

/**
 * Scored audits below 1 that count in a category (weight > 0), worst first within each category.
 * Metrics of the performance category are included: they are what moves that score.
 */
export function getLostPoints(lhr: LighthouseResultLike): LostPoints[] {
  const lost: LostPoints[] = [];
  for (const category of CATEGORIES) {
    const refs = lhr.categories[category]?.auditRefs ?? [];
    const inCategory: LostPoints[] = [];
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight <= 0 || typeof audit.score !== 'number' || audit.score >= 1) continue;
      if (
        audit.scoreDisplayMode !== 'binary' &&
        audit.scoreDisplayMode !== 'numeric' &&
        audit.scoreDisplayMode !== 'metricSavings'
      )
        continue;
      inCategory.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
    lost.push(...inCategory.sort((a, b) => a.score - b.score));
  }
  return lost;
}

/**
 * Lighthouse's mobile preset slows the CPU 4× to model a mid-range phone on a fast desktop host.
 * Below this benchmark index, Lighthouse's CLI warns that the host is slower than it assumes and
 * that the performance score suffers (its `SLOW_CPU_BENCHMARK_INDEX_THRESHOLD`); the Node API we
 * use does not warn, so the report does.
 */
export const SLOW_HOST_BENCHMARK_INDEX = 1000;

/** Reduces one Lighthouse result to a {@link PageAudit}. */
export function toPageAudit(path: string, url: string, lhr: LighthouseResultLike): PageAudit {
  return {
    path,
    url,
    scores: getScores(lhr),
    lostPoints: getLostPoints(lhr),
    ...(lhr.environment?.benchmarkIndex !== undefined ? { benchmarkIndex: lhr.environment.benchmarkIndex } : {}),
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

/**
 * The run reported for a page audited several times: a run that failed, so the failure shows;
 * otherwise the run with the median performance score (the lower of the two middle runs for an
 * even count). It carries every run's performance score.
 */
export function pickMedianRun(runs: readonly PageAudit[]): PageAudit {
  if (runs.length === 0) throw new Error('pickMedianRun needs at least one run');
  const failed = runs.find((run) => run.runtimeError);
  const performanceRuns = runs.map((run) => run.scores.performance);
  if (failed) return { ...failed, performanceRuns };
  const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  return runs.length > 1 ? { ...median, performanceRuns } : median;
}

/** The Markdown table printed by `npm run audit`, then the audits that cost points, per page. */
export function formatAuditReport(pages: readonly PageAudit[]): string {
  const cell = (score: number | null) => (score === null ? '—' : String(score));
  const severalRuns = pages.some((page) => page.performanceRuns);
  const header = ['page', ...CATEGORIES, ...(severalRuns ? ['performance, each run'] : [])];
  const alignment = ['---', ...CATEGORIES.map(() => '---:'), ...(severalRuns ? ['---'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `|${alignment.join('|')}|`];
  for (const page of pages) {
    const runs = severalRuns ? ` ${(page.performanceRuns ?? [page.scores.performance]).map(cell).join(', ')} |` : '';
    lines.push(`| ${page.path} | ${CATEGORIES.map((c) => cell(page.scores[c])).join(' | ')} |${runs}`);
  }
  const indexes = pages.flatMap((page) => (page.benchmarkIndex === undefined ? [] : [page.benchmarkIndex]));
  if (indexes.length > 0) {
    const low = Math.round(Math.min(...indexes));
    const high = Math.round(Math.max(...indexes));
    lines.push(
      '',
      `Host CPU benchmark index ${low === high ? low : `${low}–${high}`}${
        low < SLOW_HOST_BENCHMARK_INDEX
          ? `: below ${SLOW_HOST_BENCHMARK_INDEX}, Lighthouse considers this host slower than its mobile preset assumes, which lowers performance scores (Lighthouse docs: throttling.md, CPU throttling).`
          : '.'
      }`,
    );
  }
  for (const page of pages) {
    if (page.runtimeError) lines.push('', `${page.path}: Lighthouse error ${page.runtimeError}`);
    if (page.lostPoints.length === 0) continue;
    lines.push('', `${page.path} loses points on:`);
    for (const lost of page.lostPoints) {
      lines.push(
        `- [${lost.category}] ${lost.id} (${Math.round(lost.score * 100)}): ${lost.title}${lost.displayValue ? ` — ${lost.displayValue}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

/** Lowest category score over all pages, or null when nothing was scored. */
export function getLowestScore(pages: readonly PageAudit[]): number | null {
  const scores = pages.flatMap((p) => CATEGORIES.map((c) => p.scores[c])).filter((s): s is number => s !== null);
  return scores.length > 0 ? Math.min(...scores) : null;
}
