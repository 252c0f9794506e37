import type { APIContext } from 'astro';
import { getCorpus } from '../../lib/content.ts';
import { getSocialCard } from '../../lib/social/card-cache.ts';
import { listSocialCards } from '../../lib/social/card-manifest.ts';
import { SOCIAL_IMAGE_TYPE } from '../../lib/social/paths.ts';
import type { SocialCardInput } from '../../lib/social/render-card.ts';

/**
 * Social cards for `astro dev` only, drawn on request. A build lists no path here:
 * the `vigie:social-cards` integration writes the cards after the pages, from the
 * card cache, because 10,000 card routes cost Astro ~4 ms each even when nothing
 * is drawn (see scripts/bench).
 */
export async function getStaticPaths() {
  if (!__VIGIE_DEV_SERVER__) return [];
  return listSocialCards(await getCorpus()).map(({ path, card }) => ({
    params: { card: path.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { card },
  }));
}

export async function GET({ props }: APIContext<{ card: SocialCardInput }>) {
  const png = await getSocialCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE_TYPE } });
}
