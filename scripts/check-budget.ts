/**
 * Page budget of a built site: for the home, article and topic pages, HTML + render-blocking CSS
 * ≤ 14 KiB gzip, no JavaScript (JSON-LD aside), every <img> with width and height.
 *
 * Usage: node scripts/check-budget.ts [siteDir] [--json-summary <file>]   (default: VIGIE_OUT_DIR or dist)
 * Prints a table with the largest page of each type. Exit code 0 when every page passes,
 * 1 when any page fails, 2 when siteDir is not a built site. `--json-summary` writes
 * `{ "passed": pages within budget, "failed": pages over it }` for the test runner.
 */
import { writeFileSync } from 'node:fs';
import { getOutDir } from '../src/site.config.ts';
import { BudgetSetupError, runBudgetCheck } from './check-budget/run.ts';
import { readCommandLine } from './lib/cli.ts';

const USAGE = `usage: node scripts/check-budget.ts [siteDir] [--json-summary <file>]

Page budget of a built site (default: VIGIE_OUT_DIR or dist): HTML + render-blocking CSS ≤ 14 KiB
gzip on home, article and topic pages, no JavaScript, every <img> with width and height.

  --json-summary <file>  write { passed, failed } (pages) for the test runner

Exit code 0 when every page passes, 1 when one fails, 2 on a usage error or when siteDir is not a built site.`;

const { values, positionals } = readCommandLine({
  name: 'check-budget',
  usage: USAGE,
  options: { 'json-summary': { type: 'string' } },
  maxPositionals: 1,
});
const summaryFile = values['json-summary'];
const siteDir = positionals[0] ?? getOutDir();
try {
  const { report, exitCode, measures } = await runBudgetCheck(siteDir);
  console.log(report);
  if (summaryFile) {
    const failed = measures.filter((m) => m.problems.length > 0).length;
    writeFileSync(summaryFile, JSON.stringify({ passed: measures.length - failed, failed }));
  }
  process.exitCode = exitCode;
} catch (error) {
  if (!(error instanceof BudgetSetupError)) throw error;
  console.error(`check-budget: ${error.message}`);
  process.exitCode = 2;
}
