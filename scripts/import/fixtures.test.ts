/**
 * The saved-page corpus (`fixtures/pages/`, described in its README): every page imports with no
 * option but `--topics` (and `--allow-language` for the pages in English), with the expected
 * headline, standfirst, dates, authors, publisher and first and last paragraphs, at least 90 % of
 * the article's paragraphs and none of the page's navigation, comment or related-story text.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { unescapeMarkdown } from './markdown-escape.ts';
import { runImport } from './run-import.ts';
import { REPO_ROOT } from './test-fixtures.ts';

interface ExpectedPage {
  file: string;
  models: string;
  traps: string;
  headline: string;
  headlineFrom: string;
  standfirst: string;
  publishedAt: string;
  updatedAt: string;
  authors: string[];
  publisher: string;
  section: string;
  url: string;
  language: string;
  allowLanguage: string | null;
  subheads: string[];
  paragraphs: string[];
  first: string;
  last: string;
  noise: string[];
}

const PAGES_DIR = fileURLToPath(new URL('fixtures/pages/', import.meta.url));
const expected: ExpectedPage[] = JSON.parse(await readFile(join(PAGES_DIR, 'expected.json'), 'utf8'));
const results: { file: string; recall: number; precision: number; paragraphs: string }[] = [];

let contentDir: string;
beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'vigie-pages-'));
  await mkdir(join(contentDir, 'topics'));
  await copyFile(join(REPO_ROOT, 'content/topics/terrorisme.yaml'), join(contentDir, 'topics/terrorisme.yaml'));
});
afterAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
  console.info(
    ['| page | paragraphs kept | paragraph recall | word precision |', '| --- | ---: | ---: | ---: |']
      .concat(
        results.map((r) => `| ${r.file} | ${r.paragraphs} | ${r.recall.toFixed(2)} | ${r.precision.toFixed(3)} |`),
      )
      .join('\n'),
  );
});

async function importPage(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runImport(
    [...args, '--topics', 'terrorisme', '--content-dir', contentDir],
    { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
    {},
  );
  return { code, stdout, stderr };
}

// Words as a reader sees them, lower-cased, punctuation dropped.
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

describe('the saved-page corpus', () => {
  it('has at least 12 pages from at least 8 publishers, French ones first', () => {
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(new Set(expected.map((page) => page.publisher)).size).toBeGreaterThanOrEqual(8);
    const firstForeign = expected.findIndex((page) => !page.language.startsWith('fr'));
    expect(expected.slice(firstForeign).every((page) => !page.language.startsWith('fr'))).toBe(true);
  });

  describe.each(expected)('$file', (page) => {
    const path = join(PAGES_DIR, page.file);
    const args = [path, ...(page.allowLanguage ? ['--allow-language', page.allowLanguage] : [])];

    it('imports with no option but --topics, with the page’s metadata', async () => {
      const run = await importPage(args);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const target = /^Wrote (.+\.md)$/m.exec(run.stdout)![1]!;
      const entry = await readFile(target, 'utf8');
      const { frontmatter, content } = parseFrontmatter(entry);
      expect(articleSchema.safeParse(frontmatter).success).toBe(true);
      expect(frontmatter.title).toBe(page.headline);
      expect(run.stdout).toContain(`from the page: title (${page.headlineFrom})`);
      expect(frontmatter.description).toBe(page.standfirst);
      expect(frontmatter.publishedAt).toBe(page.publishedAt);
      expect(frontmatter.updatedAt).toBe(page.updatedAt);
      expect(frontmatter.credits.map((credit: { name: string }) => credit.name)).toEqual(page.authors);
      expect(frontmatter.source).toEqual({ name: page.publisher, url: page.url, section: page.section });
      expect(frontmatter.imported.fromPage).toEqual(
        expect.arrayContaining(['title', 'description', 'publishedAt', 'updatedAt', 'credits', 'source.url']),
      );
      expect(frontmatter.imported.language.startsWith(page.language.slice(0, 2))).toBe(true);

      const blocks = unescapeMarkdown(content)
        .split('\n\n')
        .map((block) => block.trim())
        .filter(Boolean);
      const paragraphs = blocks.filter((block) => !block.startsWith('## '));
      expect(blocks.filter((block) => block.startsWith('## ')).map((b) => b.slice(3))).toEqual(page.subheads);
      expect(paragraphs[0]).toBe(page.first);
      expect(paragraphs.at(-1)).toBe(page.last);
      const recall = page.paragraphs.filter((p) => paragraphs.includes(p)).length / page.paragraphs.length;
      const articleWords = new Set(
        words([page.headline, page.standfirst, ...page.paragraphs, ...page.subheads].join(' ')),
      );
      const bodyWords = words(blocks.join(' '));
      const precision = bodyWords.filter((word) => articleWords.has(word)).length / bodyWords.length;
      results.push({
        file: page.file,
        recall,
        precision,
        paragraphs: `${paragraphs.length}/${page.paragraphs.length}`,
      });
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(precision).toBeGreaterThanOrEqual(0.95);
      for (const noise of page.noise) expect(entry).not.toContain(noise);
    });
  });

  it.each(expected.filter((page) => page.allowLanguage))(
    '$file is refused without --allow-language, in one line naming the file',
    async (page) => {
      const path = join(PAGES_DIR, page.file);
      const run = await importPage([path, '--dry-run']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `import error: ${path}: the page is in "${page.language}", not French. Vigie publishes in French; to import it all the same, pass --allow-language ${page.allowLanguage}\n`,
      );
    },
  );

  it('--dry-run shows which values came from the page and writes nothing', async () => {
    const run = await importPage([join(PAGES_DIR, 'lefigaro-dgsi.html'), '--dry-run', '--slug', 'figaro-essai']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported:\n {2}language: fr\n {2}fromPage:\n {4}- title\n/m);
    expect(run.stderr).toContain('from the page: publishedAt (article:published_time)');
    expect(run.stderr).toContain('from the page: credits (JSON-LD author)');
    await expect(readFile(join(contentDir, 'articles', 'figaro-essai.md'))).rejects.toThrow();
  });

  it('every option wins over the page', async () => {
    const run = await importPage([
      join(PAGES_DIR, 'lesoir-ocam.html'),
      '--dry-run',
      '--title',
      'Un autre titre',
      '--standfirst',
      'Un autre chapeau.',
      '--published-at',
      '2024-04-06T10:00:00+02:00',
      '--updated-at',
      '2024-04-07T10:00:00+02:00',
      '--credit',
      'Vigie=Rédaction',
      '--source-name',
      'Le Soir (papier)',
      '--source-url',
      'https://example.org/a',
      '--source-section',
      'Société',
    ]);
    expect(run.code).toBe(0);
    const { frontmatter } = parseFrontmatter(run.stdout);
    expect(frontmatter).toMatchObject({
      title: 'Un autre titre',
      description: 'Un autre chapeau.',
      publishedAt: '2024-04-06T10:00:00+02:00',
      updatedAt: '2024-04-07T10:00:00+02:00',
      credits: [{ name: 'Vigie', role: 'Rédaction' }],
      source: { name: 'Le Soir (papier)', url: 'https://example.org/a', section: 'Société' },
      imported: { language: 'fr-BE' },
    });
    expect(frontmatter.imported.fromPage).toBeUndefined();
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary file/],
    ['empty.html', '', /the file is empty/],
    [
      'huge.html',
      `<html><body>${'<p>Un paragraphe de texte.</p>'.repeat(80_000)}</body></html>`,
      /over the 2 MiB limit/,
    ],
    [
      'home.html',
      '<!DOCTYPE html><html lang="fr"><head><title>Accueil - Le Soir</title></head><body><nav><a href="/">Accueil</a></nav><ul><li><a href="/a">Un titre</a></li><li><a href="/b">Un autre</a></li></ul><footer><p>© Rossel</p></footer></body></html>',
      /no article found: the page holds no paragraph of text/,
    ],
  ])('refuses %s in one line naming the file', async (name, content, message) => {
    const path = join(contentDir, name);
    await writeFile(path, content);
    const run = await importPage([path]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.startsWith(`import error: ${path}: `)).toBe(true);
    expect(run.stderr).toMatch(message);
  });
});
