import { describe, expect, it } from 'vitest';
import { findPhaseAt, parseBuildLog } from './build-log.ts';

const COLD = `14:34:42 [content] Syncing content
14:34:45 [content] Synced content
14:34:45 [types] Generated 3.83s
14:34:45 [build] Collecting build info...
14:34:45 [build] ✓ Completed in 3.90s.

 generating static routes 
14:34:47 ▶ src/pages/articles/[slug].astro
14:34:47   ├─ /articles/a/index.html (+5ms) 
14:34:47   ├─ /articles/b/index.html (+3ms) 
14:34:53   ├─ /sujets/index.html (+3ms) 
14:34:53 ✓ Completed in 5.84s.

14:34:53 [build] ✓ Completed in 8.43s.
14:34:53 [build] 1109 page(s) built in 12.50s
`;

const WARM = `14:40:00 [types] Generated 812ms

 generating static routes 
14:40:01   ├─ /articles/a/index.html (cached)
14:40:01   ├─ /articles/b/index.html (restored)
14:40:01   ├─ /sujets/index.html (+3ms) 
14:40:02 ✓ Completed in 1m
14:40:02 [build] 3 page(s) built in 2.1s
`;

describe('parseBuildLog', () => {
  it('reads the phases of a cold build', () => {
    expect(parseBuildLog(COLD)).toEqual({
      syncSeconds: 3.83,
      generateSeconds: 5.84,
      pagesBuilt: 1109,
      reusedPaths: 0,
      renderedPaths: 3,
    });
  });

  it('counts paths reused by the incremental build and converts units', () => {
    expect(parseBuildLog(WARM)).toEqual({
      syncSeconds: 0.812,
      generateSeconds: 60,
      pagesBuilt: 3,
      reusedPaths: 2,
      renderedPaths: 1,
    });
  });

  it('adds the seconds of a duration past a minute (« 2m 25s »)', () => {
    const log = '05:34:42 [types] Generated 2m 25s\n generating static routes \n05:40:04 ✓ Completed in 5m 10s.\n';
    expect(parseBuildLog(log)).toMatchObject({ syncSeconds: 145, generateSeconds: 310 });
  });

  it('ignores colours and returns nulls for a failed build', () => {
    expect(parseBuildLog('\u001b[32m[types] Generated 1.5s\u001b[39m\n[ERROR] boom')).toEqual({
      syncSeconds: 1.5,
      generateSeconds: null,
      pagesBuilt: null,
      reusedPaths: 0,
      renderedPaths: 0,
    });
  });
});

describe('findPhaseAt', () => {
  it('returns the last phase line logged at or before the time, skipping page lines', () => {
    expect(findPhaseAt(COLD, '14:34:46')).toBe('[build] ✓ Completed in 3.90s.');
    expect(findPhaseAt(COLD, '14:34:50')).toBe('[build] ✓ Completed in 3.90s.');
    expect(findPhaseAt(COLD, '14:34:53')).toBe('[build] 1109 page(s) built in 12.50s');
  });

  it('returns null before the first line', () => {
    expect(findPhaseAt(COLD, '14:00:00')).toBeNull();
  });
});
