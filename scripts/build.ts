/**
 * `npm run build`: `astro build` into `VIGIE_OUT_DIR` or `dist`, run with this very Node binary.
 * The search index is written by Astro itself (the `vigie:search-index` integration), so
 * `astro build` alone yields the whole site. Extra arguments go to `astro build` (e.g. `--force`).
 * When Astro dies of a memory or string-length limit, says which, with the archive size.
 * Exit code: Astro's.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { getContentDir } from '../src/site.config.ts';
import { explainLimit } from './build/limits.ts';

// Run Astro's CLI with this very Node binary: a `#!/usr/bin/env node` shebang may find an older Node on PATH.
// `astro/bin` is not in the package's exports, so locate it from its package.json.
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const heapMiB = Number(process.env.VIGIE_BUILD_HEAP_MB) || undefined;
const nodeArgs = heapMiB ? [`--max-old-space-size=${heapMiB}`] : [];
const astro = spawn(process.execPath, [...nodeArgs, astroCli, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'],
});
// stderr is passed through and its tail kept, to explain a limit the build died of.
let stderrTail = '';
astro.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  stderrTail = (stderrTail + chunk.toString('utf8')).slice(-65_536);
});
const status = await new Promise<number>((resolve) => astro.on('close', (code) => resolve(code ?? 1)));
if (status !== 0) {
  const articlesDir = join(getContentDir(), 'articles');
  let stories = 0;
  try {
    stories = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).length;
  } catch {
    // No articles folder: the build's own error says so.
  }
  const heapLimitMiB = heapMiB ?? Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  const explanation = explainLimit(stderrTail, { stories, heapLimitMiB });
  if (explanation) console.error(`\n${explanation}`);
}
process.exit(status);
