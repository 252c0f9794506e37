import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanBuildState, createProjectCopy, getBuildEnv } from './project.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-project-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createProjectCopy', () => {
  const source = join(dir, 'source');
  const modules = join(source, 'node_modules');
  for (const folder of [
    'src/pages',
    'node_modules/astro',
    'node_modules/@astrojs/rss',
    'node_modules/.vite/deps',
    'node_modules/.astro',
  ])
    mkdirSync(join(source, folder), { recursive: true });
  writeFileSync(join(source, 'src/pages/index.astro'), '<h1>x</h1>');
  writeFileSync(join(source, 'astro.config.mjs'), 'export default {};');
  const copy = createProjectCopy({
    name: 'vigie',
    sourceRoot: source,
    inputs: ['src', 'astro.config.mjs', 'missing.json'],
    root: join(dir, 'copy'),
    nodeModules: modules,
  });

  it('copies the inputs that exist', () => {
    expect(existsSync(join(copy.root, 'src/pages/index.astro'))).toBe(true);
    expect(existsSync(join(copy.root, 'astro.config.mjs'))).toBe(true);
    expect(existsSync(join(copy.root, 'missing.json'))).toBe(false);
  });

  it('links packages but not the tool caches, so builds write their caches into the copy', () => {
    const entries = readdirSync(join(copy.root, 'node_modules')).sort();
    expect(entries).toEqual(['@astrojs', 'astro']);
    expect(lstatSync(join(copy.root, 'node_modules', 'astro')).isSymbolicLink()).toBe(true);
  });

  it('cleans caches and output for a cold build without touching the source', () => {
    mkdirSync(copy.cacheDir, { recursive: true });
    mkdirSync(join(copy.root, '.astro'), { recursive: true });
    mkdirSync(join(copy.root, 'node_modules', '.vite'), { recursive: true });
    cleanBuildState(copy);
    expect([copy.cacheDir, join(copy.root, '.astro'), join(copy.root, 'node_modules', '.vite')].some(existsSync)).toBe(
      false,
    );
    expect(existsSync(join(modules, '.vite', 'deps'))).toBe(true);
  });

  it('keeps the named cache folders and nothing else when told to', () => {
    for (const folder of ['social-cards', 'astro-store']) mkdirSync(join(copy.cacheDir, folder), { recursive: true });
    writeFileSync(join(copy.cacheDir, 'social-cards', 'a.png'), 'png');
    mkdirSync(copy.outDir, { recursive: true });
    cleanBuildState(copy, ['social-cards']);
    expect(readdirSync(copy.cacheDir)).toEqual(['social-cards']);
    expect(existsSync(join(copy.cacheDir, 'social-cards', 'a.png'))).toBe(true);
    expect(existsSync(copy.outDir)).toBe(false);
  });

  it('points the build at the corpus and at the copy’s own folders', () => {
    expect(getBuildEnv(copy, '/tmp/corpus')).toMatchObject({
      VIGIE_CONTENT_DIR: '/tmp/corpus',
      VIGIE_CACHE_DIR: copy.cacheDir,
      VIGIE_OUT_DIR: copy.outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  });
});
