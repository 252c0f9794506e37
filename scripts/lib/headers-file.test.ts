import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getHeadersFor, parseHeadersFile } from './headers-file.ts';

describe('parseHeadersFile', () => {
  it('reads patterns and their indented headers, skipping comments and blank lines', () => {
    const text =
      '# comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: a: b\n\n/_astro/*\n  Cache-Control: immutable\n';
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', 'a: b'],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('refuses a header before any pattern, naming the line', () => {
    expect(() => parseHeadersFile('\n  X-Frame-Options: DENY\n')).toThrow(/line 2/);
  });
});

describe('getHeadersFor', () => {
  const rules = parseHeadersFile(
    '/*\n  X-A: 1\n/_astro/*\n  Cache-Control: immutable\n  X-A: 2\n/articles/:slug/\n  X-B: page\n',
  );

  it('applies every matching rule and joins a header two rules set', () => {
    expect(getHeadersFor(rules, '/_astro/x.css')).toEqual({ 'x-a': '1, 2', 'cache-control': 'immutable' });
  });

  it('matches :placeholder to one path segment only', () => {
    expect(getHeadersFor(rules, '/articles/abc/')).toMatchObject({ 'x-b': 'page' });
    expect(getHeadersFor(rules, '/articles/abc/def/')).not.toHaveProperty('x-b');
  });

  it('gives pages outside /_astro/ no long caching (the committed file)', () => {
    const committed = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
    expect(getHeadersFor(committed, '/articles/x/')).not.toHaveProperty('cache-control');
    expect(getHeadersFor(committed, '/_astro/head.CyeDBt60.css')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});
