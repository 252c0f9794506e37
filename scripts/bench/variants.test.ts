import { describe, expect, it } from 'vitest';
import { applyPatch, buildWrapperConfig, VARIANTS } from './variants.ts';

describe('applyPatch', () => {
  it('replaces the one occurrence', () => {
    expect(applyPatch('a b c', { file: 'f', find: 'b', replace: 'B' })).toBe('a B c');
  });

  it.each([['missing', 'a c'], ['found twice', 'b b']])('throws when the text is %s', (_, text) => {
    expect(() => applyPatch(text, { file: 'src/x.ts', find: 'b', replace: 'B' })).toThrow(/does not apply to src\/x\.ts/);
  });
});

describe('buildWrapperConfig', () => {
  it('imports the project config, dedupes imports and applies statements in order', () => {
    const source = buildWrapperConfig([
      { name: 'one', description: 'first', configImports: ["import x from 'x';"], configStatements: ['config.a = 1;'] },
      { name: 'two', description: 'second', configImports: ["import x from 'x';"], configStatements: ['config.b = 2;'] },
    ]);
    expect(source.match(/import x from 'x';/g)).toHaveLength(1);
    expect(source).toContain("import base from './astro.config.mjs';");
    expect(source.indexOf('config.a = 1;')).toBeLessThan(source.indexOf('config.b = 2;'));
    expect(source.trimEnd().endsWith('export default config;')).toBe(true);
  });

  it('knows the two processors', () => {
    expect(Object.keys(VARIANTS)).toEqual(expect.arrayContaining(['satteri', 'unified']));
  });
});
