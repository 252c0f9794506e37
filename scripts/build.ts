/**
 * `npm run build`: `astro build` into `VIGIE_OUT_DIR` or `dist`, run with this very Node binary.
 * The search index is written by Astro itself (the `vigie:search-index` integration), so
 * `astro build` alone yields the whole site. Extra arguments go to `astro build` (e.g. `--force`).
 * Exit code: Astro's.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Run Astro's CLI with this very Node binary: a `#!/usr/bin/env node` shebang may find an older Node on PATH.
// `astro/bin` is not in the package's exports, so locate it from its package.json.
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const astro = spawnSync(process.execPath, [astroCli, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(astro.status ?? 1);
