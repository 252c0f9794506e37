import { describe, expect, it } from 'vitest';
import { getBuildPlan, selectPathsToRender, setBuildPlan, type BuildPlan } from './build-plan.ts';

const paths = [
  { slug: 'a', cacheKey: 'k1' },
  { slug: 'b', cacheKey: 'k2' },
  { slug: 'c', cacheKey: 'k3' },
];
const toSitePath = (path: { slug: string }) => `/articles/${path.slug}/`;

describe('selectPathsToRender', () => {
  it('renders every path in a full build and records every key', () => {
    const plan: BuildPlan = { mode: 'full', previousKeys: new Map([['/articles/a/', 'k1']]), keys: new Map() };
    expect(selectPathsToRender(paths, toSitePath, plan).map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    expect([...plan.keys]).toEqual([
      ['/articles/a/', 'k1'],
      ['/articles/b/', 'k2'],
      ['/articles/c/', 'k3'],
    ]);
  });

  it('renders only new and changed paths in an incremental build, and still records every key', () => {
    const previousKeys = new Map([
      ['/articles/a/', 'k1'],
      ['/articles/b/', 'old'],
      ['/articles/gone/', 'k9'],
    ]);
    const plan: BuildPlan = { mode: 'incremental', previousKeys, keys: new Map() };
    expect(selectPathsToRender(paths, toSitePath, plan).map((p) => p.slug)).toEqual(['b', 'c']);
    expect(plan.keys.size).toBe(3);
    expect(plan.keys.has('/articles/gone/')).toBe(false);
  });
});

describe('getBuildPlan', () => {
  it('is a full build until a plan is set, then returns the plan set', () => {
    const plan: BuildPlan = { mode: 'incremental', previousKeys: new Map(), keys: new Map() };
    setBuildPlan(plan);
    expect(getBuildPlan()).toBe(plan);
  });
});
