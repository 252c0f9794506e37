import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema } from '../../src/schemas/article.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { findContentProblems, type ArticleRecord, type TopicRecord } from '../../src/lib/corpus.ts';
import { isInsideContent } from '../generate-corpus.ts';
import { generateCorpus, getCorpusTopics, listCorpusFiles, writeCorpus, type CorpusFile } from './generate.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'scripts/generate-corpus.ts');
const N = 400;
const corpus = generateCorpus({ n: N, seed: 1 });
const articles = corpus.filter((f) => f.path.startsWith('articles/'));
const topicFiles = corpus.filter((f) => f.path.startsWith('topics/'));
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const path of listCorpusFiles(dir))
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(dir, path)))
      .update('\0');
  return hash.digest('hex');
}

// The frontmatter parser Astro's glob loader uses (js-yaml through @astrojs/internal-helpers).
function parseArticle(file: CorpusFile) {
  const { frontmatter, content } = parseFrontmatter(file.content);
  return { frontmatter, body: content };
}

describe('determinism', () => {
  it('writes byte-identical folders for the same seed, in this process and from the CLI', () => {
    const [a, b, c] = [0, 1, 2].map(() => {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-corpus-test-'));
      tempDirs.push(dir);
      return dir;
    });
    writeCorpus(a!, generateCorpus({ n: 150, seed: 9 }));
    writeCorpus(b!, generateCorpus({ n: 150, seed: 9 }));
    // A fresh process also catches randomness drawn once at module load.
    execFileSync(process.execPath, [CLI, '--n', '150', '--seed', '9', '--out', c!], { stdio: 'pipe' });
    expect(listCorpusFiles(a!)).toHaveLength(150 + 40);
    expect(hashFolder(b!)).toBe(hashFolder(a!));
    expect(hashFolder(c!)).toBe(hashFolder(a!));
  });

  it('refuses to write into the project content folder', () => {
    expect(isInsideContent('content', PROJECT_ROOT)).toBe(true);
    expect(isInsideContent(join(PROJECT_ROOT, 'content', 'articles'), PROJECT_ROOT)).toBe(true);
    expect(isInsideContent('/tmp/vigie-corpus', PROJECT_ROOT)).toBe(false);
    expect(isInsideContent(join(PROJECT_ROOT, 'content-bench'), PROJECT_ROOT)).toBe(false);
  });

  it('gives another corpus for another seed', () => {
    const other = generateCorpus({ n: N, seed: 2 });
    expect(other.filter((f) => f.path.startsWith('articles/')).map((f) => f.content)).not.toEqual(
      articles.map((f) => f.content),
    );
  });

  it('replaces a previous corpus in the same folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-corpus-test-'));
    tempDirs.push(dir);
    writeCorpus(dir, generateCorpus({ n: 30, seed: 1 }));
    writeCorpus(dir, generateCorpus({ n: 10, seed: 3 }));
    expect(listCorpusFiles(dir).filter((p) => p.startsWith('articles/'))).toHaveLength(10);
  });

  it('rejects a non-positive size', () => {
    expect(() => generateCorpus({ n: 0 })).toThrow(RangeError);
  });
});

describe('validity under the real schemas', () => {
  const topics: TopicRecord[] = topicFiles.map((f) => ({
    id: f.path.slice('topics/'.length, -'.yaml'.length),
    filePath: f.path,
    data: topicSchema.parse(parse(f.content)),
  }));
  const records: ArticleRecord[] = articles.map((f) => {
    const { frontmatter, body } = parseArticle(f);
    const result = articleSchema.safeParse(frontmatter);
    if (!result.success) throw new Error(`${f.path}: ${result.error.message}`);
    return { id: f.path.slice('articles/'.length, -'.md'.length), filePath: f.path, data: result.data, bodyText: body };
  });

  it('has 40 valid topics and N articles', () => {
    expect(topics).toHaveLength(40);
    expect(records).toHaveLength(N);
  });

  it('passes the cross-entry checks (slugs, topic references, bodies)', () => {
    expect(findContentProblems(records, topics)).toEqual([]);
  });

  it('has unique article slugs', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(N);
  });

  it('dates stories over ten years with both Brussels offsets, updates after publication', () => {
    const raw = articles.map((f) => parseArticle(f).frontmatter as { publishedAt: string; updatedAt?: string });
    expect(raw.every((d) => typeof d.publishedAt === 'string')).toBe(true);
    expect(raw.some((d) => d.publishedAt.endsWith('+01:00'))).toBe(true);
    expect(raw.some((d) => d.publishedAt.endsWith('+02:00'))).toBe(true);
    const years = records.map((r) => r.data.publishedAt.getUTCFullYear());
    expect(Math.min(...years)).toBe(2016);
    expect(Math.max(...years)).toBe(2025);
    const updated = records.filter((r) => r.data.updatedAt);
    expect(updated.length).toBeGreaterThan(N * 0.05);
    expect(updated.every((r) => r.data.updatedAt! > r.data.publishedAt)).toBe(true);
  });

  it('has a few briefs, each with references', () => {
    const briefs = records.filter((r) => r.data.kind === 'brief');
    expect(briefs.length).toBeGreaterThan(0);
    expect(briefs.length).toBeLessThan(N * 0.1);
    expect(briefs.every((b) => b.data.references.length > 0)).toBe(true);
  });

  it('gives 1 to 3 topics per story, the first topic the most popular', () => {
    expect(records.every((r) => r.data.topics.length >= 1 && r.data.topics.length <= 3)).toBe(true);
    const counts = new Map<string, number>();
    for (const r of records) for (const t of r.data.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const [first, second] = getCorpusTopics().map((t) => counts.get(t.slug) ?? 0);
    const max = Math.max(...counts.values());
    expect(first).toBe(max);
    expect(first! / second!).toBeGreaterThan(1.3);
  });
});

describe('story bodies', () => {
  const bodies = articles.map((f) => parseArticle(f).body);
  const words = bodies.map((b) => b.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);

  it('are about 600 words long', () => {
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(540);
    expect(mean).toBeLessThan(660);
    expect(Math.min(...words)).toBeGreaterThan(400);
  });

  it.each([
    ['a ## subhead', /^## \S/m],
    ['a straight-quoted quote', /"[^"\n]+"/],
    ['a list', /^(?:- |\d+\. )\S/m],
    ['an external link', /\]\(https:\/\/[a-z.-]+\.example\//],
    ['a topic link', /\]\(\/sujets\/[a-z0-9-]+\/\)/],
  ])('each have %s', (_, pattern) => {
    expect(bodies.filter((b) => !pattern.test(b))).toEqual([]);
  });

  it('link only to earlier stories that exist', () => {
    const order = new Map(articles.map((f, i) => [f.path.slice('articles/'.length, -'.md'.length), i]));
    articles.forEach((f, i) => {
      for (const [, slug] of f.content.matchAll(/\]\(\/articles\/([a-z0-9-]+)\/\)/g)) {
        expect(order.get(slug!)).toBeLessThan(i);
      }
    });
  });
});
