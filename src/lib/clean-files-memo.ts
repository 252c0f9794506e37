/**
 * Remembers which content files passed the raw-byte checks (`src/lib/content-files.ts`), by the
 * SHA-256 of their bytes, so that a rebuild checks only new or changed files: parsing every
 * file's YAML again cost about 3 s of each rebuild at 10,000 stories.
 *
 * Only a file with no problem is remembered (a build with a problem fails), and only under the
 * digest of the checks themselves: changing a check or the YAML parser forgets every verdict.
 * An unreadable or foreign memo file is an empty memo, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What {@link findContentFolderProblems} asks of a memo. */
export interface CleanFileMemo {
  /** Whether a file with these bytes passed the checks; marks it as still in use. */
  isKnownClean(bytes: Uint8Array): boolean;
  /** Records that a file with these bytes passed the checks. */
  markClean(bytes: Uint8Array): void;
}

interface MemoFile {
  checks: string;
  clean: string[];
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** A memo kept in `file`, valid for the checks whose digest is `checks`; `save()` writes the files seen in this pass. */
export function openCleanFileMemo(file: string, checks: string): CleanFileMemo & { save(): void } {
  let known = new Set<string>();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile>;
    if (stored.checks === checks && Array.isArray(stored.clean)) known = new Set(stored.clean.map(String));
  } catch {
    // No memo yet, or not one of ours: every file is checked.
  }
  const seen = new Set<string>();
  return {
    isKnownClean(bytes) {
      const key = digest(bytes);
      if (!known.has(key)) return false;
      seen.add(key);
      return true;
    },
    markClean(bytes) {
      seen.add(digest(bytes));
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ checks, clean: [...seen].sort() } satisfies MemoFile));
      renameSync(temporary, file);
    },
  };
}
