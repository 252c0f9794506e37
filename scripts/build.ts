/**
 * `npm run build`: `astro build`, then the Pagefind search index over the same output folder
 * (`VIGIE_OUT_DIR` or `dist`). Extra arguments go to `astro build` (e.g. `--force`).
 * Exit code: Astro's when the build fails, 1 when indexing fails, else 0.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getOutDir } from '../src/site.config.ts';
import { buildSearchIndex } from './build/search-index.ts';

// Run Astro's CLI with this very Node binary: a `#!/usr/bin/env node` shebang may find an older Node on PATH.
// `astro/bin` is not in the package's exports, so locate it from its package.json.
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const astro = spawnSync(process.execPath, [astroCli, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) {
  process.exit(astro.status ?? 1);
}

const outDir = getOutDir();
try {
  const { pagesByLanguage, outputPath } = await buildSearchIndex(outDir);
  const counts =
    Object.entries(pagesByLanguage)
      .map(([lang, count]) => `${count} (${lang})`)
      .join(', ') || '0';
  console.log(`Search index: ${counts} article page(s) indexed into ${outputPath}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
