/**
 * `npm run audit`: Lighthouse (mobile preset) on the built site, served on 127.0.0.1, with
 * Debian's Chromium. Prints the four category scores per page as a Markdown table, then the
 * audits that cost points. See `--help` for options and exit codes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { getOutDir } from '../src/site.config.ts';
import { AUDIT_USAGE, CHROME_FLAGS, getPageFile, parseAuditArgs } from './audit/options.ts';
import {
  CATEGORIES,
  formatAuditReport,
  getLowestScore,
  pickMedianRun,
  toPageAudit,
  type LighthouseResultLike,
  type PageAudit,
} from './audit/scores.ts';
import { getFirstSentence } from './lib/cli.ts';
import { startStaticServer } from './lib/static-server.ts';

/** Starts Chromium with a DevTools port chosen by the browser; resolves with the port once it listens. */
function launchChromium(executable: string, profileDir: string): Promise<{ process: ChildProcess; port: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      executable,
      [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not open its DevTools port within 30 s:\n${stderr.slice(-2000)}`)),
      30_000,
    );
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill();
      reject(error);
    }
    child.once('error', (error) => fail(new Error(`cannot start ${executable}: ${error.message} (set CHROME_PATH)`)));
    child.once('exit', (code) =>
      fail(new Error(`Chromium exited with code ${code} before opening its DevTools port:\n${stderr.slice(-2000)}`)),
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolvePromise({ process: child, port: Number(match[1]) });
      }
    });
  });
}

/** Kills Chromium and waits for it to exit, so it no longer writes into its profile folder. */
function stopChromium(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill();
  });
}

async function main(): Promise<number> {
  const parsed = parseAuditArgs(process.argv.slice(2), getOutDir());
  if (parsed.help) {
    console.log(AUDIT_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`audit: ${getFirstSentence(parsed.error)}; see --help`);
    return 2;
  }
  const { dist, json, pages, runs, min } = parsed.options;
  const missing = pages.filter((path) => !existsSync(join(dist, getPageFile(path))));
  if (missing.length > 0) {
    console.error(`audit: not in ${dist}: ${missing.join(', ')} (build the site first: npm run build)`);
    return 2;
  }

  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const profileDir = mkdtempSync(join(tmpdir(), 'vigie-audit-chromium-'));
  const { server, origin } = await startStaticServer(dist);
  let chromium: ChildProcess | undefined;
  try {
    const launched = await launchChromium(chromePath, profileDir);
    chromium = launched.process;
    // A throw-away first run: the first page load of a fresh browser pays its cold start
    // (hundreds of ms of main-thread work), which would show as blocking time on the first page.
    await lighthouse(new URL(pages[0]!, origin).href, {
      port: launched.port,
      output: 'json',
      logLevel: 'error',
      onlyAudits: ['viewport'],
    });
    const results: PageAudit[] = [];
    for (const path of pages) {
      const url = new URL(path, origin).href;
      const pageRuns: PageAudit[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, {
          port: launched.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
        pageRuns.push(toPageAudit(path, url, run.lhr as unknown as LighthouseResultLike));
      }
      results.push(pickMedianRun(pageRuns));
    }
    console.log(formatAuditReport(results));
    if (json) {
      await writeFile(json, `${JSON.stringify({ pages: results }, null, 2)}\n`);
      console.log(`\nJSON written to ${json}`);
    }
    if (results.some((r) => r.runtimeError)) return 1;
    const lowest = getLowestScore(results);
    if (min !== undefined && (lowest === null || lowest < min)) {
      console.error(`audit: lowest score ${lowest ?? 'none'} is below --min ${min}`);
      return 1;
    }
    return 0;
  } finally {
    if (chromium) await stopChromium(chromium);
    server.close();
    // Chromium's helper processes can outlive the browser by a moment; retry instead of failing.
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`audit: ${(error as Error).message}`);
  process.exitCode = 2;
}
