/**
 * Post-build checks over a built site: internal links and fragments, HTML validity (Nu Html Checker),
 * one h1, title, description, canonical/noindex, img alt on every HTML page; well-formed XML feeds and sitemaps.
 *
 * Usage: node scripts/check-dist.ts [distDir=dist] [--site https://vigie.example/] [--json-summary file]
 * Exit code 1 when any check fails, 2 on a usage or setup error.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { getOutDir, getSiteUrl } from '../src/site.config.ts';
import { parseHtml } from './check-dist/html.ts';
import { checkImageAlt } from './check-dist/images.ts';
import { checkLinks, collectFragmentTargets, type SiteIndex } from './check-dist/links.ts';
import { checkCanonical, checkDescription, checkSingleH1, checkTitle } from './check-dist/page-meta.ts';
import { formatReport, summarize, type CheckResult, type Finding } from './check-dist/report.ts';
import { getVnuArgs, parseVnuOutput } from './check-dist/vnu.ts';
import { checkWellFormedXml } from './check-dist/xml.ts';
import { readCommandLine } from './lib/cli.ts';
import { listBuiltFiles } from './lib/dist-pages.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Default location of the Nu Html Checker jar shipped by the `vnu-jar` package. */
export const DEFAULT_VNU_JAR = join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** Options of {@link checkDist}. */
export interface CheckDistOptions {
  /** Public site URL; absolute links on its origin are checked like relative ones. */
  site: string;
  /** Path of vnu.jar; HTML validity fails with a clear message when it or `java` is missing. */
  vnuJar?: string;
}

function runVnu(jar: string, files: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('java', getVnuArgs(jar, files), { maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}${stderr ? `\n${stderr.slice(0, 2000)}` : ''}`));
      else resolvePromise(stdout);
    });
  });
}

async function checkHtmlValidity(root: string, htmlFiles: string[], jar: string): Promise<CheckResult[]> {
  if (htmlFiles.length === 0) return [];
  const setupFailure = (message: string): CheckResult[] => [
    { file: '(Nu Html Checker)', check: 'html-validity', findings: [{ message }] },
  ];
  if (!existsSync(jar)) return setupFailure(`vnu.jar not found at ${jar} (is the vnu-jar package installed?)`);
  let output: string;
  try {
    output = await runVnu(
      jar,
      htmlFiles.map((f) => join(root, f)),
    );
  } catch (error) {
    return setupFailure(
      `could not run java -jar vnu.jar (is a Java 17+ runtime on PATH?): ${(error as Error).message}`,
    );
  }
  const byFile = parseVnuOutput(output, root);
  const results: CheckResult[] = htmlFiles.map((file) => ({
    file,
    check: 'html-validity',
    findings: byFile.get(file) ?? [],
  }));
  const stray = [...byFile.entries()].filter(([file]) => !htmlFiles.includes(file));
  for (const [file, findings] of stray)
    results.push({ file: file || '(Nu Html Checker)', check: 'html-validity', findings });
  return results;
}

/** Runs every check over the build in `root` and returns one result per (file, check). */
export async function checkDist(root: string, options: CheckDistOptions): Promise<CheckResult[]> {
  const files = listBuiltFiles(root);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const xmlFiles = files.filter((f) => f.endsWith('.xml') || f.endsWith('.xsl'));

  const pages = new Map<string, Root>();
  for (const file of htmlFiles) pages.set(file, parseHtml(await readFile(join(root, file), 'utf8')));
  const site: SiteIndex = {
    origin: new URL(options.site).origin,
    files: new Set(files),
    targetsByFile: new Map([...pages].map(([file, tree]) => [file, collectFragmentTargets(tree)])),
  };

  const results: CheckResult[] = [];
  const add = (file: string, check: CheckResult['check'], findings: Finding[]) =>
    results.push({ file, check, findings });
  for (const [file, tree] of pages) {
    const { links, fragments } = checkLinks({ file, tree }, site);
    add(file, 'links', links);
    add(file, 'fragments', fragments);
    add(file, 'h1', checkSingleH1(tree));
    add(file, 'title', checkTitle(tree));
    add(file, 'description', checkDescription(tree));
    add(file, 'canonical', checkCanonical(tree));
    add(file, 'img-alt', checkImageAlt(tree));
  }
  results.push(...(await checkHtmlValidity(root, htmlFiles, options.vnuJar ?? DEFAULT_VNU_JAR)));
  for (const file of xmlFiles) add(file, 'xml', checkWellFormedXml(await readFile(join(root, file), 'utf8')));
  return results;
}

const USAGE = `usage: node scripts/check-dist.ts [distDir] [--site <url>] [--json-summary <file>] [--vnu-jar <path>]

Checks a built site (default: VIGIE_OUT_DIR or dist): internal links and fragments, Nu Html Checker,
one h1, title, description, canonical, img alt on every page; well-formed XML feeds and sitemaps.

  --site <url>           public origin; absolute links to it are checked too (default: SITE_URL)
  --json-summary <file>  write { passed, failed, warnings, files } for the test runner
  --vnu-jar <path>       vnu.jar to run (default: the vnu-jar package's)

Exit code 0 when every check passes, 1 when one fails, 2 on a usage or setup error.`;

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine({
    name: 'check-dist',
    usage: USAGE,
    options: { site: { type: 'string' }, 'json-summary': { type: 'string' }, 'vnu-jar': { type: 'string' } },
    maxPositionals: 1,
  });
  const root = resolve(positionals[0] ?? getOutDir());
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`check-dist: ${root} has no index.html; build the site first (npm run build).`);
    return 2;
  }
  const site = values.site ?? getSiteUrl();
  const started = performance.now();
  console.log(`check-dist: checking ${root} (site ${site})`);
  const results = await checkDist(root, { site, vnuJar: values['vnu-jar'] });
  console.log(formatReport(results));
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const summary = summarize(results);
  if (values['json-summary']) await writeFile(values['json-summary'], JSON.stringify(summary));
  return summary.failed > 0 || summary.passed === 0 ? 1 : 0;
}

if (import.meta.main) {
  process.exitCode = await main().catch((error: unknown) => {
    console.error(error);
    return 2;
  });
}
