/**
 * Fixture corpora for build tests: small in-code builders for valid topics and articles,
 * per-case mutations, and a runner that writes the corpus to a temporary content folder and
 * runs the real `astro build` (or `astro dev`) over it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

/** Repository root (the Astro project). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Astro's CLI entry, run with this very Node binary (a `#!/usr/bin/env node` shim could find Node 20 first). */
const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Folders of fixture output: inside the project (see `getBuildEnv`) and git-ignored (`dist-*` in .gitignore). */
export const FIXTURE_DIST_ROOT = join(ROOT, 'dist-fixtures');

/** Origin of fixture builds. */
export const FIXTURE_SITE_URL = 'https://vigie.example/';

/** One file of a fixture corpus, relative to the content folder (`articles/x.md`, `topics/y.yaml`). */
export interface FixtureFile {
  path: string;
  /** The file's content: text (written as UTF-8) or raw bytes (other encodings, images). */
  text: string | Uint8Array;
}

/** Frontmatter as written by an editor: any YAML value, so cases can break the contract. */
export type Frontmatter = Record<string, unknown>;

/** A topic of the base corpus, valid as is. */
export const BASE_TOPIC_ID = 'terrorisme';

/** The body of the base article: two paragraphs of plain French text. */
export const BASE_BODY =
  'Les ministres ont signé un accord de coopération.\n\nLes services échangeront leurs informations.\n';

/**
 * YAML text of `value`, every string double-quoted: unquoted ISO dates would become YAML
 * timestamps (and lose their offset), which the schema rightly refuses.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

/** Markdown entry text: `---` YAML frontmatter `---`, then the body. */
export function toMarkdownEntry(frontmatter: Frontmatter, body: string = BASE_BODY): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}`;
}

/** Frontmatter of a valid article, with `changes` applied (a key set to `undefined` is removed). */
export function makeArticleData(changes: Frontmatter = {}): Frontmatter {
  const data: Frontmatter = {
    title: 'Accord de coopération contre le terrorisme',
    description: 'Les deux pays renforcent leurs échanges de renseignements.',
    publishedAt: '2017-01-06T19:00:00+01:00',
    topics: [BASE_TOPIC_ID],
    credits: [{ name: 'Martin Vachiery', role: 'Reportage' }],
    ...changes,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}

/** An article file `articles/<fileStem>.md` with valid frontmatter changed by `changes`. */
export function makeArticle(fileStem: string, changes: Frontmatter = {}, body: string = BASE_BODY): FixtureFile {
  return { path: `articles/${fileStem}.md`, text: toMarkdownEntry(makeArticleData(changes), body) };
}

/** Topic data of a valid topic, with `changes` applied (a key set to `undefined` is removed). */
export function makeTopicData(changes: Frontmatter = {}): Frontmatter {
  const data: Frontmatter = { name: 'Terrorisme', description: 'Attentats, enquêtes et procès.', ...changes };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}

/** A topic file `topics/<id>.yaml` with valid data changed by `changes`. */
export function makeTopic(id: string, changes: Frontmatter = {}): FixtureFile {
  return { path: `topics/${id}.yaml`, text: toYaml(makeTopicData(changes)) };
}

/** A file given as raw text or bytes, for what the builders cannot write (broken YAML, unquoted dates, Latin-1). */
export function rawFile(path: string, text: string | Uint8Array): FixtureFile {
  return { path, text };
}

/** The smallest valid corpus: one topic, one article. Cases replace or add files. */
export function makeBaseCorpus(): FixtureFile[] {
  return [makeTopic(BASE_TOPIC_ID), makeArticle('accord-de-cooperation')];
}

/** Options of a fixture build. */
export interface FixtureBuildOptions {
  /** The build's "now", in seconds since 1970 (default: 2017-01-10T12:00:00Z). */
  sourceDateEpoch?: number;
  /** Milliseconds before the build is killed (default 5 minutes). */
  timeoutMs?: number;
  /** Extra environment variables, applied last. */
  env?: Record<string, string>;
  /**
   * Keep the output and cache folders of a previous build of the same name, so this build may
   * be incremental (default: both emptied first, a cold build).
   */
  keepPrevious?: boolean;
  /** Extra arguments of `astro build` (e.g. `--config <file>`). */
  astroArgs?: string[];
}

/** Result of a fixture build. */
export interface FixtureBuildResult {
  exitCode: number;
  /** stdout and stderr interleaved, colour codes removed. */
  output: string;
  /** Absolute path of the build output. */
  outDir: string;
}

/** Default "now" of fixture builds: 2017-01-10T12:00:00Z, after the base article. */
export const DEFAULT_SOURCE_DATE_EPOCH = Date.parse('2017-01-10T12:00:00Z') / 1000;

/** Writes `files` into a fresh temporary content folder and returns its path. */
export function writeCorpus(name: string, files: readonly FixtureFile[]): string {
  const contentDir = mkdtempSync(join(tmpdir(), `vigie-fixture-${name}-`));
  // Both folders always exist: a corpus without topics must fail on the reference, not on a missing folder.
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'topics'), { recursive: true });
  for (const file of files) {
    const target = resolve(contentDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return contentDir;
}

/** Variables Vitest sets in its workers, none of which a real build sees. */
const VITEST_ENV_NAMES = [
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
  'NODE_ENV',
  'DEV',
  'PROD',
  'SSR',
  'MODE',
  'BASE_URL',
  'FORCE_TTY',
];

/**
 * Environment of an Astro run over `contentDir`. The output folder must stay inside the project:
 * with an outside `outDir`, Astro writes its prerender bundle to the project's `.astro/` and
 * parallel builds collide. Each run also gets its own cache folder, emptied unless `keepPrevious`.
 */
export function getBuildEnv(
  name: string,
  contentDir: string,
  sourceDateEpoch: number,
  extraEnv: Record<string, string> = {},
  keepPrevious = false,
): { env: NodeJS.ProcessEnv; outDir: string } {
  const outDir = join(FIXTURE_DIST_ROOT, name);
  const cacheDir = join(tmpdir(), 'vigie-fixture-cache', name);
  if (!keepPrevious) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // This Node first on PATH for anything Astro spawns.
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    VIGIE_CONTENT_DIR: contentDir,
    VIGIE_OUT_DIR: outDir,
    VIGIE_CACHE_DIR: cacheDir,
    SITE_URL: FIXTURE_SITE_URL,
    SOURCE_DATE_EPOCH: String(sourceDateEpoch),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.FORCE_COLOR;
  // Vitest puts Vite's `import.meta.env` names into its workers' process.env (DEV=1, MODE=test…);
  // Astro would define `import.meta.env.DEV` from them, so a build started here must not inherit them.
  for (const variable of VITEST_ENV_NAMES) delete env[variable];
  return { env: { ...env, ...extraEnv }, outDir };
}

/** `text` without ANSI colour and cursor sequences. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/**
 * Writes the corpus `files` to a temporary folder, runs `astro build` over it into
 * `dist-fixtures/<name>/` and resolves with the exit code and the whole output (never rejects on
 * a failed build). The content folder is removed afterwards; the output stays for inspection.
 */
export async function buildFixture(
  name: string,
  files: readonly FixtureFile[],
  options: FixtureBuildOptions = {},
): Promise<FixtureBuildResult> {
  const contentDir = writeCorpus(name, files);
  try {
    return await buildContentDir(name, contentDir, options);
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}

/** Runs `astro build` over an existing content folder (the real `content/`, say). */
export async function buildContentDir(
  name: string,
  contentDir: string,
  options: FixtureBuildOptions = {},
): Promise<FixtureBuildResult> {
  const { env, outDir } = getBuildEnv(
    name,
    contentDir,
    options.sourceDateEpoch ?? DEFAULT_SOURCE_DATE_EPOCH,
    options.env,
    options.keepPrevious,
  );
  const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...(options.astroArgs ?? [])], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const { exitCode, output } = await collect(child, options.timeoutMs ?? 300_000);
  return { exitCode, output: stripAnsi(output), outDir };
}

function collect(child: ChildProcess, timeoutMs: number): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolvePromise) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      output += `\n[build-fixture] killed after ${timeoutMs} ms\n`;
      killTree(child);
    }, timeoutMs);
    child.on('error', (error) => {
      output += `\n[build-fixture] could not start: ${error.message}\n`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ exitCode: code ?? (signal ? 128 : 1), output });
    });
  });
}

/** Kills a child started with `detached: true` and everything it started (its process group). */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function getFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** A running `astro dev` over a fixture corpus. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Output so far (for failure messages). */
  getOutput: () => string;
  /** Stops the server and every process it started, and waits for it to exit. */
  stop: () => Promise<void>;
}

/**
 * Starts `astro dev` over the corpus `files` on a free 127.0.0.1 port and resolves once the home
 * page answers. Rejects (after stopping the server) when it does not within `timeoutMs`.
 */
export async function startDevServer(
  name: string,
  files: readonly FixtureFile[],
  options: FixtureBuildOptions = {},
): Promise<DevServer> {
  const contentDir = writeCorpus(name, files);
  const { env } = getBuildEnv(name, contentDir, options.sourceDateEpoch ?? DEFAULT_SOURCE_DATE_EPOCH, options.env);
  // Astro 7 backgrounds the dev server when it thinks an agent runs it; the test needs its process.
  env.ASTRO_DEV_BACKGROUND = '0';
  const port = await getFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [ASTRO_CLI, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolveExit) => child.on('close', () => resolveExit()));
  const stop = async () => {
    killTree(child);
    rmSync(contentDir, { recursive: true, force: true });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status < 500) return { origin, getOutput: () => stripAnsi(output), stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer on ${origin} (exit ${child.exitCode}):\n${stripAnsi(output)}`);
}
