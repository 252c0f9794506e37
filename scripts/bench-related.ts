/**
 * Benchmark of the related-stories index on a synthetic French corpus.
 *
 *   node scripts/bench-related.ts [--n 10000] [--seed 1] [--runs 3] [--json bench-results/related.json]
 *
 * Generates N stories deterministically (about 600 words each, 1–3 of 40 topics with Zipf-like
 * popularity, words drawn from a security and terrorism vocabulary), then times in the same run
 * a baseline (tokenising every story, the floor any text-based method pays) and
 * `computeRelatedStories` (tokenising included). Both are timed after a short warm-up on a
 * smaller corpus, so the figures compare steady-state code rather than JIT start-up, and
 * alternately for `runs` rounds; the medians are reported (the minimums too), because a shared
 * 2-core machine makes single timings noisy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { computeRelatedStories, type RelatedInput } from '../src/lib/related.ts';
import { Vocabulary } from '../src/lib/text-index.ts';
import { createRandom, createZipfSampler, type Random } from './corpus/random.ts';
import { readCommandLine } from './lib/cli.ts';

/** Figures of one benchmark run; times in milliseconds of wall-clock time. */
export interface RelatedBenchmarkResult {
  n: number;
  seed: number;
  /** Words in the generated corpus (all stories, stop words included). */
  words: number;
  runs: number;
  /** Tokenising and counting the terms of every story (median of the runs). */
  baselineMs: number;
  /** `computeRelatedStories` over all stories, tokenising included (median of the runs). */
  relatedMs: number;
  /** Fastest baseline run. */
  baselineMinMs: number;
  /** Fastest related run. */
  relatedMinMs: number;
  /** `relatedMs / baselineMs` (medians). */
  ratio: number;
  /** Published stories that got at least one related story. */
  storiesWithRelated: number;
  node: string;
}

const TOPIC_COUNT = 40;
const WORDS_PER_STORY = 600;
const TOPIC_WORDS = 30;

const FUNCTION_WORDS = (
  'le la les de des du un une et à au aux en dans par pour sur avec sans sous entre contre depuis après avant ' +
  'il elle ils ont a est sont été être avait était qui que dont où ce cette ces son sa ses leur leurs plus ne pas ' +
  'selon lors comme aussi mais ou donc encore déjà tout tous deux trois'
).split(' ');

const DOMAIN_WORDS = (
  'attentat attentats terrorisme terroriste terroristes djihadiste djihadistes radicalisation radicalisé radicalisés ' +
  'sécurité sécuritaire police policier policiers gendarmerie enquête enquêtes enquêteur enquêteurs juge juges ' +
  'parquet procureur fédéral antiterroriste magistrat magistrats tribunal procès condamné condamnation peine ' +
  'renseignement renseignements service services agent agents surveillance fiché fichés menace menaces niveau ' +
  'alerte coopération coopérer coopèrent échange échanges information informations frontière frontières contrôle ' +
  'contrôles migrants migration migratoire asile Calais Bruxelles Paris Molenbeek Schaerbeek Lille Zaventem Maelbeek ' +
  'Belgique France belge belges français française gouvernement ministre ministres Intérieur Justice premier ' +
  'sommet réunion accord accords officier officiers liaison ambassade cellule cellules réseau réseaux suspect ' +
  'suspects arrestation arrêté interpellé perquisition perquisitions explosif explosifs arme armes kalachnikov ' +
  'victime victimes blessés morts bilan hommage commémoration aéroport métro station gare stade salle concert ' +
  'terrasse commando kamikaze revendication revendiqué organisation groupe État islamique Syrie Irak combattants ' +
  'retour retours prison détenus détention déradicalisation prévention quartier commune bourgmestre maire ' +
  'militaires soldats patrouille opération vigilance crise centre protection civile secours pompiers urgence ' +
  'législation loi projet mesure mesures budget effectifs recrutement formation européenne Europol Schengen ' +
  'extradition mandat européen fuite cavale planque complice complices logistique financement propagande internet ' +
  'recrutement mosquée imam prédicateur dossier instruction audience verdict appel avocat défense témoin témoins'
).split(/\s+/);

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Generates `n` synthetic stories, identical for identical `(n, seed)`. */
export function generateSyntheticStories(n: number, seed = 1): RelatedInput[] {
  const random = createRandom(seed);
  const topics = Array.from({ length: TOPIC_COUNT }, (_, k) => `sujet-${k + 1}`);
  const pickTopic = createZipfSampler(topics, random);
  const topicWords = topics.map(() => createZipfSampler(shuffled(DOMAIN_WORDS, random).slice(0, TOPIC_WORDS), random));
  const pickDomainWord = createZipfSampler(shuffled(DOMAIN_WORDS, random), random);
  const pickFunctionWord = createZipfSampler(FUNCTION_WORDS, random);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;

  return Array.from({ length: n }, (_, s) => {
    const own = new Set<string>();
    const topicCount = 1 + Math.floor(random.next() * 3);
    while (own.size < topicCount) own.add(pickTopic());
    const ownWords = [...own].map((topic) => topicWords[topics.indexOf(topic)]!);
    const words: string[] = [];
    for (let w = 0; w < WORDS_PER_STORY; w++) {
      const roll = random.next();
      let word =
        roll < 0.45
          ? pickFunctionWord()
          : roll < 0.8
            ? ownWords[Math.floor(random.next() * ownWords.length)]!()
            : pickDomainWord();
      const previous = words[words.length - 1];
      // Elide like French does, so the tokenizer meets l' and d' as in real copy.
      if ((previous === 'le' || previous === 'la' || previous === 'de') && /^[aeiouéèêhAEIOUÉ]/.test(word)) {
        word = `${previous[0]}'${word}`;
        words.pop();
      }
      const sentenceEnd = w % 20 === 19;
      words.push(sentenceEnd ? `${word}.` : w % 20 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    }
    return {
      id: `story-${String(s + 1).padStart(6, '0')}`,
      topics: [...own],
      text: words.join(' '),
      publishedAt: new Date(start + Math.floor(random.next() * span)),
      draft: random.next() < 0.02,
    };
  });
}

function tokeniseAll(stories: readonly RelatedInput[]): number {
  const vocabulary = new Vocabulary();
  let terms = 0;
  for (const story of stories) terms += vocabulary.count(story.text).length;
  return terms;
}

/** Generates the corpus, warms up, then times the baseline and the related-stories index `runs` times each. */
export function runRelatedBenchmark({
  n = 10_000,
  seed = 1,
  runs = 3,
}: { n?: number; seed?: number; runs?: number } = {}): RelatedBenchmarkResult {
  const stories = generateSyntheticStories(n, seed);
  const warmUp = generateSyntheticStories(Math.min(n, 500), seed + 1);
  tokeniseAll(warmUp);
  computeRelatedStories(warmUp);

  const baseline: number[] = [];
  const related: number[] = [];
  let storiesWithRelated = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    tokeniseAll(stories);
    const t1 = performance.now();
    const result = computeRelatedStories(stories);
    const t2 = performance.now();
    baseline.push(t1 - t0);
    related.push(t2 - t1);
    storiesWithRelated = [...result.values()].filter((ids) => ids.length > 0).length;
  }
  return {
    n,
    seed,
    words: stories.reduce((sum, story) => sum + story.text.split(' ').length, 0),
    runs,
    baselineMs: round(median(baseline)),
    relatedMs: round(median(related)),
    baselineMinMs: round(Math.min(...baseline)),
    relatedMinMs: round(Math.min(...related)),
    ratio: round(median(related) / median(baseline)),
    storiesWithRelated,
    node: process.version,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const RELATED_USAGE =
  'usage: node scripts/bench-related.ts [--n <stories ≥ 1>] [--seed <integer>] [--runs <≥ 1>] [--json <file>]';

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.main) {
  const { values } = readCommandLine({
    name: 'bench-related',
    usage: RELATED_USAGE,
    options: {
      n: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
    },
  });
  const n = Number(values.n);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) {
    console.error(RELATED_USAGE);
    process.exit(2);
  }
  const result = runRelatedBenchmark({ n, seed, runs });
  console.log(`stories              ${result.n} (${result.words} words, seed ${result.seed})`);
  console.log(
    `baseline (tokenise)  ${result.baselineMs.toFixed(1)} ms median of ${result.runs} (min ${result.baselineMinMs.toFixed(1)})`,
  );
  console.log(
    `related (all)        ${result.relatedMs.toFixed(1)} ms median of ${result.runs} (min ${result.relatedMinMs.toFixed(1)})`,
  );
  console.log(`ratio                ${result.ratio.toFixed(2)}`);
  console.log(`with related         ${result.storiesWithRelated}`);
  if (values.json) {
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  }
}
