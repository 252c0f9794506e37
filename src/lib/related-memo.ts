/**
 * Related stories of the last build, reused when nothing they are computed from changed: the same
 * code and dependencies (the build fingerprint), the same options, and the same published stories
 * with the same entry digests (the digest covers a story's title, standfirst, topics, dates and
 * body). Computing them reads every body and costs about 4 s at 10,000 stories; a rebuild without
 * an edit then reads one file instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './write-file-atomically.ts';

/** What the key is made of, for one story. */
export interface RelatedMemoStory {
  id: string;
  /** Content digest of the entry file. */
  digest: string;
}

interface MemoFile {
  key: string;
  related: [string, string[]][];
}

/** Digest of every input of the related-stories computation (see the module comment). */
export function getRelatedMemoKey(fingerprint: string, options: unknown, stories: readonly RelatedMemoStory[]): string {
  const hash = createHash('sha256').update(`${fingerprint}\n${JSON.stringify(options)}\n`);
  for (const line of stories.map((story) => `${story.id}\t${story.digest}`).sort()) hash.update(`${line}\n`);
  return hash.digest('hex');
}

/** The related stories memoised under `key` in `file`; undefined when there are none (or the file is not ours). */
export function readRelatedMemo(file: string, key: string): Map<string, string[]> | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile>;
    if (stored.key !== key || !Array.isArray(stored.related)) return undefined;
    return new Map(stored.related);
  } catch {
    return undefined;
  }
}

/** Memoises `related` under `key` in `file`, written atomically. */
export function writeRelatedMemo(file: string, key: string, related: ReadonlyMap<string, string[]>): void {
  writeFileAtomically(file, JSON.stringify({ key, related: [...related] } satisfies MemoFile));
}
