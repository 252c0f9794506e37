/**
 * Cache keys of pages for incremental publishing (`src/lib/build-plan.ts`): a page whose key
 * is unchanged, under an unchanged template and configuration (the publish fingerprint), is kept
 * from the published site instead of rendered, so a key must cover every datum the page shows
 * that does not come from its template or from the Astro config.
 */
import { createHash } from 'node:crypto';

/** A story as pages receive it: its content-layer entry carries the digest of its file. */
interface KeyedStory {
  id: string;
  entry: { digest?: string | number };
}

function isKeyedStory(value: unknown): value is KeyedStory {
  return (
    typeof value === 'object' &&
    value !== null &&
    'entry' in value &&
    'id' in value &&
    typeof (value as KeyedStory).entry === 'object' &&
    (value as KeyedStory).entry !== null &&
    'digest' in (value as KeyedStory).entry
  );
}

/**
 * A 22-character key for the JSON of `parts`. Stories are replaced by
 * `id:digest` (the digest of the entry file: frontmatter and body), so a key stays
 * small and changes with any edit of a story the page shows, without serialising
 * rendered HTML. Dates serialise as ISO strings. Parts must be JSON-serialisable.
 */
export function buildCacheKey(...parts: unknown[]): string {
  const json = JSON.stringify(parts, (_key, value: unknown) =>
    isKeyedStory(value) ? `${value.id}:${String(value.entry.digest)}` : value,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}
