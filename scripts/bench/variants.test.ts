import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatch, applyVariants, buildWrapperConfig, VARIANTS, WRAPPER_CONFIG, type Variant } from './variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-variants-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('applyPatch', () => {
  it('replaces the one occurrence', () => {
    expect(applyPatch('a b c', { file: 'f', find: 'b', replace: 'B' })).toBe('a B c');
  });

  it.each([
    ['missing', 'a c'],
    ['found twice', 'b b'],
  ])('throws when the text is %s', (_, text) => {
    expect(() => applyPatch(text, { file: 'src/x.ts', find: 'b', replace: 'B' })).toThrow(
      /does not apply to src\/x\.ts/,
    );
  });
});

describe('buildWrapperConfig', () => {
  it('imports the project config, dedupes imports and applies statements in order', () => {
    const source = buildWrapperConfig([
      { name: 'one', description: 'first', configImports: ["import x from 'x';"], configStatements: ['config.a = 1;'] },
      {
        name: 'two',
        description: 'second',
        configImports: ["import x from 'x';"],
        configStatements: ['config.b = 2;'],
      },
    ]);
    expect(source.match(/import x from 'x';/g)).toHaveLength(1);
    expect(source).toContain("import base from './astro.config.mjs';");
    expect(source.indexOf('config.a = 1;')).toBeLessThan(source.indexOf('config.b = 2;'));
    expect(source.trimEnd().endsWith('export default config;')).toBe(true);
  });

  it('has only patches that apply to the project as it is now', () => {
    const project = join(import.meta.dirname, '..', '..');
    const patches = Object.values(VARIANTS).flatMap((variant) => variant.patches ?? []);
    expect(patches.length).toBeGreaterThan(0);
    for (const patch of patches)
      expect(() => applyPatch(readFileSync(join(project, patch.file), 'utf8'), patch), patch.file).not.toThrow();
  });

  it('knows the two processors', () => {
    expect(Object.keys(VARIANTS)).toEqual(expect.arrayContaining(['satteri', 'unified']));
  });
});

describe('applyVariants', () => {
  const source = join(dir, 'source');
  const root = join(dir, 'copy');
  mkdirSync(join(source, 'proposals'), { recursive: true });
  writeFileSync(join(source, 'proposals', 'key.ts'), 'export const key = 1;');
  mkdirSync(join(root, 'src', 'og'), { recursive: true });
  writeFileSync(join(root, 'src', 'og', 'card.ts'), 'draw();');
  writeFileSync(join(root, 'src', 'page.ts'), 'render();');
  const remove: Variant = { name: 'remove', description: 'r', removePaths: ['src/og'] };
  const patch: Variant = {
    name: 'patch',
    description: 'p',
    copyFiles: [['proposals/key.ts', 'src/lib/key.ts']],
    patches: [
      { file: 'src/og/card.ts', find: 'draw();', replace: 'draw(key);' },
      { file: 'src/page.ts', find: 'render();', replace: 'render(key);' },
    ],
    configStatements: ['config.x = 1;'],
  };

  it('copies, patches, then removes, whatever the order of the variants', () => {
    expect(applyVariants(root, [remove, patch], source)).toEqual(['--config', WRAPPER_CONFIG]);
    expect(readFileSync(join(root, 'src', 'lib', 'key.ts'), 'utf8')).toBe('export const key = 1;');
    expect(readFileSync(join(root, 'src', 'page.ts'), 'utf8')).toBe('render(key);');
    expect(existsSync(join(root, 'src', 'og'))).toBe(false);
    expect(readFileSync(join(root, WRAPPER_CONFIG), 'utf8')).toContain('config.x = 1;');
  });

  it('needs no wrapper config without config statements', () => {
    expect(applyVariants(join(dir, 'empty'), [], source)).toEqual([]);
  });
});
