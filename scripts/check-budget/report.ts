/** Summary and text report of a budget run, per page type. */
import { BUDGET_BYTES, PAGE_TYPES, type PageMeasure, type PageType } from './budget.ts';

/** Per page type: how many pages, how many fail, and the largest one. */
export interface TypeSummary {
  type: PageType;
  pages: number;
  failing: number;
  /** Page with the largest total; undefined when the build has no page of this type. */
  largest?: PageMeasure;
}

/** Groups measures by page type, in {@link PAGE_TYPES} order (types without pages included). */
export function summarizeByType(measures: readonly PageMeasure[]): TypeSummary[] {
  return PAGE_TYPES.map((type) => {
    const ofType = measures.filter((m) => m.type === type);
    const largest = ofType.reduce<PageMeasure | undefined>(
      (max, m) => (!max || m.total > max.total ? m : max),
      undefined,
    );
    return { type, pages: ofType.length, failing: ofType.filter((m) => m.problems.length > 0).length, largest };
  });
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The report printed by `scripts/check-budget.ts`: a Markdown table, then every failing page with its problems. */
export function formatBudgetReport(measures: readonly PageMeasure[], budget = BUDGET_BYTES): string {
  const lines = [
    `Page budget: HTML + render-blocking CSS ≤ ${budget} bytes gzip (${kib(budget)}), no JavaScript, every <img> sized.`,
    '',
    '| page type | pages | failing | largest page | HTML gz | CSS gz | total gz | headroom |',
    '|---|---:|---:|---|---:|---:|---:|---:|',
  ];
  for (const { type, pages, failing, largest } of summarizeByType(measures)) {
    if (!largest) {
      lines.push(`| ${type} | 0 | 0 | — | — | — | — | — |`);
      continue;
    }
    lines.push(
      `| ${type} | ${pages} | ${failing} | ${largest.file} | ${largest.htmlGzip} | ${largest.cssGzip} | ${largest.total} | ${budget - largest.total} |`,
    );
  }
  const failing = measures.filter((m) => m.problems.length > 0);
  lines.push('');
  if (failing.length === 0) {
    lines.push(`All ${measures.length} pages pass.`);
  } else {
    lines.push(`${failing.length} of ${measures.length} pages fail:`);
    for (const m of failing) {
      lines.push(`- ${m.file}`);
      for (const problem of m.problems) lines.push(`    ${problem}`);
    }
  }
  return lines.join('\n');
}
