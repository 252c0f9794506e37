/**
 * The synthetic corpus as a list of files: `topics/<slug>.yaml` for the 40 topics and
 * `articles/<slug>.md` for N stories valid under Vigie's article schema. Pure: the
 * same options always give the same files, byte for byte (see generate.test.ts).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { toBrusselsDay, toBrusselsIsoString, getBrusselsOffsetHours } from './dates.ts';
import { toMarkdownFile, toYaml, type YamlValue } from './frontmatter.ts';
import { CREDIT_NAMES, CREDIT_ROLES, EVENT_LABELS, PLACES, REFERENCES, SOURCES, TOPICS } from './lexicon.ts';
import { createRandom, createZipfSampler, type Random } from './random.ts';
import { generateStoryText } from './story.ts';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of stories (≥ 1). */
  n: number;
  /** PRNG seed (any integer); default 1. */
  seed?: number;
  /** Mean body length in words; default 600 (each story draws ±15 %). */
  wordsPerStory?: number;
}

/** One file of the corpus, `path` relative to the corpus folder with `/` separators. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** First and last publication days (Brussels time): ten years of archive. */
export const FIRST_DAY = Date.UTC(2016, 0, 1);
export const DAYS = 3653;
/** Updates come at most this long after their story's publication. */
const MAX_UPDATE_HOURS = 240;
/**
 * A build time after every story and every update of a generated corpus (2026-01-15T00:00Z):
 * the "now" of benchmarks and tests, as on a live site whose archive is all in the past.
 */
export const CORPUS_BUILD_TIME_MS = FIRST_DAY + DAYS * 86_400_000 + MAX_UPDATE_HOURS * 3_600_000 + 4 * 86_400_000;

// Shares of stories with each optional field: enough of each to exercise its code
// path at every corpus size without dominating the corpus.
const SHARE = { updated: 0.15, brief: 0.04, source: 0.08, dateNote: 0.01, event: 0.3, twoCredits: 0.2 };
// How many topics a story has: 1 (45 %), 2 (35 %) or 3 (20 %).
const TOPIC_COUNT_CUMULATIVE = [0.45, 0.8, 1];
const MAX_ARTICLE_SLUG = 70;
// Earlier stories a "Lire aussi" link may point to: the latest ones, as editors do.
const READ_ALSO_WINDOW = 30;

interface Topic {
  slug: string;
  name: string;
  description: string;
  chronology: boolean;
  subjects: readonly string[];
}

/** The corpus topics with their slugs; throws if two names fold to the same slug. */
export function getCorpusTopics(): Topic[] {
  const seen = new Set<string>();
  return TOPICS.map((topic) => {
    const slug = slugify(topic.name);
    if (seen.has(slug)) throw new Error(`two corpus topics share the slug "${slug}"`);
    seen.add(slug);
    return { ...topic, slug };
  });
}

/**
 * Publication instants: a uniform day of the ten years, a Brussels wall-clock time
 * between 06:00 and 23:00 (never in the DST gap), sorted so that story i is older
 * than story i + 1.
 */
function drawInstants(n: number, random: Random): number[] {
  const instants: number[] = [];
  for (let i = 0; i < n; i++) {
    const localMs = FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000 + random.int(6 * 60, 23 * 60 - 1) * 60_000;
    // Wall-clock → UTC: the offset at (local − 1 h) is right outside 01:00–03:00 UTC.
    instants.push(localMs - getBrusselsOffsetHours(localMs - 3_600_000) * 3_600_000);
  }
  return instants.sort((a, b) => a - b);
}

function drawTopics(random: Random, sample: () => Topic): Topic[] {
  const roll = random.next();
  const count = TOPIC_COUNT_CUMULATIVE.findIndex((share) => roll < share) + 1;
  const picked: Topic[] = [];
  while (picked.length < count) {
    const topic = sample();
    if (!picked.includes(topic)) picked.push(topic);
  }
  return picked;
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const base = slugify(title, MAX_ARTICLE_SLUG) || 'article';
  let slug = base;
  for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
  taken.add(slug);
  return slug;
}

/** Generates the corpus files (topics first, then articles in publication order). */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const { n, seed = 1, wordsPerStory = 600 } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer ≥ 1, got ${n}`);
  const random = createRandom(seed);
  const topics = getCorpusTopics();
  const files: CorpusFile[] = topics.map((topic) => ({
    path: `topics/${topic.slug}.yaml`,
    content: toYaml({ name: topic.name, description: topic.description, chronology: topic.chronology }),
  }));

  const sampleTopic = createZipfSampler(topics, random);
  const instants = drawInstants(n, random);
  const takenSlugs = new Set<string>();
  const earlier: Array<{ slug: string; title: string }> = [];

  instants.forEach((instant) => {
    const storyTopics = drawTopics(random, sampleTopic);
    const day = toBrusselsDay(instant);
    const text = generateStoryText({
      random,
      topics: storyTopics,
      earlier: earlier.slice(-READ_ALSO_WINDOW),
      day,
      targetWords: Math.round(wordsPerStory * (0.85 + random.next() * 0.3)),
    });
    const slug = uniqueSlug(text.title, takenSlugs);
    const isBrief = random.chance(SHARE.brief);
    const credits = random
      .sample(CREDIT_NAMES, random.chance(SHARE.twoCredits) ? 2 : 1)
      .map((name) => ({ name, role: random.pick(CREDIT_ROLES) }));
    const source = !isBrief && random.chance(SHARE.source) ? random.pick(SOURCES) : undefined;
    const hasEvent = storyTopics.some((t) => t.chronology) && random.chance(SHARE.event);
    const frontmatter: Record<string, YamlValue | undefined> = {
      title: text.title,
      description: text.description,
      publishedAt: toBrusselsIsoString(instant),
      updatedAt: random.chance(SHARE.updated)
        ? toBrusselsIsoString(instant + random.int(1, MAX_UPDATE_HOURS) * 3_600_000)
        : undefined,
      dateNote: random.chance(SHARE.dateNote)
        ? 'Date de publication reconstituée à partir des archives de la rédaction.'
        : undefined,
      topics: storyTopics.map((t) => t.slug),
      credits,
      source: source && {
        name: source.name,
        url: `https://${source.host}/${day.replaceAll('-', '/')}/${slug}`,
        section: source.section,
      },
      references: isBrief
        ? random.sample(REFERENCES, random.int(1, 3)).map((r) => ({ name: r.name, url: r.url }))
        : undefined,
      kind: isBrief ? 'brief' : undefined,
      event: hasEvent
        ? {
            date: toBrusselsDay(instant - random.int(0, 2) * 86_400_000),
            label: random.pick(EVENT_LABELS).replace('{place}', random.pick(PLACES)),
          }
        : undefined,
    };
    files.push({ path: `articles/${slug}.md`, content: toMarkdownFile(frontmatter, text.body) });
    earlier.push({ slug, title: text.title });
  });
  return files;
}

/**
 * Writes `files` under `dir`, after removing any previous `articles/` and `topics/`
 * there (so a smaller corpus does not keep stale stories). Returns the bytes written.
 */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): number {
  for (const sub of ['articles', 'topics']) rmSync(join(dir, sub), { recursive: true, force: true });
  const made = new Set<string>();
  let bytes = 0;
  for (const file of files) {
    const target = join(dir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  return bytes;
}

/** Lists a written corpus folder's files (relative paths, sorted), for checks and tests. */
export function listCorpusFiles(dir: string): string[] {
  return ['articles', 'topics']
    .flatMap((sub) => {
      try {
        return readdirSync(join(dir, sub)).map((name) => `${sub}/${name}`);
      } catch {
        return [];
      }
    })
    .sort();
}
