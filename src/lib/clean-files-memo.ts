/**
 * Remembers which inputs passed a check, so that a rebuild checks only new or changed ones:
 * content files passing the raw-byte checks (`src/lib/content-files.ts`), by the SHA-256 of their
 * bytes (parsing every file's YAML again cost about 3 s of each rebuild at 10,000 stories), and
 * article bodies passing the corpus's text checks, by their entry's content digest.
 *
 * Only a file with no problem is remembered (a build with a problem fails), and only under the
 * digest of the checks themselves: changing a check or the YAML parser forgets every verdict.
 * An unreadable or foreign memo file is an empty memo, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './write-file-atomically.ts';

/** What `findContentFolderProblems` asks of a memo. */
export interface CleanFileMemo {
  /** Whether an input with these bytes (or this digest) passed the checks; marks it as still in use. */
  isKnownClean(input: Uint8Array | string): boolean;
  /** Records that an input with these bytes (or this digest) passed the checks. */
  markClean(input: Uint8Array | string): void;
}

interface MemoFile {
  checks: string;
  clean: string[];
}

/** A digest given as a string is the key itself; bytes are hashed. */
function toKey(input: Uint8Array | string): string {
  return typeof input === 'string' ? input : createHash('sha256').update(input).digest('base64url');
}

/** A memo kept in `file`, valid for the checks whose digest is `checks`; `save()` writes the inputs seen in this pass. */
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
    isKnownClean(input) {
      const key = toKey(input);
      if (!known.has(key)) return false;
      seen.add(key);
      return true;
    },
    markClean(input) {
      seen.add(toKey(input));
    },
    save() {
      writeFileAtomically(file, JSON.stringify({ checks, clean: [...seen].sort() } satisfies MemoFile));
    },
  };
}
