/**
 * The import pipeline behind `scripts/import.ts`: options → capture → credits and slug →
 * validated entry → atomic write (or stdout with `--dry-run`). Returns the exit code; prints one
 * line on stderr per failure.
 */
import { join } from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { resolveCredits } from './credits.ts';
import { ImportError, isImportError } from './errors.ts';
import { type ImportOptions, parseImportArgs, USAGE } from './options.ts';
import type { Capture } from './capture.ts';
import { assertLanguageAllowed, resolvePageValues } from './page-values.ts';
import { loadCapture } from './read-capture.ts';
import { toEntry } from './to-entry.ts';
import { assertTopicsExist } from './topics.ts';
import { writeFileAtomic } from './write-entry.ts';

/** Where the importer prints. */
export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit code of a refused import (bad input or options). */
export const EXIT_REFUSED = 1;
/** Exit code of an unexpected failure (a bug in the importer). */
export const EXIT_BUG = 2;

/** Runs the importer with command-line `argv`; resolves to the process exit code. */
export async function runImport(
  argv: readonly string[],
  io: ImportIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  try {
    const parsed = parseImportArgs(argv, env);
    if (parsed.help) {
      io.stdout(USAGE);
      return 0;
    }
    await importCapture(parsed.options, io);
    return 0;
  } catch (error) {
    if (isImportError(error)) {
      io.stderr(`import error: ${error.message}\n`);
      return EXIT_REFUSED;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`import error: unexpected failure, please report it: ${detail.replace(/\s*\n\s*/g, ' | ')}\n`);
    return EXIT_BUG;
  }
}

async function importCapture(options: ImportOptions, io: ImportIo): Promise<void> {
  const loaded = await loadCapture(
    options.capture,
    withoutUndefined({ title: options.title, standfirst: options.standfirst }),
  );
  const capture = withOverrides(loaded.capture, options);
  const page = loaded.html ? resolvePageValues(options, loaded.html) : undefined;
  if (page) {
    try {
      assertLanguageAllowed(page.language, options.allowLanguage);
    } catch (error) {
      throw isImportError(error) ? error.withFile(options.capture) : error;
    }
  }
  const publishedAt = page?.publishedAt ?? options.publishedAt;
  if (publishedAt === undefined) {
    throw new ImportError(
      loaded.html
        ? 'no publication date: the page states none (JSON-LD datePublished, article:published_time)'
        : '--published-at is required',
      { file: loaded.html ? options.capture : undefined, hint: 'Give e.g. --published-at 2017-01-06T19:00:00+01:00' },
    );
  }
  await assertTopicsExist(options.contentDir, options.topics);

  const slug = options.slug ?? slugify(capture.headline);
  if (!slug) {
    throw new ImportError(`cannot make a slug from the headline ${JSON.stringify(capture.headline)}`, {
      file: options.capture,
      hint: 'Pass --slug <slug>',
    });
  }
  const source = withoutUndefined({
    name: page?.sourceName ?? options.sourceName,
    url: page?.sourceUrl ?? options.sourceUrl,
    section: page?.sourceSection ?? options.sourceSection,
  });
  let entry: string;
  try {
    entry = toEntry(capture, {
      publishedAt,
      updatedAt: page ? page.updatedAt : options.updatedAt,
      dateNote: options.dateNote,
      topics: options.topics,
      credits: page?.credits ?? resolveCredits(options.credits, capture.standfirst, source.name),
      source: Object.keys(source).length > 0 ? source : undefined,
      references: options.references,
      kind: options.kind,
      draft: options.draft,
      imported: page && { language: page.language, fromPage: page.fromPage.map(({ field }) => field) },
    });
  } catch (error) {
    throw isImportError(error) ? error.withFile(options.capture) : error;
  }

  const fromPageLines = (page?.fromPage ?? []).map(({ field, from }) => `from the page: ${field} (${from})`);
  if (options.dryRun) {
    io.stdout(entry);
    for (const line of fromPageLines) io.stderr(`${line}\n`);
    for (const note of loaded.notes) io.stderr(`note: ${note}\n`);
    return;
  }
  const target = join(options.contentDir, 'articles', `${slug}.md`);
  await writeFileAtomic(target, entry, {
    force: options.force,
    existsHint: `Choose another slug with --slug <other>${options.slug ? '' : ` (the headline gives "${slug}")`}, or pass --force to replace it`,
  });
  const subheads = capture.blocks.filter((block) => block.type === 'subhead').length;
  const lines = [
    `Wrote ${target}`,
    `  title: ${capture.headline}`,
    `  ${count(capture.blocks.length - subheads, 'paragraph')}, ${count(subheads, 'subhead')}, read as ${loaded.format === 'html' ? 'HTML' : 'plain text'}`,
    ...fromPageLines.map((line) => `  ${line}`),
    ...loaded.notes.map((note) => `  note: ${note}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

// --title and --standfirst replace what a plain-text capture gives (a page reader applied them already).
function withOverrides(capture: Capture, options: ImportOptions): Capture {
  return {
    ...capture,
    headline: options.title ?? capture.headline,
    standfirst: options.standfirst ?? capture.standfirst,
  };
}

function withoutUndefined<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
