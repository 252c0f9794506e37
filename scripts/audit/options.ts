/** Command-line options of `npm run audit` (`scripts/audit.ts`). */
import { parseArgs } from 'node:util';

/**
 * Pages audited by default: one of each indexable page type (home, story, brief, topic index and
 * topic, person, organisation, author, corrections, feeds, about). Search (noindex, the one page with
 * JavaScript) and the 404 (answered with status 404) are left out: Lighthouse's SEO category
 * marks both by design.
 */
export const DEFAULT_PAGES: readonly string[] = [
  '/',
  '/articles/cooperation-franco-belge-contre-le-terrorisme/',
  '/articles/sommet-franco-belge-val-duchesse-1er-fevrier-2016/',
  '/sujets/',
  '/sujets/terrorisme/',
  '/personnes/salah-abdeslam/',
  '/organisations/etat-islamique/',
  '/auteurs/martin-vachiery/',
  '/corrections/',
  '/flux/',
  '/a-propos/',
];

/** Chromium flags for a headless, quiet, reproducible run (no background traffic, no sandbox as root). */
export const CHROME_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs per page. Simulated blocking time moves by tens of milliseconds between identical loads on a
 * small machine, enough to move a score by a point; Lighthouse's guidance on variability is to report
 * the median of several runs.
 */
export const DEFAULT_RUNS = 3;
export const MAX_RUNS = 9;

/** Usage text printed by `--help` and on a usage error. */
export const AUDIT_USAGE = `Usage: npm run audit -- [--dist <dir>] [--json <file>] [--page <path>]... [--runs <n>] [--min <score>]

Serves the built site on 127.0.0.1, runs Lighthouse (mobile preset) with Chromium ($CHROME_PATH,
default /usr/bin/chromium) on each page --runs times and prints the median run's performance,
accessibility, best-practices and SEO scores as a Markdown table, with every run's performance.

  --dist <dir>     built site (default: VIGIE_OUT_DIR or dist)
  --json <file>    also write the scores and the audits that cost points as JSON
  --page <path>    site path to audit (repeatable; default: ${DEFAULT_PAGES.join(' ')})
  --runs <n>       Lighthouse runs per page, 1 to ${MAX_RUNS} (default ${DEFAULT_RUNS}); the median run is reported
  --min <score>    exit 1 when any category of any page scores below this (0-100)

Exit code: 0 when the audit ran (and met --min), 1 when a score is below --min or Lighthouse
failed on a page, 2 on a usage or setup error.`;

/** Validated options. */
export interface AuditOptions {
  dist: string;
  json?: string;
  pages: string[];
  /** Lighthouse runs per page; the median run is reported. */
  runs: number;
  min?: number;
}

/** Result of {@link parseAuditArgs}: help, a usage error, or the options. */
export type ParsedAuditArgs = { help: true } | { help: false; error: string } | { help: false; options: AuditOptions };

/** Parses the arguments of `scripts/audit.ts`; `defaultDist` is used when `--dist` is absent. */
export function parseAuditArgs(argv: readonly string[], defaultDist: string): ParsedAuditArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        dist: { type: 'string' },
        json: { type: 'string' },
        page: { type: 'string', multiple: true },
        min: { type: 'string' },
        runs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { help: false, error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const pages = values.page ?? [...DEFAULT_PAGES];
  const badPage = pages.find((p) => !p.startsWith('/'));
  if (badPage !== undefined)
    return { help: false, error: `--page must be a site path starting with /, got "${badPage}"` };
  let min: number | undefined;
  if (values.min !== undefined) {
    min = Number(values.min);
    if (!Number.isFinite(min) || min < 0 || min > 100)
      return { help: false, error: `--min must be a number from 0 to 100, got "${values.min}"` };
  }
  let runs = DEFAULT_RUNS;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
      return { help: false, error: `--runs must be a whole number from 1 to ${MAX_RUNS}, got "${values.runs}"` };
  }
  return {
    help: false,
    options: {
      dist: values.dist ?? defaultDist,
      pages,
      runs,
      ...(values.json ? { json: values.json } : {}),
      ...(min !== undefined ? { min } : {}),
    },
  };
}

/**
 * File of the built site that a site path is served from (`/` → `index.html`,
 * `/sujets/x/` → `sujets/x/index.html`, `/rss.xml` → `rss.xml`).
 */
export function getPageFile(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}
