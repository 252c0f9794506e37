/**
 * Build benchmark of Vigie on synthetic corpora, against a bare Astro project.
 *
 *   npm run bench                                   # sizes 1000 and 10000
 *   npm run bench -- --sizes 1000 [--rounds 2] [--variants no-cards] [--json out.json]
 *   npm run bench -- --processors [--n 1000]        # Sätteri vs unified
 *   npm run bench -- --cards [--n 40] [--rounds 3]  # social cards: CPU per card, encoders, worker pool
 *
 * Builds run in temporary copies of the projects (never in the working tree), each
 * with its own cache and output folders. Measures wall time, CPU (user+sys of the
 * whole build process tree), peak RSS, pages per second and output size; prints
 * Markdown tables and writes JSON (default bench-results/bench-<date>.json).
 * Wall time depends on what else runs on the machine: compare CPU and same-run ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readCommandLine } from './lib/cli.ts';
import { formatBuildTable, formatRatioTable, formatTargets, median } from './bench/report.ts';
import { formatCpuProfileSummary } from './bench/cpu-profile.ts';
import { formatHeapSummary } from './bench/heap-snapshot.ts';
import { runProcessorSuite, runProfileSuite, runRelated, runScaleSuite, type SuiteContext } from './bench/suites.ts';
import { VARIANTS } from './bench/variants.ts';
import { formatCardBench, runCardBench } from './bench/cards.ts';

const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--rounds <n>] [--variants <name>[,<name>…]] [--skip-vigie] [--seed <n>]
                      [--node-options "<flags for every astro process>"] [--json <file>] [--work-dir <dir>] [--keep] [--no-related]
       npm run bench -- --processors [--n 1000] [--rounds <n>] [--variants no-cards]
       npm run bench -- --profile [--n 10000] [--phase cold|edit] [--snapshot-delay <s>] [--variants …] --keep
       npm run bench -- --cards [--n 40] [--rounds <n>]
variants: ${Object.keys(VARIANTS).join(', ')} (combine with +)`;

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes expects integers ≥ 1, got "${text}"`);
  return sizes;
}

function describeEnvironment() {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  const astroVersion = (
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    node: process.version,
    astro: astroVersion,
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverageAtStart: loadavg(),
    commit: git(['rev-parse', 'HEAD']),
    // Copies take the working tree as it is, uncommitted work of others included.
    uncommittedBuildInputs:
      git(['status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs', 'package.json'])
        ?.split('\n')
        .filter(Boolean) ?? null,
  };
}

async function main(): Promise<void> {
  const { values } = readCommandLine({
    name: 'bench',
    usage: USAGE,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      rounds: { type: 'string', default: '1' },
      variants: { type: 'string', default: '' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
      'work-dir': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-related': { type: 'boolean', default: false },
      'skip-vigie': { type: 'boolean', default: false },
      'node-options': { type: 'string', default: '' },
      processors: { type: 'boolean', default: false },
      cards: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      phase: { type: 'string', default: 'cold' },
      'snapshot-delay': { type: 'string' },
      n: { type: 'string' },
    },
  });
  const rounds = Number(values.rounds);
  const seed = Number(values.seed);
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed)) {
    console.error(
      `bench: --rounds must be an integer ≥ 1 and --seed an integer, got ${values.rounds} and ${values.seed}`,
    );
    process.exit(2);
  }

  const workDir = values['work-dir'] ? resolve(values['work-dir']) : mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  mkdirSync(workDir, { recursive: true });
  const nodeArgs = values['node-options'].split(/\s+/).filter(Boolean);
  const ctx: SuiteContext = {
    projectRoot: PROJECT_ROOT,
    workDir,
    seed,
    rounds,
    nodeArgs,
    log: (line) => console.error(line),
  };
  const date = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const mode = values.processors ? 'processors-' : values.profile ? 'profile-' : values.cards ? 'cards-' : '';
  const jsonFile = resolve(values.json ?? join(PROJECT_ROOT, 'bench-results', `bench-${mode}${date}.json`));
  const environment = describeEnvironment();
  console.error(`work dir ${workDir}; node ${environment.node}, astro ${environment.astro}, ${environment.cpus} CPUs`);

  const lines: string[] = [];
  let json: object;
  try {
    if (values.cards) {
      const n = Number(values.n ?? 40);
      if (!Number.isInteger(n) || n < 1) throw new Error(USAGE);
      const result = await runCardBench(n, rounds, seed, ctx.log);
      lines.push(formatCardBench(result));
      json = { kind: 'cards', environment, seed, ...result };
    } else if (values.profile) {
      const n = Number(values.n ?? 1000);
      const phase = values.phase;
      const delay = values['snapshot-delay'] === undefined ? null : Number(values['snapshot-delay']);
      if (!Number.isInteger(n) || n < 1 || (phase !== 'cold' && phase !== 'edit') || (delay !== null && !(delay >= 0)))
        throw new Error(USAGE);
      const variants = values.variants
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const result = await runProfileSuite(ctx, { n, phase, variants, snapshotDelaySeconds: delay });
      const { run } = result;
      lines.push(
        `# Profile of a ${phase} build, ${n} stories${variants.length ? ` (${variants.join(', ')})` : ''}`,
        '',
      );
      lines.push(
        `Profiled build: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.peakTreeRssMB)} MB peak RSS (profiler overhead included). Files: ${result.profileDir}`,
        '',
      );
      for (const { file, summary } of result.cpu)
        lines.push(formatCpuProfileSummary(summary, file.split('/').at(-1)!), '');
      if (result.heap) lines.push(formatHeapSummary(result.heap.summary, result.heap.file.split('/').at(-1)!), '');
      json = { kind: 'profile', environment, seed, ...result };
    } else if (values.processors) {
      const n = Number(values.n ?? 1000);
      if (!Number.isInteger(n) || n < 1) throw new Error(USAGE);
      const extra = values.variants
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const result = await runProcessorSuite(ctx, n, extra);
      const suffix = extra.map((v) => `+${v}`).join('');
      const renderCpu = (p: string) => median(result.render.filter((r) => r.processor === p).map((r) => r.cpuSeconds));
      const renderWall = (p: string) =>
        median(result.render.filter((r) => r.processor === p).map((r) => r.wallSeconds));
      lines.push(
        `# Markdown processors, ${n} stories (seed ${seed}, ${rounds} round(s))`,
        '',
        formatBuildTable(result.summaries),
        '',
      );
      lines.push('| render only (no Astro) | CPU s | wall s | plugins |', '|---|--:|--:|---|');
      for (const p of ['satteri', 'unified'] as const) {
        lines.push(
          `| ${p} | ${renderCpu(p)?.toFixed(2)} | ${renderWall(p)?.toFixed(2)} | ${result.plugins[p].join(', ') || '(none)'} |`,
        );
      }
      const digests = new Set(result.render.map((r) => r.outputDigest));
      const missing = [...new Set(result.render.flatMap((r) => r.missing))];
      lines.push(
        '',
        `Rendered HTML identical between processors (whitespace collapsed): ${digests.size === 1 ? 'yes' : 'NO'}.`,
      );
      if (missing.length > 0)
        lines.push(`Sätteri plugins without a rehype twin (left out of unified): ${missing.join(', ')}.`);
      lines.push(
        '',
        formatRatioTable(result.summaries, `vigie+unified${suffix}`, `vigie+satteri${suffix}`, ['cold', 'warm']),
      );
      if (!result.configWiresPlugins)
        lines.push(
          '',
          'Note: astro.config.mjs does not pass the src/markdown hast plugins to Sätteri yet; both builds here do.',
        );
      json = { kind: 'processors', environment, seed, rounds, ...result };
    } else {
      const sizes = parseSizes(values.sizes);
      const variants = values.variants
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values['skip-vigie'] && variants.length === 0) throw new Error('--skip-vigie needs --variants');
      const results = await runScaleSuite(ctx, sizes, variants, !values['skip-vigie']);
      const related = values['no-related']
        ? { available: false as const, reason: '--no-related' }
        : await runRelated(PROJECT_ROOT, Math.max(...sizes), seed);
      for (const size of results) {
        lines.push(
          `# ${size.n} stories (seed ${seed}, corpus ${(size.corpusBytes / 1e6).toFixed(1)} MB, ${rounds} round(s))`,
          '',
          formatBuildTable(size.summaries),
          '',
          ...size.failures.flatMap((f) => [`${f.project} ${f.phase} build failed:`, '', '```', f.error, '```', '']),
        );
        for (const project of Object.keys(size.targets)) {
          lines.push(
            `Ratios ${project} / bare Astro:`,
            '',
            formatRatioTable(size.summaries, project, 'bare'),
            '',
            formatTargets(size.targets[project]!),
            '',
          );
        }
      }
      lines.push(
        `# Related stories (scripts/bench-related.ts, ${Math.max(...sizes)} stories)`,
        '',
        related.available
          ? '```json\n' + JSON.stringify(related.result, null, 2) + '\n```'
          : `not run: ${related.reason}`,
      );
      json = { kind: 'scale', environment, seed, rounds, variants, nodeArgs, sizes: results, related };
    }
  } finally {
    if (!values.keep && !values['work-dir']) rmSync(workDir, { recursive: true, force: true });
  }
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ ...json, loadAverageAtEnd: loadavg(), finishedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(lines.join('\n'));
  console.log(`\nJSON: ${jsonFile}`);
}

await main();
