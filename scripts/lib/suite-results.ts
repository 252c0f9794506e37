/** Outcome of one suite of `npm test` (unit tests, type check, build, dist checks, end-to-end). */
export interface SuiteResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** Short explanation shown in the table (why skipped, what failed to start). */
  note?: string;
  /** The failed tests, named under the table (see Counts.failures). */
  failures?: string[];
}

/** Test counts read from a runner's report. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
  /** One line per failed test (where it is, its name, the first line of its error), for the summary. */
  failures?: string[];
}

interface VitestAssertion {
  ancestorTitles?: string[];
  title?: string;
  status?: string;
  failureMessages?: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: VitestAssertion[] }[];
}

/**
 * Counts from Vitest's JSON reporter. A test file that fails before running any test
 * (import or syntax error) counts as one failure, since no test inside it can report.
 */
export function parseVitestReport(json: string, root = ''): Counts {
  const report = JSON.parse(json) as VitestReport;
  const files = report.testResults ?? [];
  const brokenFiles = files.filter((f) => f.status === 'failed' && (f.assertionResults?.length ?? 0) === 0);
  const failures = files.flatMap((f) => {
    const file = relativeTo(root, f.name);
    if (brokenFiles.includes(f)) return [`${file}: ${firstLine(f.message ?? 'failed to load')}`];
    return (f.assertionResults ?? [])
      .filter((a) => a.status === 'failed')
      .map((a) => {
        const name = [...(a.ancestorTitles ?? []), a.title ?? '(unnamed)'].join(' › ');
        return `${file} › ${name}: ${firstLine(a.failureMessages?.[0] ?? '')}`;
      });
  });
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    note: brokenFiles.length > 0 ? `${brokenFiles.length} test file(s) failed to load` : undefined,
    ...(failures.length > 0 ? { failures } : {}),
  };
}

function relativeTo(root: string, file: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return root && file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

interface PlaywrightSuite {
  title?: string;
  file?: string;
  specs?: {
    title: string;
    file?: string;
    line?: number;
    tests?: { status?: string; results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
}

/** `file:line › describe › test: first line of the error` for each test Playwright marks unexpected. */
function listPlaywrightFailures(suites: readonly PlaywrightSuite[], titles: readonly string[] = []): string[] {
  return suites.flatMap((suite) => {
    // A file's own suite is titled by its path, which the spec's file:line already shows.
    const inner = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? [])
        .filter((t) => t.status === 'unexpected')
        .map((t) => {
          const error = t.results?.findLast((r) => r.error)?.error?.message ?? '';
          return `${spec.file ?? '?'}:${spec.line ?? 0} › ${[...inner, spec.title].join(' › ')}: ${firstLine(error)}`;
        }),
    );
    return [...own, ...listPlaywrightFailures(suite.suites ?? [], inner)];
  });
}

/**
 * Counts from Playwright's JSON reporter: flaky tests (passed on retry) count as passed but are
 * named in the note; global errors (web server failed to start, config error) count as failures.
 */
export function parsePlaywrightReport(json: string): Counts {
  const report = JSON.parse(json) as PlaywrightReport;
  const globalErrors = report.errors?.length ?? 0;
  const notes = [
    report.stats.flaky > 0 ? `${report.stats.flaky} flaky` : '',
    globalErrors > 0 ? `${globalErrors} global error(s): ${firstLine(report.errors?.[0]?.message ?? '')}` : '',
  ].filter(Boolean);
  const failures = listPlaywrightFailures(report.suites ?? []);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + globalErrors,
    skipped: report.stats.skipped,
    note: notes.length > 0 ? notes.join('; ') : undefined,
    ...(failures.length > 0 ? { failures } : {}),
  };
}

function firstLine(text: string): string {
  // Playwright messages carry ANSI colour codes; the table is plain text.
  return (
    text
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .find((l) => l.trim()) ?? ''
  )
    .trim()
    .slice(0, 100);
}

interface EslintFileResult {
  filePath: string;
  errorCount: number;
  fatalErrorCount?: number;
  warningCount: number;
  messages?: { line?: number; column?: number; severity: number; ruleId: string | null; message: string }[];
}

/** One line per ESLint error or warning (`path:line:column  error  message  rule`), from its JSON formatter. */
export function listEslintProblems(json: string): string[] {
  const files = JSON.parse(json) as EslintFileResult[];
  return files.flatMap((f) =>
    (f.messages ?? []).map((m) =>
      `${f.filePath}:${m.line ?? 0}:${m.column ?? 0}  ${m.severity === 2 ? 'error' : 'warning'}  ${m.message}  ${m.ruleId ?? ''}`.trimEnd(),
    ),
  );
}

/** Counts from ESLint's JSON formatter: one check per linted file, failed when it has an error. */
export function parseEslintReport(json: string): Counts {
  const files = JSON.parse(json) as EslintFileResult[];
  const failed = files.filter((f) => f.errorCount + (f.fatalErrorCount ?? 0) > 0).length;
  const warnings = files.reduce((sum, f) => sum + f.warningCount, 0);
  return { passed: files.length - failed, failed, skipped: 0, note: `${files.length} files, ${warnings} warnings` };
}

/**
 * Counts from `prettier --list-different` (one unformatted file per line): one failure per file,
 * one pass when there is none. Lines that are not paths (`[error] …`) count as failures too.
 */
export function parsePrettierListOutput(output: string, exitCode: number): Counts {
  const lines = output
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (exitCode === 0 && lines.length === 0) return { passed: 1, failed: 0, skipped: 0, note: 'every file formatted' };
  const shown = lines.slice(0, 3).join(', ');
  return {
    passed: 0,
    failed: Math.max(1, lines.length),
    skipped: 0,
    note: `not formatted (npm run format): ${shown}${lines.length > 3 ? ', …' : ''}`,
  };
}

/** Error, warning and hint counts from the last `Result (N files)` block of `astro check`; null when absent. */
export function parseAstroCheckOutput(output: string): { errors: number; warnings: number; hints: number } | null {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const start = plain.lastIndexOf('Result (');
  if (start === -1) return null;
  const block = plain.slice(start);
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(block)?.[1] ?? 0);
  return { errors: count('error'), warnings: count('warning'), hints: count('hint') };
}

/** Total passed and failed over all suites. */
export function getTotals(results: readonly SuiteResult[]): { passed: number; failed: number } {
  return results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), {
    passed: 0,
    failed: 0,
  });
}

/** The final line of `npm test`, exactly `N passed, N failed`. */
export function formatTotalsLine(results: readonly SuiteResult[]): string {
  const { passed, failed } = getTotals(results);
  return `${passed} passed, ${failed} failed`;
}

/** Plain-text table: one row per suite with status, counts, seconds and note. */
export function formatSuiteTable(results: readonly SuiteResult[]): string {
  const header = ['suite', 'status', 'passed', 'failed', 'skipped', 'time'];
  const rows = results.map((r) => [
    r.name,
    r.status,
    String(r.passed),
    String(r.failed),
    String(r.skipped),
    `${r.seconds.toFixed(1)} s`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < header.length ? (i === 0 || i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)) : c))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * The failed tests named under the table, a few per suite: CI keeps only the end of the output,
 * and a count without a name sends the reader back through thousands of lines.
 */
export function formatFailureList(results: readonly SuiteResult[], perSuite = 10): string {
  const lines = results.flatMap((r) => {
    const failures = r.failures ?? [];
    const shown = failures.slice(0, perSuite).map((f) => `  ${r.name}: ${f}`);
    const more = failures.length - shown.length;
    return more > 0 ? [...shown, `  ${r.name}: … and ${more} more`] : shown;
  });
  return lines.length > 0 ? ['failed tests:', ...lines].join('\n') : '';
}

/** Non-zero when any suite failed or when no test ran at all (an empty run proves nothing). */
export function getExitCode(results: readonly SuiteResult[]): number {
  const { passed, failed } = getTotals(results);
  return failed > 0 || passed === 0 || results.some((r) => r.status === 'failed') ? 1 : 0;
}
