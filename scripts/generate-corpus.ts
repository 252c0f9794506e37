/**
 * Writes a deterministic synthetic French corpus for benchmarks and load tests.
 *
 *   node scripts/generate-corpus.ts --n 1000 --out /tmp/vigie-corpus-1000 [--seed 1] [--words 600]
 *
 * The folder gets `articles/*.md` (N stories valid under src/schemas/article.ts) and
 * `topics/*.yaml` (40 topics); build it with `VIGIE_CONTENT_DIR=<dir> astro build`.
 * Same options → byte-identical files. Refuses to write into the project's `content/`.
 */
import { resolve, relative, isAbsolute } from 'node:path';
import { generateCorpus, writeCorpus } from './corpus/generate.ts';
import { readCommandLine } from './lib/cli.ts';

const USAGE =
  'usage: node scripts/generate-corpus.ts --n <stories ≥ 1> --out <dir outside content/> [--seed <integer>] [--words <mean words per story>]';

/** True when `dir` is the project's editorial `content/` folder or inside it. */
export function isInsideContent(dir: string, projectRoot: string): boolean {
  const rel = relative(resolve(projectRoot, 'content'), resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

if (import.meta.main) {
  const { values } = readCommandLine({
    name: 'generate-corpus',
    usage: USAGE,
    options: {
      n: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      words: { type: 'string', default: '600' },
    },
  });
  const n = Number(values.n);
  const seed = Number(values.seed);
  const words = Number(values.words);
  if (!values.out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !(words >= 50)) {
    console.error(USAGE);
    process.exit(2);
  }
  const projectRoot = resolve(import.meta.dirname, '..');
  if (isInsideContent(values.out, projectRoot)) {
    console.error(`refusing to write a synthetic corpus into ${values.out}: content/ holds the real articles`);
    process.exit(2);
  }
  const started = performance.now();
  const files = generateCorpus({ n, seed, wordsPerStory: words });
  const bytes = writeCorpus(values.out, files);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${n} stories + ${files.length - n} topics → ${resolve(values.out)} (${(bytes / 1e6).toFixed(1)} MB, seed ${seed}, ${seconds.toFixed(1)} s)`,
  );
}
