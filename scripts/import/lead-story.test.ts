import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { LEAD_STORY_ENTRY_PATH, LEAD_STORY_IMPORT_ARGS } from './lead-story.ts';
import { unescapeMarkdown } from './markdown-escape.ts';
import { REPO_ROOT, SEED_CAPTURE_PATH } from './test-fixtures.ts';

// Each test starts a Node process: on the shared 2-core machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'scripts', 'import.ts');
// The publisher's chrome, named here independently of the parser's own list.
const SEED_CHROME = ['En ce moment', 'Vos commentaires'];

const committed = await readFile(join(REPO_ROOT, LEAD_STORY_ENTRY_PATH), 'utf8');
const seed = await readFile(SEED_CAPTURE_PATH, 'utf8');
const { frontmatter, content: body } = parseFrontmatter(committed);

// Each of the first two cases starts the importer in a new Node process: seconds on a loaded machine.
const SPAWN_TIMEOUT = { timeout: 60_000 };

describe('the committed lead-story entry', () => {
  it(
    'is exactly what the documented import command produces (dry run from the repository root)',
    SPAWN_TIMEOUT,
    async () => {
      const { stdout } = await run(process.execPath, [SCRIPT, ...LEAD_STORY_IMPORT_ARGS, '--dry-run'], {
        cwd: REPO_ROOT,
      });
      expect(stdout).toBe(committed);
    },
  );

  it('is byte for byte what the command writes into a fresh content folder', SPAWN_TIMEOUT, async () => {
    const contentDir = await mkdtemp(join(tmpdir(), 'vigie-lead-'));
    try {
      await mkdir(join(contentDir, 'topics'));
      for (const topic of await readdir(join(REPO_ROOT, 'content', 'topics'))) {
        await copyFile(join(REPO_ROOT, 'content', 'topics', topic), join(contentDir, 'topics', topic));
      }
      await run(process.execPath, [SCRIPT, ...LEAD_STORY_IMPORT_ARGS, '--content-dir', contentDir], { cwd: REPO_ROOT });
      const written = await readFile(join(contentDir, 'articles', 'cooperation-franco-belge-contre-le-terrorisme.md'));
      expect(written.equals(Buffer.from(committed, 'utf8'))).toBe(true);
    } finally {
      await rm(contentDir, { recursive: true, force: true });
    }
  });

  it('is valid for the build schema', () => {
    expect(articleSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('has the expected shape', () => {
    expect(frontmatter.title).toMatch(/^"On a fait un grand pas en avant depuis les attentats de Paris": voici/);
    expect(frontmatter.description).toMatch(/ Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H\.$/);
    expect(frontmatter.credits).toEqual([
      { name: 'Martin Vachiery', role: 'Reportage RTLINFO 19H' },
      { name: 'Steve Damman', role: 'Reportage RTLINFO 19H' },
    ]);
    expect(frontmatter.publishedAt).toBe('2017-01-06T19:00:00+01:00');
    expect(body.match(/^## .+$/gm)).toEqual([
      '## "Les services de renseignements se parlent tous les jours"',
      '## "On a fait un grand pas en avant depuis les attentats de Paris"',
      '## Une meilleure coopération',
      '## Un officier de liaison',
    ]);
    // The hard-break pair of the capture: two paragraphs, the trailing spaces gone.
    expect(body).toContain('avec son homologue français.\n\n"L\'année 2016 a été marquée');
  });

  const seedSentences = seed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !SEED_CHROME.includes(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/u))
    .filter((sentence) => sentence !== '');

  it('holds every sentence of the seed once Markdown escapes are undone', () => {
    const text = [frontmatter.title, frontmatter.description, unescapeMarkdown(body)].join('\n');
    expect(seedSentences.length).toBeGreaterThan(25);
    for (const sentence of seedSentences) expect(text).toContain(sentence);
  });

  it('shows every sentence of the seed once rendered by the Markdown processor', async () => {
    const renderer = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false });
    const html = (await renderer.render(body)).code;
    const text = [
      frontmatter.title,
      frontmatter.description,
      toString(unified().use(rehypeParse, { fragment: true }).parse(html)),
    ].join('\n');
    for (const sentence of seedSentences) expect(text).toContain(sentence);
  });

  it('adds no text that is not in the seed', () => {
    const blocks = unescapeMarkdown(body)
      .split('\n\n')
      .map((block) => block.replace(/^## /, '').trim())
      .filter(Boolean);
    for (const block of blocks) expect(seed).toContain(block);
    expect(seed).toContain(frontmatter.title);
    expect(seed).toContain(frontmatter.description);
  });
});
