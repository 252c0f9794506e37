import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  formatBuildTable,
  formatRatioTable,
  formatTargets,
  median,
  ratio,
  summarise,
  type BuildRun,
} from './report.ts';

function run(
  project: string,
  phase: BuildRun['phase'],
  round: number,
  cpuSeconds: number,
  extra: Partial<BuildRun> = {},
): BuildRun {
  return {
    project,
    phase,
    round,
    exitCode: 0,
    wallSeconds: cpuSeconds * 2,
    userSeconds: cpuSeconds * 0.8,
    systemSeconds: cpuSeconds * 0.2,
    cpuSeconds,
    peakTreeRssMB: 800,
    maxProcessRssMB: 780,
    peakAtSeconds: 3,
    syncSeconds: 1,
    generateSeconds: 2,
    pagesBuilt: 100,
    reusedPaths: 0,
    renderedPaths: 100,
    peakPhase: null,
    htmlPages: 100,
    outputFiles: 120,
    outputBytes: 5e6,
    pagesPerSecond: 100 / (cpuSeconds * 2),
    pagesPerCpuSecond: 100 / cpuSeconds,
    ...extra,
  };
}

describe('median and ratio', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], null],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('rounds ratios and refuses missing or zero denominators', () => {
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(undefined, 2)).toBeNull();
  });
});

describe('summarise', () => {
  it('takes medians per project and phase and leaves out failed builds', () => {
    const summaries = summarise([
      run('vigie', 'cold', 1, 10),
      run('vigie', 'cold', 2, 30),
      run('vigie', 'cold', 3, 20),
      run('vigie', 'cold', 4, 1, { exitCode: 1 }),
    ]);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ project: 'vigie', phase: 'cold', rounds: 3, cpuSeconds: 20 });
  });
});

describe('checkTargets', () => {
  it('judges the 10,000-story targets: cold wall ratio, edit and no-change walls, peak RSS', () => {
    const summaries = summarise([
      run('vigie', 'cold', 1, 12, { wallSeconds: 30 }),
      run('bare', 'cold', 1, 10, { wallSeconds: 10 }),
      run('vigie', 'edit', 1, 2.4, { wallSeconds: 9 }),
      run('vigie', 'warm', 1, 3, { wallSeconds: 11, peakTreeRssMB: 1600 }),
    ]);
    const checks = checkTargets(summaries, { n: 10_000 });
    expect(checks.map((c) => [c.value, c.met])).toEqual([
      ['3.00 ×', true],
      ['9.0 s', true],
      ['11.0 s', false],
      ['1600 MB', false],
    ]);
    expect(checks[0]!.name).toContain('CPU ratio 1.20 ×');
  });

  it('judges a 100,000-story build against the 10,000-story cold build of the same run and 4 GB', () => {
    const summaries = summarise([run('vigie', 'cold', 1, 900, { wallSeconds: 1300, peakTreeRssMB: 3900 })]);
    const checks = checkTargets(summaries, { n: 100_000, coldWallAt10k: 100 });
    expect(checks.map((c) => [c.value, c.met])).toEqual([
      ['13.00 ×', false],
      ['3900 MB', true],
    ]);
  });

  it('reports n/a when a build is missing', () => {
    const checks = checkTargets(summarise([run('vigie', 'cold', 1, 12)]), { n: 1000 });
    expect(checks[0]).toMatchObject({ value: 'n/a', met: null });
    expect(checks[1]).toMatchObject({ met: null });
    expect(checkTargets([], { n: 100_000 })[0]).toMatchObject({ value: 'n/a', met: null });
  });
});

describe('Markdown tables', () => {
  const summaries = summarise([run('vigie', 'cold', 1, 12), run('bare', 'cold', 1, 10), run('vigie', 'cold', 2, 14)]);

  it('prints one row per project and phase, with the number of rounds', () => {
    const table = formatBuildTable(summaries).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^\| vigie \| cold \(median of 2\) \| 26\.0 \| 13\.0 \(10\.4\+2\.6\) \| – \| 100 \|/);
  });

  it('shows the search-index share of a build that has one', () => {
    const withIndex = summarise([
      run('vigie', 'cold', 1, 12, { searchIndex: { wallSeconds: 3, cpuSeconds: 4, peakTreeRssMB: 900 } }),
    ]);
    expect(formatBuildTable(withIndex).split('\n')[2]).toMatch(
      /^\| vigie \| cold \| 24\.0 \| 12\.0 \(9\.6\+2\.4\) \| 4\.0 \| 100 \|/,
    );
  });

  it('prints ratios with dashes where a phase is missing', () => {
    const table = formatRatioTable(summaries, 'vigie', 'bare').split('\n');
    expect(table[2]).toBe('| cold | 1.30 | 1.30 | 1.00 | 1.00 | 1.00 |');
    expect(table[3]).toBe('| warm | – | – | – | – | – |');
  });

  it('marks missed targets in bold', () => {
    expect(formatTargets([{ name: 'x', limit: '≤ 1', value: '2', met: false }])).toContain(
      '| x | ≤ 1 | 2 | **missed** |',
    );
  });
});
