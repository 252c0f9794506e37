import { getCorpus } from '../lib/content.ts';
import { listSearchPages } from '../lib/search/shards.ts';

/**
 * Build-time only: every article page and the year of its search shard. The
 * `vigie:search-index` integration (`src/integrations/search-index.ts`) indexes them once the
 * pages are built, then deletes this file from the output.
 */
export async function GET() {
  return new Response(JSON.stringify(listSearchPages((await getCorpus()).stories)));
}
