import { describe, expect, it } from 'vitest';
import {
  formatAuditReport,
  getLostPoints,
  getLowestScore,
  getScores,
  pickMedianRun,
  toPageAudit,
  type PageAudit,
  type LighthouseResultLike,
} from './scores.ts';

const audit = (id: string, score: number | null, scoreDisplayMode = 'binary', displayValue?: string) => ({
  id,
  title: `Title of ${id}`,
  score,
  scoreDisplayMode,
  ...(displayValue ? { displayValue } : {}),
});

const lhr: LighthouseResultLike = {
  categories: {
    performance: {
      score: 0.934,
      auditRefs: [
        { id: 'total-blocking-time', weight: 30 },
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'diagnostic', weight: 0 },
      ],
    },
    accessibility: {
      score: 0.955,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'target-size', weight: 7 },
        { id: 'manual', weight: 0 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: null, auditRefs: [{ id: 'not-applicable', weight: 1 }] },
  },
  audits: {
    'total-blocking-time': audit('total-blocking-time', 0.65, 'numeric', '420 ms'),
    'largest-contentful-paint': audit('largest-contentful-paint', 1, 'numeric', '0.9 s'),
    diagnostic: audit('diagnostic', 0, 'metricSavings'),
    'color-contrast': audit('color-contrast', 0),
    'target-size': audit('target-size', 0.5),
    manual: audit('manual', 0, 'manual'),
    'errors-in-console': audit('errors-in-console', 1),
    'not-applicable': audit('not-applicable', null, 'notApplicable'),
  },
};

describe('getScores', () => {
  it('gives rounded 0-100 scores, null for an unscored category', () => {
    expect(getScores(lhr)).toEqual({ performance: 93, accessibility: 96, 'best-practices': 100, seo: null });
  });
});

describe('getLostPoints', () => {
  it('lists weighted audits below 1, worst first per category, skipping weight 0 and manual audits', () => {
    expect(getLostPoints(lhr).map((l) => [l.category, l.id, l.score, l.displayValue])).toEqual([
      ['performance', 'total-blocking-time', 0.65, '420 ms'],
      ['accessibility', 'color-contrast', 0, undefined],
      ['accessibility', 'target-size', 0.5, undefined],
    ]);
  });
});

describe('formatAuditReport', () => {
  it('prints a Markdown table, then what costs points', () => {
    const report = formatAuditReport([
      toPageAudit('/', 'http://127.0.0.1:1/', lhr),
      toPageAudit('/sujets/x/', 'http://127.0.0.1:1/sujets/x/', {
        ...lhr,
        runtimeError: { code: 'NO_FCP', message: 'no paint' },
      }),
    ]);
    expect(report.split('\n').slice(0, 4)).toEqual([
      '| page | performance | accessibility | best-practices | seo |',
      '|---|---:|---:|---:|---:|',
      '| / | 93 | 96 | 100 | — |',
      '| /sujets/x/ | 93 | 96 | 100 | — |',
    ]);
    expect(report).toContain(
      '/ loses points on:\n- [performance] total-blocking-time (65): Title of total-blocking-time — 420 ms\n- [accessibility] color-contrast (0): Title of color-contrast',
    );
    expect(report).toContain('/sujets/x/: Lighthouse error NO_FCP: no paint');
  });
});

describe('pickMedianRun', () => {
  const run = (performance: number | null, runtimeError?: string): PageAudit => ({
    path: '/',
    url: 'u',
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    lostPoints: [],
    ...(runtimeError ? { runtimeError } : {}),
  });

  it('reports the run with the median performance, with every run in order', () => {
    expect(pickMedianRun([run(100), run(97), run(99)])).toEqual({ ...run(99), performanceRuns: [100, 97, 99] });
  });

  it('takes the lower middle run of an even count', () => {
    expect(pickMedianRun([run(100), run(98), run(99), run(100)]).scores.performance).toBe(99);
  });

  it('reports a failed run, so a failure is never hidden by a median', () => {
    const picked = pickMedianRun([run(100), run(null, 'NO_FCP: no paint'), run(100)]);
    expect(picked.runtimeError).toBe('NO_FCP: no paint');
    expect(picked.performanceRuns).toEqual([100, null, 100]);
  });

  it('leaves a single run as it is', () => {
    expect(pickMedianRun([run(98)])).toEqual(run(98));
  });

  it('adds a column with every run to the table', () => {
    const report = formatAuditReport([pickMedianRun([run(100), run(97), run(99)]), run(100)]);
    expect(report.split('\n').slice(0, 4)).toEqual([
      '| page | performance | accessibility | best-practices | seo | performance, each run |',
      '|---|---:|---:|---:|---:|---|',
      '| / | 99 | 100 | 100 | 100 | 100, 97, 99 |',
      '| / | 100 | 100 | 100 | 100 | 100 |',
    ]);
  });
});

describe('host benchmark index', () => {
  it('is read from the result and reported with a warning when the host is slower than Lighthouse assumes', () => {
    const slow = toPageAudit('/', 'u', { ...lhr, environment: { benchmarkIndex: 812.4 } });
    const fast = toPageAudit('/a/', 'u', { ...lhr, environment: { benchmarkIndex: 1650 } });
    expect(slow.benchmarkIndex).toBe(812.4);
    expect(formatAuditReport([slow, fast])).toContain(
      'Host CPU benchmark index 812–1650: below 1000, Lighthouse considers this host slower',
    );
    expect(formatAuditReport([fast])).toContain('Host CPU benchmark index 1650.');
    expect(formatAuditReport([toPageAudit('/', 'u', lhr)])).not.toContain('benchmark index');
  });
});

describe('getLowestScore', () => {
  it('takes the minimum over pages and categories, ignoring unscored ones', () => {
    expect(getLowestScore([toPageAudit('/', 'u', lhr)])).toBe(93);
    expect(getLowestScore([])).toBeNull();
  });
});
