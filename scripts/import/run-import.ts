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
  const loaded = await loadCapture(options.capture);
  const { capture } = loaded;
  await assertTopicsExist(options.contentDir, options.topics);

  const slug = options.slug ?? slugify(capture.headline);
  if (!slug) {
    throw new ImportError(`cannot make a slug from the headline ${JSON.stringify(capture.headline)}`, {
      file: options.capture,
      hint: 'Pass --slug <slug>',
    });
  }
  const hasSource =
    options.sourceName !== undefined || options.sourceUrl !== undefined || options.sourceSection !== undefined;
  let entry: string;
  try {
    entry = toEntry(capture, {
      publishedAt: options.publishedAt,
      updatedAt: options.updatedAt,
      dateNote: options.dateNote,
      topics: options.topics,
      credits: resolveCredits(options.credits, capture.standfirst, options.sourceName),
      source: hasSource
        ? { name: options.sourceName, url: options.sourceUrl, section: options.sourceSection }
        : undefined,
      references: options.references,
      kind: options.kind,
      draft: options.draft,
    });
  } catch (error) {
    throw isImportError(error) ? error.withFile(options.capture) : error;
  }

  if (options.dryRun) {
    io.stdout(entry);
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
    ...loaded.notes.map((note) => `  note: ${note}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
