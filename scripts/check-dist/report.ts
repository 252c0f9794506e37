/** Names of the checks run over `dist/`, one per line of the report. */
export type CheckName =
  'links' | 'fragments' | 'html-validity' | 'h1' | 'title' | 'description' | 'canonical' | 'img-alt' | 'xml';

/** One problem found by a check: errors fail the check, warnings are only shown. */
export interface Finding {
  message: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
}

/** The outcome of one check on one file. */
export interface CheckResult {
  file: string;
  check: CheckName;
  findings: Finding[];
}

/** Totals over all check results: a result fails when it has at least one error. */
export interface Summary {
  passed: number;
  failed: number;
  warnings: number;
  files: number;
}

/** True when a finding makes its check fail (anything not explicitly a warning). */
export function isError(finding: Finding): boolean {
  return finding.severity !== 'warning';
}

/** Counts passed and failed (file, check) pairs, warnings and distinct files. */
export function summarize(results: readonly CheckResult[]): Summary {
  let passed = 0;
  let failed = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.findings.some(isError)) failed++;
    else passed++;
    warnings += result.findings.filter((f) => !isError(f)).length;
  }
  return { passed, failed, warnings, files: new Set(results.map((r) => r.file)).size };
}

/**
 * Human-readable report grouped by file: only files with findings are listed,
 * errors before warnings, then a per-check table and the final `checks: N passed, N failed` line.
 */
export function formatReport(results: readonly CheckResult[]): string {
  const lines: string[] = [];
  const byFile = new Map<string, CheckResult[]>();
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const list = byFile.get(result.file) ?? [];
    list.push(result);
    byFile.set(result.file, list);
  }
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file);
    const findings = byFile.get(file)!.flatMap((r) => r.findings.map((f) => ({ check: r.check, ...f })));
    findings.sort(
      (a, b) =>
        Number(isError(b)) - Number(isError(a)) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    for (const f of findings) {
      const where = f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : '';
      lines.push(`  ${isError(f) ? '✗' : '!'} [${f.check}]${where} ${f.message}`);
    }
  }
  if (lines.length > 0) lines.push('');

  const perCheck = new Map<CheckName, { passed: number; failed: number }>();
  for (const result of results) {
    const row = perCheck.get(result.check) ?? { passed: 0, failed: 0 };
    if (result.findings.some(isError)) row.failed++;
    else row.passed++;
    perCheck.set(result.check, row);
  }
  for (const [check, row] of perCheck) {
    lines.push(
      `  ${check.padEnd(14)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(5)} failed`,
    );
  }
  const summary = summarize(results);
  const warn =
    summary.warnings > 0 ? ` (${summary.warnings} warning${summary.warnings > 1 ? 's' : ''} not counted)` : '';
  lines.push(`checks over ${summary.files} files: ${summary.passed} passed, ${summary.failed} failed${warn}`);
  return lines.join('\n');
}
