import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from './fingerprint.ts';

function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vigie-fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('computeFingerprint', () => {
  const base = { 'src/pages/index.astro': 'a', 'public/favicon.svg': 'b', 'astro.config.mjs': 'c' };
  const settings = { site: 'https://vigie.example/' };

  it('is the same for the same files and settings, wherever the project is', () => {
    expect(computeFingerprint(makeProject(base), settings)).toBe(computeFingerprint(makeProject(base), settings));
  });

  it.each([
    ['a template edited', { ...base, 'src/pages/index.astro': 'A' }, settings],
    ['a static file added', { ...base, 'public/robots.txt': 'x' }, settings],
    ['a file renamed', { 'src/pages/home.astro': 'a', 'public/favicon.svg': 'b', 'astro.config.mjs': 'c' }, settings],
    ['another site URL', base, { site: 'https://other.example/' }],
  ])('changes with %s', (_label, files, otherSettings) => {
    expect(computeFingerprint(makeProject(files), otherSettings)).not.toBe(
      computeFingerprint(makeProject(base), settings),
    );
  });

  it('ignores content and output folders', () => {
    expect(
      computeFingerprint(makeProject({ ...base, 'content/articles/x.md': 'new', 'dist/index.html': 'x' }), settings),
    ).toBe(computeFingerprint(makeProject(base), settings));
  });
});
