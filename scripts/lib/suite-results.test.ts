import { describe, expect, it } from 'vitest';
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
  type SuiteResult,
} from './suite-results.ts';

describe('parseVitestReport', () => {
  it('reads passed, failed and pending tests', () => {
    const json = JSON.stringify({
      numPassedTests: 12,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [{ name: 'a', status: 'failed', assertionResults: [{}, {}] }],
    });
    expect(parseVitestReport(json)).toEqual({ passed: 12, failed: 1, skipped: 3, note: undefined });
  });

  it('counts a test file that failed to load as one failure', () => {
    const json = JSON.stringify({
      numPassedTests: 5,
      numFailedTests: 0,
      testResults: [
        { name: '/x/ok.test.ts', status: 'passed', assertionResults: [{}] },
        { name: '/x/broken.test.ts', status: 'failed', message: 'SyntaxError', assertionResults: [] },
      ],
    });
    expect(parseVitestReport(json)).toEqual({
      passed: 5,
      failed: 1,
      skipped: 0,
      note: '1 test file(s) failed to load',
      failures: ['/x/broken.test.ts: SyntaxError'],
    });
  });

  it('throws on a truncated report', () => {
    expect(() => parseVitestReport('{"numPassedTests": 3')).toThrow();
  });

  // Shape of Vitest 4's JSON reporter, trimmed from a real report.
  it('names each failed test, and each file that failed to load, relative to the root', () => {
    const json = JSON.stringify({
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: '/repo/src/a.test.ts',
          status: 'failed',
          assertionResults: [
            {
              ancestorTitles: ['group', 'inner'],
              title: 'fails',
              status: 'failed',
              failureMessages: [
                'AssertionError: expected 1 to be 2 // Object.is equality\n    at /repo/src/a.test.ts:2:57',
              ],
            },
            { ancestorTitles: ['group'], title: 'passes', status: 'passed', failureMessages: [] },
          ],
        },
        {
          name: '/repo/src/broken.test.ts',
          status: 'failed',
          message: 'SyntaxError: Unexpected token\n  at x',
          assertionResults: [],
        },
      ],
    });
    expect(parseVitestReport(json, '/repo/').failures).toEqual([
      'src/a.test.ts › group › inner › fails: AssertionError: expected 1 to be 2 // Object.is equality',
      'src/broken.test.ts: SyntaxError: Unexpected token',
    ]);
  });
});

describe('parsePlaywrightReport', () => {
  it.each([
    [
      { stats: { expected: 9, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] },
      { passed: 9, failed: 0, skipped: 0, note: undefined },
    ],
    [
      { stats: { expected: 7, unexpected: 2, flaky: 1, skipped: 1 } },
      { passed: 8, failed: 2, skipped: 1, note: '1 flaky' },
    ],
    [
      {
        stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
        errors: [{ message: '\u001b[31mError: Timed out waiting 60000ms from config.webServer.\u001b[39m\nmore' }],
      },
      {
        passed: 0,
        failed: 1,
        skipped: 0,
        note: '1 global error(s): Error: Timed out waiting 60000ms from config.webServer.',
      },
    ],
  ])('%j', (report, expected) => {
    expect(parsePlaywrightReport(JSON.stringify(report))).toEqual(expected);
  });

  // Shape of Playwright 1.5x's JSON reporter, trimmed from a real report: a file suite holding a describe.
  it('names each unexpected test by file, line and titles, with the first line of its last error', () => {
    const report = {
      stats: { expected: 1, unexpected: 1, flaky: 0, skipped: 0 },
      suites: [
        {
          title: 'feeds.spec.ts',
          file: 'feeds.spec.ts',
          suites: [
            {
              title: 'feeds',
              file: 'feeds.spec.ts',
              specs: [
                {
                  title: 'one fails',
                  file: 'feeds.spec.ts',
                  line: 12,
                  tests: [
                    {
                      status: 'unexpected',
                      results: [
                        { error: { message: 'Error: first try' } },
                        { error: { message: '\u001b[2mexpect(\u001b[22mreceived).toBe(expected)\nExpected: 2' } },
                      ],
                    },
                  ],
                },
                { title: 'ok', file: 'feeds.spec.ts', line: 20, tests: [{ status: 'expected', results: [{}] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(parsePlaywrightReport(JSON.stringify(report)).failures).toEqual([
      'feeds.spec.ts:12 › feeds › one fails: expect(received).toBe(expected)',
    ]);
  });
});

describe('formatFailureList', () => {
  const suite = (name: string, failures?: string[]): SuiteResult => ({
    name,
    status: failures ? 'failed' : 'passed',
    passed: 1,
    failed: failures?.length ?? 0,
    skipped: 0,
    seconds: 1,
    ...(failures ? { failures } : {}),
  });

  it('is empty when nothing failed', () => {
    expect(formatFailureList([suite('lint'), suite('e2e')])).toBe('');
  });

  it('lists failures under their suite, cut after the limit with the number left', () => {
    expect(formatFailureList([suite('lint'), suite('unit tests', ['a', 'b', 'c']), suite('e2e', ['d'])], 2)).toBe(
      ['failed tests:', '  unit tests: a', '  unit tests: b', '  unit tests: … and 1 more', '  e2e: d'].join('\n'),
    );
  });
});

describe('parseAstroCheckOutput', () => {
  it.each([
    ['Result (96 files): \n- 1 error\n- 0 warnings\n- 2 hints\n', { errors: 1, warnings: 0, hints: 2 }],
    [
      '\u001b[1mResult (21 files): \u001b[0m\n- \u001b[31m0 errors\u001b[0m\n- 3 warnings\n- 0 hints',
      { errors: 0, warnings: 3, hints: 0 },
    ],
    [
      'src/x.ts - error ts(2322): 4 errors in text\nResult (2 files): \n- 12 errors\n- 0 warnings\n- 0 hints',
      { errors: 12, warnings: 0, hints: 0 },
    ],
  ])('%j', (output, expected) => {
    expect(parseAstroCheckOutput(output)).toEqual(expected);
  });

  it('returns null when the check did not get to its result', () => {
    expect(parseAstroCheckOutput('Node.js v20.20.2 is not supported by Astro!')).toBeNull();
  });
});

const suite = (
  name: string,
  passed: number,
  failed: number,
  status: SuiteResult['status'] = failed ? 'failed' : 'passed',
): SuiteResult => ({
  name,
  status,
  passed,
  failed,
  skipped: 0,
  seconds: 1.25,
});

describe('formatTotalsLine', () => {
  it('sums every suite', () => {
    expect(formatTotalsLine([suite('unit', 101, 0), suite('types', 0, 3), suite('e2e', 20, 1)])).toBe(
      '121 passed, 4 failed',
    );
  });
});

describe('formatSuiteTable', () => {
  it('lists each suite with its counts, time and note', () => {
    const table = formatSuiteTable([
      suite('unit tests', 101, 0),
      { ...suite('e2e', 0, 0, 'skipped'), note: 'build failed' },
    ]);
    expect(table.split('\n')).toEqual([
      'suite       status   passed  failed  skipped   time',
      '----------  -------  ------  ------  -------  -----',
      'unit tests  passed      101       0        0  1.3 s',
      'e2e         skipped       0       0        0  1.3 s  build failed',
    ]);
  });
});

describe('getExitCode', () => {
  it.each([
    ['all green', [suite('unit', 3, 0)], 0],
    ['a failure', [suite('unit', 3, 0), suite('e2e', 4, 1)], 1],
    ['nothing ran', [suite('unit', 0, 0), { ...suite('e2e', 0, 0), status: 'skipped' as const }], 1],
    [
      'a failed suite without counted tests',
      [suite('unit', 3, 0), { ...suite('build', 0, 0), status: 'failed' as const }],
      1,
    ],
  ])('%s → %i', (_name, results, expected) => {
    expect(getExitCode(results)).toBe(expected);
  });
});

describe('parseEslintReport', () => {
  it('counts clean files as passed and files with an error as failed, warnings in the note', () => {
    const json = JSON.stringify([
      { filePath: '/x/a.ts', errorCount: 0, warningCount: 2 },
      { filePath: '/x/b.ts', errorCount: 3, warningCount: 0 },
      { filePath: '/x/c.astro', errorCount: 0, fatalErrorCount: 1, warningCount: 0 },
    ]);
    expect(parseEslintReport(json)).toEqual({ passed: 1, failed: 2, skipped: 0, note: '3 files, 2 warnings' });
  });
});

describe('parsePrettierListOutput', () => {
  it('passes once when no file is listed', () => {
    expect(parsePrettierListOutput('', 0)).toMatchObject({ passed: 1, failed: 0 });
  });

  it('fails once per unformatted file and names the first ones', () => {
    const counts = parsePrettierListOutput('src/a.ts\nscripts/b.ts\n', 1);
    expect(counts).toMatchObject({ passed: 0, failed: 2 });
    expect(counts.note).toContain('src/a.ts, scripts/b.ts');
  });

  it('fails when Prettier itself failed without listing a file', () => {
    expect(parsePrettierListOutput('', 2)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('listEslintProblems', () => {
  it('prints one line per problem with its place, severity and rule', () => {
    const json = JSON.stringify([
      { filePath: '/x/a.ts', errorCount: 0, warningCount: 0, messages: [] },
      {
        filePath: '/x/b.ts',
        errorCount: 1,
        warningCount: 1,
        messages: [
          { line: 3, column: 7, severity: 2, ruleId: 'prefer-const', message: "'x' is never reassigned." },
          { line: 9, column: 1, severity: 1, ruleId: null, message: 'Unused eslint-disable directive.' },
        ],
      },
    ]);
    expect(listEslintProblems(json)).toEqual([
      "/x/b.ts:3:7  error  'x' is never reassigned.  prefer-const",
      '/x/b.ts:9:1  warning  Unused eslint-disable directive.',
    ]);
  });
});
