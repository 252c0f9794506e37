import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBodyCacheDir, getBodyPath, hasRenderedBody, readRenderedBody, writeRenderedBody } from './body-cache.ts';

describe('body cache', () => {
  const dir = getBodyCacheDir(mkdtempSync(join(tmpdir(), 'vigie-bodies-')));

  it('returns the body written for a digest, and nothing for another', () => {
    writeRenderedBody(dir, 'ab12cd', '<p>Texte</p>');
    expect(hasRenderedBody(dir, 'ab12cd')).toBe(true);
    expect(readRenderedBody(dir, 'ab12cd', 'content/articles/x.md')).toBe('<p>Texte</p>');
    expect(hasRenderedBody(dir, 'ffffff')).toBe(false);
  });

  it('fans files out by the first two characters and leaves no temporary file', () => {
    expect(getBodyPath(dir, 'ab12cd')).toBe(join(dir, 'ab', 'ab12cd.html'));
    expect(readdirSync(join(dir, 'ab'))).toEqual(['ab12cd.html']);
  });

  it('names the entry and the fix when a body is missing', () => {
    expect(() => readRenderedBody(dir, '0000', 'content/articles/x.md')).toThrow(
      /content\/articles\/x\.md: its rendered body is missing .*rebuild/,
    );
  });
});
