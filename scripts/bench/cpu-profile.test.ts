import { describe, expect, it } from 'vitest';
import { getFrameSource, summariseCpuProfile, type CpuProfile } from './cpu-profile.ts';

describe('getFrameSource', () => {
  it.each([
    ['file:///w/node_modules/satori/dist/index.js', 'f', 'satori'],
    ['file:///w/node_modules/.pnpm/x/node_modules/@astrojs/sitemap/dist/index.js', 'f', '@astrojs/sitemap'],
    ['file:///tmp/copy/src/lib/social/render-card.ts', 'f', 'src/lib'],
    ['node:internal/fs/promises', 'f', 'node: built-ins'],
    ['', '(garbage collector)', '(garbage collector)'],
    ['', 'compile', '(native)'],
  ])('%s → %s', (url, name, expected) => {
    expect(getFrameSource(url, name)).toBe(expected);
  });
});

describe('summariseCpuProfile', () => {
  // root → render (astro runtime) → card (src/lib/social) ; root → gc
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 4] },
      {
        id: 2,
        callFrame: {
          functionName: 'renderPage',
          url: 'file:///c/node_modules/astro/dist/runtime/server/render/page.js',
          lineNumber: 9,
        },
        children: [3],
      },
      {
        id: 3,
        callFrame: { functionName: 'renderSocialCard', url: 'file:///c/src/lib/social/render-card.ts', lineNumber: 99 },
      },
      { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    ],
    samples: [2, 3, 3, 4],
    timeDeltas: [1000, 2000, 3000, 4000],
    startTime: 0,
    endTime: 10_000,
  };
  const summary = summariseCpuProfile(profile);

  it('adds self time by source and by function', () => {
    expect(summary.totalMs).toBe(10);
    expect(summary.bySource.map((s) => [s.name, s.ms])).toEqual([
      ['src/lib', 5],
      ['(garbage collector)', 4],
      ['astro', 1],
    ]);
    expect(summary.byFunction[0]).toEqual({ name: 'renderSocialCard src/lib:100', ms: 5, percent: 50 });
  });

  it('counts a sample once for every subsystem on its stack', () => {
    const ms = Object.fromEntries(summary.bySubsystem.map((s) => [s.name, s.ms]));
    expect(ms['social cards (satori + sharp)']).toBe(5);
    expect(ms['page rendering (astro runtime)']).toBe(6);
    expect(ms['garbage collector']).toBe(4);
    expect(ms['sitemap']).toBe(0);
  });
});
