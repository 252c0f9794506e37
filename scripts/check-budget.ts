/**
 * Page budget of a built site: for the home, article and topic pages, HTML + render-blocking CSS
 * ≤ 14 KiB gzip, no JavaScript (JSON-LD aside), every <img> with width and height.
 *
 * Usage: node scripts/check-budget.ts [siteDir]   (default: VIGIE_OUT_DIR or dist)
 * Prints a table with the largest page of each type. Exit code 0 when every page passes,
 * 1 when any page fails, 2 when siteDir is not a built site.
 */
import { getOutDir } from './build/out-dir.ts';
import { BudgetSetupError, runBudgetCheck } from './check-budget/run.ts';

const siteDir = process.argv[2] ?? getOutDir();
try {
  const { report, exitCode } = await runBudgetCheck(siteDir);
  console.log(report);
  process.exitCode = exitCode;
} catch (error) {
  if (!(error instanceof BudgetSetupError)) throw error;
  console.error(`check-budget: ${error.message}`);
  process.exitCode = 2;
}
