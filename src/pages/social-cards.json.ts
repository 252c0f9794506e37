import { getCorpus } from '../lib/content.ts';
import { listSocialCards } from '../lib/social/card-manifest.ts';

/**
 * Build-time only: the social cards to publish (path and content of each). The
 * `vigie:social-cards` integration (`src/integrations/social-cards.ts`) writes the
 * PNG files from it once the pages are built, then deletes it from the output.
 */
export async function GET() {
  return new Response(JSON.stringify(listSocialCards(await getCorpus())));
}
