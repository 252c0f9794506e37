/**
 * `npm test`: first the system programs the tests need (installed with apt-get when run as root,
 * else named in one line and exit 1), then format check, lint, unit tests, type check, production
 * build, checks over the build, end-to-end tests — in that order, continuing after a failure where
 * the next suite still means something (not past a failed build). Ends with a per-suite table and
 * the line `N passed, N failed`; exit 1 on any failure or when no test ran.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { getOutDir } from '../src/site.config.ts';
import { runCommand } from './lib/run-command.ts';
import {
  formatFailureList,
  formatSuiteTable,
  formatTotalsLine,
  getExitCode,
  parseAstroCheckOutput,
  listEslintProblems,
  parseEslintReport,
  parsePlaywrightReport,
  parsePrettierListOutput,
  parseVitestReport,
  type Counts,
  type SuiteResult,
} from './lib/suite-results.ts';
import { findMissing, formatMissingLine, installWithAptGet, probeMachine } from './lib/system-packages.ts';
import { readCommandLine } from './lib/cli.ts';

readCommandLine({
  name: 'test',
  usage: `usage: npm test

Runs every suite in order: format, lint, unit tests, type check, production build, checks over the
build, page budget, end-to-end tests, fixture builds; ends with \`N passed, N failed\` (exit 1 on any
failure). First checks for Chromium, Java 17+ and xmllint: installs them with apt-get when run as
root, otherwise names the Debian packages to install and stops. Takes no options.

  CHROMIUM_PATH   browser for Playwright (default: Playwright's download, else /usr/bin/chromium)
  VIGIE_OUT_DIR   where the build goes (default: dist)`,
  options: {},
});

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = process.execPath;
const bin = (path: string) => join(ROOT, 'node_modules', path);

function getPlaywrightChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** Probes (and as root, installs) the system programs; exits with one line naming what is missing. */
function checkSystemPackages(): string {
  let probe = probeMachine(process.env, getPlaywrightChromium());
  let missing = findMissing(probe);
  if (missing.length > 0 && probe.isRoot && probe.hasAptGet && installWithAptGet(missing)) {
    probe = probeMachine(process.env, getPlaywrightChromium());
    missing = findMissing(probe);
  }
  if (missing.length > 0 || !probe.chromium) {
    console.error(formatMissingLine(missing));
    process.exit(1);
  }
  return probe.chromium;
}

const browser = checkSystemPackages();
// Playwright finds its own download; any other browser (CHROMIUM_PATH, Debian's) is passed by path.
const browserEnv = browser === getPlaywrightChromium() ? {} : { CHROMIUM_PATH: browser };
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...browserEnv };
const distDir = resolve(ROOT, getOutDir(env));
const reportDir = await mkdtemp(join(tmpdir(), 'vigie-test-'));
const results: SuiteResult[] = [];

function banner(title: string): void {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}`);
}

async function readCounts(file: string, parse: (json: string) => Counts, exitCode: number): Promise<Counts> {
  try {
    return parse(await readFile(file, 'utf8'));
  } catch (error) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `no readable report (exit ${exitCode}): ${(error as Error).message.slice(0, 80)}`,
    };
  }
}

function record(name: string, counts: Counts, seconds: number, exitCode: number): SuiteResult {
  // A runner that exits non-zero has failed even if its report counted no failing test (e.g. a crash after the run).
  const failed = exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed;
  const result: SuiteResult = { name, status: failed > 0 ? 'failed' : 'passed', ...counts, failed, seconds };
  results.push(result);
  return result;
}

function skip(name: string, note: string): void {
  results.push({ name, status: 'skipped', passed: 0, failed: 0, skipped: 0, seconds: 0, note });
}

banner('format (prettier --check)');
{
  const run = await runCommand(NODE, [bin('prettier/bin/prettier.cjs'), '--list-different', '.'], {
    cwd: ROOT,
    env,
    capture: true,
  });
  record('format', parsePrettierListOutput(run.output, run.code), run.seconds, run.code);
}

banner('lint (eslint)');
{
  const report = join(reportDir, 'eslint.json');
  const run = await runCommand(NODE, [bin('eslint/bin/eslint.js'), '.', '--format', 'json', '--output-file', report], {
    cwd: ROOT,
    env,
  });
  for (const line of await readFile(report, 'utf8').then(listEslintProblems, () => [])) console.log(line);
  record('lint', await readCounts(report, parseEslintReport, run.code), run.seconds, run.code);
}

banner('unit tests (vitest)');
{
  const report = join(reportDir, 'vitest.json');
  const run = await runCommand(
    NODE,
    [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: ROOT, env },
  );
  record(
    'unit tests',
    await readCounts(report, (json) => parseVitestReport(json, ROOT), run.code),
    run.seconds,
    run.code,
  );
}

banner('type check (astro check)');
{
  const run = await runCommand(NODE, [bin('astro/bin/astro.mjs'), 'check'], { cwd: ROOT, env, capture: true });
  const parsed = parseAstroCheckOutput(run.output);
  const counts: Counts = parsed
    ? {
        passed: parsed.errors === 0 ? 1 : 0,
        failed: parsed.errors,
        skipped: 0,
        note: `${parsed.errors} errors, ${parsed.warnings} warnings, ${parsed.hints} hints`,
      }
    : { passed: 0, failed: 1, skipped: 0, note: `no result from astro check (exit ${run.code})` };
  record('type check', counts, run.seconds, run.code);
}

banner('production build (npm run build)');
let built: boolean;
{
  // npm sets npm_execpath to its own CLI; run it with our Node so the build never falls back to an older one on PATH.
  const npm = env.npm_execpath ? { command: NODE, args: [env.npm_execpath] } : { command: 'npm', args: [] };
  const run = await runCommand(npm.command, [...npm.args, 'run', 'build'], { cwd: ROOT, env });
  built = run.code === 0 && existsSync(join(distDir, 'index.html'));
  const note = run.code === 0 && !built ? `no index.html in ${distDir}` : undefined;
  record('build', { passed: built ? 1 : 0, failed: built ? 0 : 1, skipped: 0, note }, run.seconds, run.code);
}

if (built) {
  banner('checks over the build (scripts/check-dist.ts)');
  const report = join(reportDir, 'check-dist.json');
  const run = await runCommand(NODE, [join(ROOT, 'scripts/check-dist.ts'), distDir, '--json-summary', report], {
    cwd: ROOT,
    env,
  });
  const parse = (json: string): Counts => {
    const summary = JSON.parse(json) as { passed: number; failed: number; warnings: number; files: number };
    return {
      passed: summary.passed,
      failed: summary.failed,
      skipped: 0,
      note: `${summary.files} files, ${summary.warnings} warnings`,
    };
  };
  record('dist checks', await readCounts(report, parse, run.code), run.seconds, run.code);

  banner('page budget (scripts/check-budget.ts)');
  const budgetReport = join(reportDir, 'budget.json');
  const budget = await runCommand(
    NODE,
    [join(ROOT, 'scripts/check-budget.ts'), distDir, '--json-summary', budgetReport],
    { cwd: ROOT, env },
  );
  const parseBudget = (json: string): Counts => {
    const summary = JSON.parse(json) as { passed: number; failed: number };
    return { passed: summary.passed, failed: summary.failed, skipped: 0, note: 'pages within 14 KiB gzip, no JS' };
  };
  record('page budget', await readCounts(budgetReport, parseBudget, budget.code), budget.seconds, budget.code);

  banner('end-to-end tests (playwright)');
  const e2eReport = join(reportDir, 'playwright.json');
  const e2e = await runCommand(
    NODE,
    [bin('@playwright/test/cli.js'), 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
    {
      cwd: ROOT,
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
    },
  );
  record('e2e', await readCounts(e2eReport, parsePlaywrightReport, e2e.code), e2e.seconds, e2e.code);
} else {
  skip('dist checks', 'build failed');
  skip('page budget', 'build failed');
  skip('e2e', 'build failed');
}

// Builds of fixture corpora (broken entries, drafts, pagination, reproducibility): independent of dist/.
banner('fixture builds (e2e/builds, vitest)');
{
  const report = join(reportDir, 'builds.json');
  const run = await runCommand(
    NODE,
    [
      bin('vitest/vitest.mjs'),
      'run',
      '-c',
      'e2e/builds/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: ROOT, env },
  );
  record(
    'fixture builds',
    await readCounts(report, (json) => parseVitestReport(json, ROOT), run.code),
    run.seconds,
    run.code,
  );
}

await rm(reportDir, { recursive: true, force: true });
banner('summary');
console.log(formatSuiteTable(results));
const failureList = formatFailureList(results);
if (failureList) console.log(failureList);
console.log(formatTotalsLine(results));
process.exitCode = getExitCode(results);
