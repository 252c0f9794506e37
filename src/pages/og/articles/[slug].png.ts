import type { APIContext } from 'astro';
import { getCorpus } from '../../../lib/content.ts';
import { buildCacheKey } from '../../../lib/cache-key.ts';
import { getSocialCard } from '../../../lib/social/card-cache.ts';
import { getArticleCardInput } from '../../../lib/social/card-input.ts';
import type { SocialCardInput } from '../../../lib/social/render-card.ts';
import { SOCIAL_IMAGE_TYPE } from '../../../lib/social/paths.ts';

export async function getStaticPaths() {
  const corpus = await getCorpus();
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.data.name]));
  return corpus.stories.map((story) => {
    const card = getArticleCardInput(story.data, topicNames);
    // A card is a pure function of its input.
    return { params: { slug: story.id }, props: { card }, cacheKey: buildCacheKey(card) };
  });
}

/** The social card of one article (`/og/articles/<slug>.png`). */
export async function GET({ props }: APIContext<{ card: SocialCardInput }>) {
  const png = await getSocialCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE_TYPE } });
}
