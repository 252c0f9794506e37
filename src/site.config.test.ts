import { describe, expect, it } from 'vitest';
import { getCacheDir, getContentDir, getOutDir } from './site.config.ts';

describe('folders from the environment', () => {
  it.each([
    ['getOutDir', getOutDir, 'VIGIE_OUT_DIR', 'dist'],
    ['getContentDir', getContentDir, 'VIGIE_CONTENT_DIR', 'content'],
    ['getCacheDir', getCacheDir, 'VIGIE_CACHE_DIR', 'node_modules/.astro'],
  ] as const)('%s reads %s, trimmed, with %s as default', (_name, getFolder, variable, fallback) => {
    expect(getFolder({})).toBe(fallback);
    expect(getFolder({ [variable]: '/tmp/x' })).toBe('/tmp/x');
    expect(getFolder({ [variable]: ' build-cache ' })).toBe('build-cache');
    expect(getFolder({ [variable]: '  ' })).toBe(fallback);
  });
});
