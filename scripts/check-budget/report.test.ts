import { describe, expect, it } from 'vitest';
import type { PageMeasure } from './budget.ts';
import { formatBudgetReport, summarizeByType } from './report.ts';

const measure = (file: string, type: PageMeasure['type'], total: number, problems: string[] = []): PageMeasure => ({
  file,
  type,
  htmlGzip: total - 2000,
  cssGzip: 2000,
  total,
  problems,
});

const measures = [
  measure('index.html', 'home', 5000),
  measure('articles/a/index.html', 'article', 6000),
  measure('articles/b/index.html', 'article', 15000, ['size: too big']),
  measure('articles/c/index.html', 'article', 7000, ['script: <script src="/x.js">']),
];

describe('summarizeByType', () => {
  it('gives the largest page and the failing count per type, keeping types without pages', () => {
    expect(summarizeByType(measures).map((s) => [s.type, s.pages, s.failing, s.largest?.file])).toEqual([
      ['home', 1, 0, 'index.html'],
      ['article', 3, 2, 'articles/b/index.html'],
      ['topic-index', 0, 0, undefined],
      ['topic', 0, 0, undefined],
      ['person', 0, 0, undefined],
      ['organisation', 0, 0, undefined],
      ['author', 0, 0, undefined],
    ]);
  });
});

describe('formatBudgetReport', () => {
  it('prints one table row per type and lists the problems of failing pages', () => {
    const report = formatBudgetReport(measures, 14336);
    expect(report).toContain('| article | 3 | 2 | articles/b/index.html | 13000 | 2000 | 15000 | -664 |');
    expect(report).toContain('| topic | 0 | 0 | — | — | — | — | — |');
    expect(report).toContain(
      '2 of 4 pages fail:\n- articles/b/index.html\n    size: too big\n- articles/c/index.html\n    script: <script src="/x.js">',
    );
  });

  it('says so when every page passes', () => {
    expect(formatBudgetReport(measures.slice(0, 2))).toMatch(/All 2 pages pass\.$/);
  });
});
