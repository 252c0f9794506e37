import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BudgetSetupError, runBudgetCheck } from './run.ts';

const CLI = fileURLToPath(new URL('../check-budget.ts', import.meta.url));

function html(body: string): string {
  return `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/_astro/site.css"></head><body><main>${body}</main></body></html>`;
}

let site: string;
function write(file: string, content: string): void {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), content);
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'vigie-budget-'));
  write('_astro/site.css', 'body{margin:0}'.repeat(50));
  write('index.html', html('<h1>Vigie</h1>'));
  write('articles/a/index.html', html('<h1>A</h1><p>Texte.</p>'));
  write('sujets/terrorisme/index.html', html('<h1>Terrorisme</h1>'));
  // The search page is allowed its script: it is not a page type under budget.
  write('recherche/index.html', html('<script type="module" src="/_astro/search.js"></script>'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('runBudgetCheck', () => {
  it('passes a small site and measures only home, article and topic pages', async () => {
    const run = await runBudgetCheck(site);
    expect(run.exitCode).toBe(0);
    expect(run.measures.map((m) => m.file)).toEqual([
      'articles/a/index.html',
      'index.html',
      'sujets/terrorisme/index.html',
    ]);
  });

  it('fails when one article is padded past the budget', async () => {
    write('articles/a/index.html', html(`<h1>A</h1><p>${randomBytes(24_000).toString('base64')}</p>`));
    const run = await runBudgetCheck(site);
    expect(run.exitCode).toBe(1);
    expect(run.report).toMatch(/1 of 3 pages fail:\n- articles\/a\/index\.html\n {4}size: \d+ bytes gzip/);
  });

  it('fails when a topic page gains a script', async () => {
    write('sujets/terrorisme/index.html', html('<script type="module" src="/_astro/x.js"></script>'));
    expect((await runBudgetCheck(site)).exitCode).toBe(1);
  });

  it('refuses a folder that is not a built site', async () => {
    await expect(runBudgetCheck(join(site, 'nope'))).rejects.toBeInstanceOf(BudgetSetupError);
    rmSync(join(site, 'index.html'));
    await expect(runBudgetCheck(site)).rejects.toThrow(/has no index\.html/);
  });
});

describe('scripts/check-budget.ts', () => {
  const cli = (dir: string) => spawnSync(process.execPath, [CLI, dir], { encoding: 'utf8' });

  it('exits 0 on a site within budget, 1 once a page is padded past it, 2 on a missing folder', () => {
    const ok = cli(site);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('All 3 pages pass.');

    write('index.html', html(`<p>${randomBytes(24_000).toString('base64')}</p>`));
    const padded = cli(site);
    expect(padded.status).toBe(1);
    expect(padded.stdout).toMatch(/\| home \| 1 \| 1 \| index\.html \|/);

    const missing = cli(join(site, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
  });
});
