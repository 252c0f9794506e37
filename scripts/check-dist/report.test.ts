import { describe, expect, it } from 'vitest';
import { formatReport, summarize, type CheckResult } from './report.ts';

const results: CheckResult[] = [
  { file: 'index.html', check: 'h1', findings: [] },
  { file: 'index.html', check: 'html-validity', findings: [{ message: 'Viewport', severity: 'warning' }] },
  { file: 'articles/x/index.html', check: 'h1', findings: [{ message: '2 <h1> elements', line: 1, column: 40 }] },
  {
    file: 'articles/x/index.html',
    check: 'links',
    findings: [{ message: 'href="/a/" → no a/index.html', line: 1, column: 9 }],
  },
  { file: 'rss.xml', check: 'xml', findings: [] },
];

describe('summarize', () => {
  it('counts (file, check) pairs: warnings alone do not fail', () => {
    expect(summarize(results)).toEqual({ passed: 3, failed: 2, warnings: 1, files: 3 });
  });
});

describe('formatReport', () => {
  const report = formatReport(results);

  it('groups findings by file, errors first and in source order', () => {
    expect(report).toContain(
      [
        'articles/x/index.html',
        '  ✗ [links]:1:9 href="/a/" → no a/index.html',
        '  ✗ [h1]:1:40 2 <h1> elements',
        'index.html',
        '  ! [html-validity] Viewport',
      ].join('\n'),
    );
    expect(report).not.toMatch(/^rss\.xml$/m);
  });

  it('ends with the totals line', () => {
    expect(report.split('\n').at(-1)).toBe('checks over 3 files: 3 passed, 2 failed (1 warning not counted)');
  });
});
