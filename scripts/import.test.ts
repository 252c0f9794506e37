import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from './import/test-fixtures.ts';

// Each test starts a Node process: on the shared 2-core machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const SCRIPT = join(REPO_ROOT, 'scripts', 'import.ts');
const TOPICS = ['terrorisme', 'securite'];
const CAPTURE = [
  'En ce moment',
  '\u00a0',
  '',
  '"Un grand pas": la Belgique et la France coopèrent',
  '',
  'Les deux ministres se sont rencontrés. Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H.',
  '',
  'La coopération a "permis de regagner du terrain".  ',
  '"L\'année 2016 a été marquée", a estimé Jan Jambon.',
  '',
  '',
  'Un officier de liaison',
  '',
  'Il est rentré à Paris.',
  '',
  'Vos commentaires',
].join('\n');
const SLUG = 'un-grand-pas-la-belgique-et-la-france-cooperent';

let work: string;
let contentDir: string;
let articles: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'vigie-cli-'));
  contentDir = join(work, 'content');
  articles = join(contentDir, 'articles');
  await mkdir(join(contentDir, 'topics'), { recursive: true });
  for (const topic of TOPICS)
    await copyFile(join(REPO_ROOT, 'content', 'topics', `${topic}.yaml`), join(contentDir, 'topics', `${topic}.yaml`));
});
afterEach(async () => {
  await chmod(articles, 0o755).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runImport(args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

async function writeCapture(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, content);
  return path;
}

const options = (...extra: string[]) => [
  '--published-at',
  '2017-01-06T19:00:00+01:00',
  '--topics',
  TOPICS.join(','),
  '--content-dir',
  contentDir,
  ...extra,
];

/** Files under articles/ (none when the folder does not exist), temporary files included. */
async function articleFiles(): Promise<string[]> {
  return readdir(articles).catch(() => []);
}

describe('import CLI: accepted captures', () => {
  it.each<[string, () => string | Uint8Array, RegExp | undefined]>([
    ['a UTF-8 capture like the seed', () => CAPTURE, undefined],
    ['UTF-8 with a byte-order mark', () => `\uFEFF${CAPTURE}`, /note: removed the UTF-8 byte-order mark/],
    ['CRLF line ends', () => CAPTURE.replace(/\n/g, '\r\n'), /note: converted CRLF line ends to LF/],
    ['Windows-1252', () => iconv.encode(CAPTURE, 'windows-1252'), /note: converted from windows-1252 to UTF-8/],
  ])('%s: writes the same entry', async (_, content, note) => {
    const capture = await writeCapture('capture.txt', content());
    const run = await runImport([capture, ...options()]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`Wrote ${join(articles, `${SLUG}.md`)}`);
    expect(run.stdout).toContain('3 paragraphs, 1 subhead, read as plain text');
    if (note) expect(run.stdout).toMatch(note);
    else expect(run.stdout).not.toContain('note:');
    expect(await articleFiles()).toEqual([`${SLUG}.md`]);
    const entry = await readFile(join(articles, `${SLUG}.md`), 'utf8');
    expect(entry).toContain(`title: '"Un grand pas": la Belgique et la France coopèrent'`);
    expect(entry).toContain('  - name: Steve Damman\n    role: Reportage RTLINFO 19H\n');
    expect(entry).toContain(
      '\n\nLa coopération a "permis de regagner du terrain".\n\n"L\'année 2016 a été marquée", a estimé Jan Jambon.\n\n## Un officier de liaison\n\nIl est rentré à Paris.\n',
    );
  });

  it('an HTML capture: reads the article, drops the page chrome', async () => {
    const html = `<!doctype html><html><head><script>var x = 1;</script></head><body><nav><a>Accueil</a></nav>
      <article><h1>Titre de la page</h1><p class="chapo">Le chapeau.</p><p>Le texte.</p><div class="comments"><p>Bravo</p></div></article></body></html>`;
    const run = await runImport([
      await writeCapture('page.html', html),
      ...options('--source-name', 'RTL INFO', '--source-url', 'https://www.rtl.be/x'),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /1 paragraph, 0 subheads, read as HTML\n {2}from the page: title \(<h1>\)\n {2}from the page: description \(lead paragraph\)\n$/,
    );
    const entry = await readFile(join(articles, 'titre-de-la-page.md'), 'utf8');
    expect(entry).toContain('title: Titre de la page\ndescription: Le chapeau.\n');
    expect(entry).toContain('  - name: RTL INFO\n    role: Rédaction\n');
    expect(entry.endsWith('---\n\nLe texte.\n')).toBe(true);
  });

  it('--dry-run prints the entry and writes nothing', async () => {
    const run = await runImport([await writeCapture('capture.txt', CAPTURE), ...options('--dry-run')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: /);
    expect(run.stdout).toContain('\n## Un officier de liaison\n');
    expect(await articleFiles()).toEqual([]);
  });

  it('--force replaces an existing entry', async () => {
    await mkdir(articles);
    await writeFile(join(articles, `${SLUG}.md`), 'ancien');
    const run = await runImport([await writeCapture('capture.txt', CAPTURE), ...options('--force')]);
    expect(run.code).toBe(0);
    expect(await readFile(join(articles, `${SLUG}.md`), 'utf8')).toMatch(/^---\ntitle: /);
    expect(await articleFiles()).toEqual([`${SLUG}.md`]);
  });

  it('--help prints the usage', async () => {
    const run = await runImport(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: npm run import -- <capture>/);
  });
});

describe('import CLI: refusals print one line on stderr, exit 1 and write nothing', () => {
  const cases: { name: string; setUp: () => Promise<string[]>; message: RegExp }[] = [
    {
      name: 'empty file',
      setUp: async () => [await writeCapture('empty.txt', ''), ...options()],
      message: /empty\.txt: the file is empty/,
    },
    {
      name: 'binary file',
      setUp: async () => [
        await writeCapture(
          'image.txt',
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        ),
        ...options(),
      ],
      message: /image\.txt: this is a binary file, not a text or HTML capture/,
    },
    {
      name: '50 MB file',
      setUp: async () => {
        const path = await writeCapture('huge.txt', '');
        await truncate(path, 50_000_000);
        return [path, ...options()];
      },
      message: /huge\.txt: the file is 47\.7 MiB, over the 2 MiB limit for a capture \(MAX_CAPTURE_BYTES\)/,
    },
    {
      name: 'no recognisable headline',
      setUp: async () => [await writeCapture('nohead.txt', 'En ce moment\n\n2017-01-06 19:00\n\nTexte.'), ...options()],
      message: /nohead\.txt: no recognisable headline: the first line of text, "2017-01-06 19:00", holds no letter/,
    },
    {
      name: 'headline that gives no slug',
      setUp: async () => [
        await writeCapture('grec.txt', 'Αθήνα\n\nChapeau.'),
        ...options('--source-name', 'RTL INFO', '--source-url', 'https://www.rtl.be/x'),
      ],
      message: /grec\.txt: cannot make a slug from the headline "Αθήνα"\. Pass --slug <slug>/,
    },
    {
      name: 'HTML without <h1>',
      setUp: async () => [await writeCapture('page.html', '<html><body><p>Texte.</p></body></html>'), ...options()],
      message:
        /page\.html: no recognisable headline: the page has no article <h1>, og:title, JSON-LD headline or <title>\. Pass --title/,
    },
    {
      name: 'missing capture file',
      setUp: async () => [join(work, 'absent.txt'), ...options()],
      message: /absent\.txt: no such file/,
    },
    {
      name: 'unknown topic',
      setUp: async () => [
        await writeCapture('capture.txt', CAPTURE),
        ...options().slice(0, 3),
        'terrorisme,justice',
        ...options().slice(4),
      ],
      message: /topics: unknown topic "justice": no such \.yaml file\. Known topics: securite, terrorisme/,
    },
    {
      name: 'malformed topic',
      setUp: async () => [
        await writeCapture('capture.txt', CAPTURE),
        '--published-at',
        '2017-01-06T19:00:00+01:00',
        '--topics',
        'Terrorisme',
        '--content-dir',
        contentDir,
      ],
      message: /--topics: "Terrorisme" is not a slug/,
    },
    {
      name: 'missing --published-at',
      setUp: async () => [
        await writeCapture('capture.txt', CAPTURE),
        '--topics',
        'terrorisme',
        '--content-dir',
        contentDir,
      ],
      message: /^import error: --published-at is required/,
    },
    {
      name: 'unknown option',
      setUp: async () => [await writeCapture('capture.txt', CAPTURE), ...options('--titre', 'x')],
      message: /unknown option --titre\. Run "npm run import -- --help" for usage/,
    },
    {
      name: 'missing option value',
      setUp: async () => [await writeCapture('capture.txt', CAPTURE), ...options('--slug')],
      message: /--slug needs a value/,
    },
    {
      name: 'no credit and no source',
      setUp: async () => [
        await writeCapture(
          'capture.txt',
          CAPTURE.replace(' Martin Vachiery et Steve Damman y ont assisté pour le RTLINFO 19H.', ''),
        ),
        ...options(),
      ],
      message: /capture\.txt: no credit found.*Pass --credit "Name=Role"/,
    },
    {
      name: 'invalid frontmatter (source without URL)',
      setUp: async () => [await writeCapture('capture.txt', CAPTURE), ...options('--source-name', 'RTL INFO')],
      message:
        /capture\.txt: the entry would be invalid: source\.url \(from --source-name, --source-url, --source-section, or the page\)/,
    },
    {
      name: 'read-only target folder',
      setUp: async () => {
        await mkdir(articles);
        await chmod(articles, 0o555);
        return [await writeCapture('capture.txt', CAPTURE), ...options()];
      },
      message: /articles: the folder is read-only; nothing was written/,
    },
  ];

  it.each(cases)('$name', async ({ setUp, message }) => {
    const run = await runImport(await setUp());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^import error: [^\n]+\n$/);
    expect(run.stderr).toMatch(message);
    expect(await articleFiles()).toEqual([]);
  });

  it('existing slug: refuses, suggests --slug, keeps the existing entry', async () => {
    await mkdir(articles);
    await writeFile(join(articles, `${SLUG}.md`), 'ancien');
    const run = await runImport([await writeCapture('capture.txt', CAPTURE), ...options()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `import error: ${join(articles, `${SLUG}.md`)}: an entry with this slug already exists; nothing was written. Choose another slug with --slug <other> (the headline gives "${SLUG}"), or pass --force to replace it\n`,
    );
    expect(await readFile(join(articles, `${SLUG}.md`), 'utf8')).toBe('ancien');
    expect(await articleFiles()).toEqual([`${SLUG}.md`]);
  });
});
