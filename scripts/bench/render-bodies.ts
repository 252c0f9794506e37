/**
 * Render-only micro-benchmark: the Markdown bodies of a corpus through one processor
 * as Astro sets it up (same options, same plugins as `--processors` builds), without
 * Astro's build around it. Run one processor per process so heaps do not mix.
 *
 *   node scripts/bench/render-bodies.ts --processor satteri|unified --corpus <dir> [--json]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownConfigDefaults, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import * as vigieMarkdown from '../../src/markdown/index.ts';
import { getRehypeTwins, getSatteriPluginName } from './rehype-twins.ts';

/** Figures of one render-only run. CPU is this process's user+sys during the timed loop. */
export interface RenderResult {
  processor: 'satteri' | 'unified';
  bodies: number;
  /** Markdown characters rendered. */
  inputChars: number;
  /** HTML characters produced. */
  outputChars: number;
  /** SHA-256 of the HTML with whitespace runs collapsed: equal digests mean the processors agree. */
  outputDigest: string;
  wallSeconds: number;
  cpuSeconds: number;
  /** Heap in use after the loop, MB. */
  heapUsedMB: number;
  /** Names of the plugins run (Sätteri hast plugin names; for unified, the Sätteri plugins twinned). */
  plugins: string[];
  /** Sätteri plugins without a rehype twin, left out of the unified run. */
  missing: string[];
}

const WARM_UP_BODIES = 50;

function getProcessor(name: 'satteri' | 'unified') {
  const exported = vigieMarkdown as unknown as {
    hastPlugins?: unknown[];
    mdastPlugins?: unknown[];
    markdownFeatures?: object;
    rehypePlugins?: unknown[];
  };
  const hastPlugins = exported.hastPlugins ?? [];
  if (name === 'satteri') {
    return {
      processor: satteri({
        mdastPlugins: (exported.mdastPlugins ?? []) as SatteriOptions['mdastPlugins'],
        hastPlugins: hastPlugins as SatteriOptions['hastPlugins'],
        features: exported.markdownFeatures ?? { smartPunctuation: false },
      }),
      names: hastPlugins.map(getSatteriPluginName),
      missing: [],
    };
  }
  const twins = getRehypeTwins(hastPlugins);
  const rehypePlugins = (exported.rehypePlugins ?? twins.plugins) as UnifiedOptions['rehypePlugins'];
  return {
    processor: unified({ gfm: true, smartypants: false, rehypePlugins }),
    names: twins.names,
    missing: twins.missing,
  };
}

type SatteriOptions = NonNullable<Parameters<typeof satteri>[0]>;
type UnifiedOptions = NonNullable<Parameters<typeof unified>[0]>;

/** Renders every article body of `corpusDir` with `processorName` and times the loop. */
export async function renderCorpusBodies(
  processorName: 'satteri' | 'unified',
  corpusDir: string,
): Promise<RenderResult> {
  const dir = join(corpusDir, 'articles');
  const sources = readdirSync(dir)
    .sort()
    .map((name) => parseFrontmatter(readFileSync(join(dir, name), 'utf8')));
  const { processor, names, missing } = getProcessor(processorName);
  // The shared options Astro's content layer passes to createRenderer().
  const renderer = await processor.createRenderer({
    image: { domains: [], remotePatterns: [] },
    // Vigie turns highlighting off (no code in news copy; Shiki's inline styles break its CSP).
    syntaxHighlight: false,
    shikiConfig: markdownConfigDefaults.shikiConfig,
    gfm: markdownConfigDefaults.gfm,
    smartypants: markdownConfigDefaults.smartypants,
  } as Parameters<typeof processor.createRenderer>[0]);
  for (const source of sources.slice(0, WARM_UP_BODIES))
    await renderer.render(source.content, { frontmatter: source.frontmatter });

  let outputChars = 0;
  const outputs: string[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const source of sources) {
    const { code } = await renderer.render(source.content, { frontmatter: source.frontmatter });
    outputChars += code.length;
    outputs.push(code);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const digest = createHash('sha256');
  for (const html of outputs) digest.update(html.replace(/\s+/g, ' ').trim()).update('\0');
  return {
    processor: processorName,
    bodies: sources.length,
    inputChars: sources.reduce((sum, s) => sum + s.content.length, 0),
    outputChars,
    outputDigest: digest.digest('hex'),
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    heapUsedMB: process.memoryUsage().heapUsed / 1e6,
    plugins: names,
    missing,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { processor: { type: 'string' }, corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if ((values.processor !== 'satteri' && values.processor !== 'unified') || !values.corpus) {
    console.error('usage: node scripts/bench/render-bodies.ts --processor satteri|unified --corpus <dir> [--json]');
    process.exit(2);
  }
  const result = await renderCorpusBodies(values.processor, values.corpus);
  console.log(
    values.json
      ? JSON.stringify(result)
      : `${result.processor}: ${result.bodies} bodies, ${result.cpuSeconds.toFixed(2)} s CPU, ${result.wallSeconds.toFixed(2)} s wall`,
  );
}
