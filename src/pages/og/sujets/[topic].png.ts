import type { APIContext } from 'astro';
import { getCorpus } from '../../../lib/content.ts';
import { buildCacheKey } from '../../../lib/cache-key.ts';
import { getSocialCard } from '../../../lib/social/card-cache.ts';
import { getTopicCardInput } from '../../../lib/social/card-input.ts';
import type { SocialCardInput } from '../../../lib/social/render-card.ts';
import { SOCIAL_IMAGE_TYPE } from '../../../lib/social/paths.ts';

export async function getStaticPaths() {
  const corpus = await getCorpus();
  return corpus.topics.map((topic) => {
    const card = getTopicCardInput(topic.data.name, corpus.storiesByTopic.get(topic.id)?.length ?? 0);
    // A card is a pure function of its input.
    return { params: { topic: topic.id }, props: { card }, cacheKey: buildCacheKey(card) };
  });
}

/** The social card of one topic page (`/og/sujets/<slug>.png`). */
export async function GET({ props }: APIContext<{ card: SocialCardInput }>) {
  const png = await getSocialCard(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE_TYPE } });
}
