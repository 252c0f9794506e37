/** Reads a built site and measures every home, article and topic page (see `budget.ts`). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listBuiltFiles } from '../lib/dist-pages.ts';
import { BUDGET_BYTES, classifyPage, measurePage, type PageMeasure } from './budget.ts';
import { formatBudgetReport } from './report.ts';

/** Thrown when the folder is not a built site; the CLI exits 2 on it. */
export class BudgetSetupError extends Error {}

/** Outcome of {@link runBudgetCheck}. */
export interface BudgetRun {
  measures: PageMeasure[];
  report: string;
  /** 0 when every page passes, 1 when any page fails. */
  exitCode: 0 | 1;
}

/**
 * Measures the reader pages of the site built in `siteDir`.
 * Throws {@link BudgetSetupError} when `siteDir` is missing or has no `index.html`.
 */
export async function runBudgetCheck(siteDir: string, budget = BUDGET_BYTES): Promise<BudgetRun> {
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory())
    throw new BudgetSetupError(`${siteDir} is not a folder; build the site first`);
  if (!existsSync(join(siteDir, 'index.html')))
    throw new BudgetSetupError(`${siteDir} has no index.html; is it a built site?`);
  const readAsset = (path: string): Uint8Array | undefined => {
    const full = join(siteDir, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : undefined;
  };
  const measures: PageMeasure[] = [];
  for (const file of listBuiltFiles(siteDir).filter((f) => f.endsWith('.html'))) {
    const type = classifyPage(file);
    if (!type) continue;
    measures.push(measurePage({ file, type, html: await readFile(join(siteDir, file), 'utf8'), readAsset }, budget));
  }
  const exitCode = measures.some((m) => m.problems.length > 0) ? 1 : 0;
  return { measures, report: formatBudgetReport(measures, budget), exitCode };
}
