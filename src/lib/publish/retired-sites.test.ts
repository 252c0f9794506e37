import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteInBackground, listRetiredSites, swapInSite } from './retired-sites.ts';

async function waitUntilGone(folder: string, timeoutMs = 10_000): Promise<boolean> {
  const start = Date.now();
  while (existsSync(folder)) {
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function writeSite(folder: string, files: number, text: string): void {
  mkdirSync(join(folder, 'articles'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(folder, 'articles', `${i}.html`), text);
}

describe('swapInSite', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vigie-retired-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('puts the new site in place at once and deletes the replaced one in the background', async () => {
    const outDir = join(root, 'dist');
    const next = join(root, '.dist-next');
    writeSite(outDir, 200, 'ancien');
    writeSite(next, 3, 'nouveau');
    swapInSite(next, outDir);
    expect(readdirSync(join(outDir, 'articles')).sort()).toEqual(['0.html', '1.html', '2.html']);
    expect(readFileSync(join(outDir, 'articles/0.html'), 'utf8')).toBe('nouveau');
    expect(existsSync(next)).toBe(false);
    const [retired] = listRetiredSites(outDir);
    if (retired) expect(await waitUntilGone(retired)).toBe(true);
    expect(listRetiredSites(outDir)).toEqual([]);
  });

  it('publishes a first site when none exists', () => {
    const outDir = join(root, 'dist');
    const next = join(root, '.dist-next');
    writeSite(next, 1, 'premier');
    swapInSite(next, outDir);
    expect(readFileSync(join(outDir, 'articles/0.html'), 'utf8')).toBe('premier');
  });

  it('deletes a retired site left by an interrupted build, and never touches other folders', async () => {
    const outDir = join(root, 'dist');
    const leftover = join(root, '.dist-retired-1-1');
    const other = join(root, '.distant-retired-1-1');
    writeSite(outDir, 1, 'publié');
    writeSite(leftover, 5, 'oublié');
    writeSite(other, 1, 'autre');
    writeSite(join(root, '.dist-next'), 1, 'nouveau');
    swapInSite(join(root, '.dist-next'), outDir);
    expect(await waitUntilGone(leftover)).toBe(true);
    for (const retired of listRetiredSites(outDir)) expect(await waitUntilGone(retired)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(join(outDir, 'articles/0.html'), 'utf8')).toBe('nouveau');
  });
});

describe('deleteInBackground', () => {
  it('returns before the folders are gone, and they go', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vigie-retired-'));
    const folder = join(root, 'big');
    writeSite(folder, 2000, 'x');
    deleteInBackground([folder]);
    expect(existsSync(folder)).toBe(true);
    expect(await waitUntilGone(folder)).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });
});
