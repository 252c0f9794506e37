/**
 * Per-card micro-benchmark of the social cards (`npm run bench -- --cards [--n 40]`):
 * CPU per card of satori and of each raster+encode candidate, file sizes, then the
 * throughput of the worker pool at 1 worker and at one per core, on card inputs
 * from the synthetic corpus. Figures are CPU milliseconds of this process (every
 * thread) and ratios to the former renderer (`sharp-palette`) measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { formatLongDate } from '../../src/lib/dates.ts';
import { applyFrenchTypography } from '../../src/lib/typography.ts';
import { createCardRenderPool } from '../../src/lib/social/card-pool.ts';
import { rasteriseSocialCard, renderSocialCardSvg, type SocialCardInput } from '../../src/lib/social/render-card.ts';
import { SITE } from '../../src/site.config.ts';
import { generateCorpus, getCorpusTopics } from '../corpus/generate.ts';
import { parseProcStatTimes, PROC_CLOCK_TICKS } from './measure.ts';

/** A way to turn satori's SVG into the published file. */
export interface CardEncoder {
  name: string;
  /** What it does, for the table. */
  description: string;
  encode(svg: string): Promise<Buffer>;
}

const resvgPixels = (svg: string) => {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha();
};

/** The candidates; the first is the baseline (renderer version 2), `resvg-png` is the one adopted. */
export const CARD_ENCODERS: readonly CardEncoder[] = [
  {
    name: 'sharp-palette',
    description: 'librsvg (sharp), 256-colour palette PNG, effort 1, no dither (former renderer)',
    encode: (svg) => sharp(Buffer.from(svg)).png({ palette: true, effort: 1, dither: 0 }).toBuffer(),
  },
  {
    name: 'resvg-png',
    description: 'resvg, its truecolour PNG (adopted)',
    encode: async (svg) => rasteriseSocialCard(svg),
  },
  {
    name: 'resvg-sharp-png3',
    description: 'resvg, RGB truecolour PNG by sharp, compression 3',
    encode: (svg) => resvgPixels(svg).png({ compressionLevel: 3 }).toBuffer(),
  },
  {
    name: 'resvg-palette',
    description: 'resvg, 256-colour palette PNG by sharp (effort 1, no dither)',
    encode: (svg) => resvgPixels(svg).png({ palette: true, effort: 1, dither: 0 }).toBuffer(),
  },
  {
    name: 'resvg-mozjpeg85',
    description: 'resvg, mozjpeg JPEG quality 85',
    encode: (svg) => resvgPixels(svg).jpeg({ quality: 85, mozjpeg: true }).toBuffer(),
  },
  {
    name: 'sharp-png3',
    description: 'librsvg (sharp), RGB truecolour PNG, compression 3',
    encode: (svg) => sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer(),
  },
];

/** Card inputs of the first `n` stories of the synthetic corpus (as the build makes them). */
export function getBenchCardInputs(n: number, seed: number): SocialCardInput[] {
  const names = new Map(getCorpusTopics().map((t) => [t.slug, t.name]));
  return generateCorpus({ n, seed, wordsPerStory: 50 })
    .filter((f) => f.path.startsWith('articles/'))
    .map((f) => {
      const data = parseYaml(f.content.split('\n---\n')[0]!.replace(/^---\n/, '')) as {
        title: string;
        publishedAt: string;
        topics: string[];
      };
      return {
        title: applyFrenchTypography(data.title),
        kicker: names.get(data.topics[0]!),
        footer: formatLongDate(new Date(data.publishedAt), SITE.timeZone),
      };
    });
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU of this process plus its exited children (the card pool's worker processes), from /proc. */
const cpuMsWithExitedChildren = () => {
  const { cutime, cstime } = parseProcStatTimes(readFileSync('/proc/self/stat', 'utf8'));
  return cpuMs() + ((cutime + cstime) * 1000) / PROC_CLOCK_TICKS;
};

/** One row of the candidates table. */
export interface EncoderResult {
  name: string;
  description: string;
  /** Median over rounds of the CPU per card (ms) of raster+encode. */
  cpuMsPerCard: number;
  /** Satori + this encoder, per card. */
  totalCpuMsPerCard: number;
  meanBytes: number;
}

/** What `runCardBench` measured. */
export interface CardBenchResult {
  n: number;
  rounds: number;
  satoriCpuMsPerCard: number;
  encoders: EncoderResult[];
  pool: { threads: number; wallSeconds: number; cpuSeconds: number; cardsPerSecond: number }[];
  /** Whether the pool's bytes were identical at every size and to drawing on this thread. */
  identicalAcrossPoolSizes: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Measures `n` cards, `rounds` rounds of each candidate interleaved (medians reported). */
export async function runCardBench(n: number, rounds: number, seed: number, log: (line: string) => void) {
  const inputs = getBenchCardInputs(n, seed);
  sharp.concurrency(1);
  sharp.cache(false);
  // Warm-up: fonts, satori's WebAssembly, the encoders' libraries.
  const warm = await renderSocialCardSvg(inputs[0]!);
  for (const encoder of CARD_ENCODERS) await encoder.encode(warm);

  const satoriRuns: number[] = [];
  const perEncoder = new Map(CARD_ENCODERS.map((e) => [e.name, { cpu: [] as number[], bytes: 0 }]));
  for (let round = 0; round < rounds; round++) {
    let started = cpuMs();
    const svgs: string[] = [];
    for (const input of inputs) svgs.push(await renderSocialCardSvg(input));
    satoriRuns.push((cpuMs() - started) / inputs.length);
    for (const encoder of CARD_ENCODERS) {
      const entry = perEncoder.get(encoder.name)!;
      let bytes = 0;
      started = cpuMs();
      for (const svg of svgs) bytes += (await encoder.encode(svg)).length;
      entry.cpu.push((cpuMs() - started) / svgs.length);
      entry.bytes = bytes / svgs.length;
    }
    log(`cards: round ${round + 1}/${rounds} done`);
  }
  const satoriCpuMsPerCard = median(satoriRuns);
  const encoders: EncoderResult[] = CARD_ENCODERS.map((e) => {
    const { cpu, bytes } = perEncoder.get(e.name)!;
    const cpuMsPerCard = median(cpu);
    return {
      name: e.name,
      description: e.description,
      cpuMsPerCard,
      totalCpuMsPerCard: satoriCpuMsPerCard + cpuMsPerCard,
      meanBytes: bytes,
    };
  });

  const reference = await Promise.all(
    inputs.map(async (input) => rasteriseSocialCard(await renderSocialCardSvg(input))),
  );
  const pool: CardBenchResult['pool'] = [];
  let identical = true;
  for (const threads of [...new Set([1, availableParallelism()])]) {
    const cpuStart = cpuMsWithExitedChildren();
    const renderPool = createCardRenderPool({ size: threads });
    // Starts the workers and loads their fonts outside the timed wall; their CPU is only known
    // once they have exited, so it includes that start (a fraction of a second per worker).
    await Promise.all(Array.from({ length: threads }, () => renderPool.render(inputs[0]!)));
    const wallStart = performance.now();
    const cards = await Promise.all(inputs.map((input) => renderPool.render(input)));
    const wallSeconds = (performance.now() - wallStart) / 1000;
    await renderPool.close();
    const cpuSeconds = (cpuMsWithExitedChildren() - cpuStart) / 1000;
    identical &&= cards.every((card, i) => card.equals(reference[i]!));
    pool.push({ threads, wallSeconds, cpuSeconds, cardsPerSecond: inputs.length / wallSeconds });
    log(`cards: pool of ${threads} done`);
  }
  return { n: inputs.length, rounds, satoriCpuMsPerCard, encoders, pool, identicalAcrossPoolSizes: identical };
}

/** Markdown report of a card benchmark, ratios against the first encoder (the former renderer). */
export function formatCardBench(result: CardBenchResult, projectTo = 10_000): string {
  const baseline = result.encoders[0]!;
  const lines = [
    `# Social cards, ${result.n} cards of the synthetic corpus, ${result.rounds} round(s) (CPU ms per card, medians)`,
    '',
    `satori (element tree → SVG): ${result.satoriCpuMsPerCard.toFixed(1)} ms per card`,
    '',
    '| raster + encode | ms | with satori | ratio to former | mean size | ' +
      `projected CPU for ${projectTo.toLocaleString('en')} cards |`,
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const e of result.encoders) {
    lines.push(
      `| ${e.name}: ${e.description} | ${e.cpuMsPerCard.toFixed(1)} | ${e.totalCpuMsPerCard.toFixed(1)} | ` +
        `${(e.totalCpuMsPerCard / baseline.totalCpuMsPerCard).toFixed(2)} | ${(e.meanBytes / 1000).toFixed(1)} kB | ` +
        `${((e.totalCpuMsPerCard * projectTo) / 1000).toFixed(0)} s |`,
    );
  }
  lines.push('', '| drawing workers | wall s | CPU s (with worker start) | cards/s |', '|--:|--:|--:|--:|');
  for (const p of result.pool)
    lines.push(
      `| ${p.threads} | ${p.wallSeconds.toFixed(2)} | ${p.cpuSeconds.toFixed(2)} | ${p.cardsPerSecond.toFixed(1)} |`,
    );
  lines.push(
    '',
    `Bytes identical at every pool size and to drawing in this process: ${result.identicalAcrossPoolSizes ? 'yes' : 'NO'}.`,
  );
  return lines.join('\n');
}
