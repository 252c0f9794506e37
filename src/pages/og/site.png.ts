import { getSocialCard } from '../../lib/social/card-cache.ts';
import { getSiteCardInput } from '../../lib/social/card-input.ts';
import { SOCIAL_IMAGE_TYPE } from '../../lib/social/paths.ts';

/** The site-wide social card (`/og/site.png`), for pages not about one story or topic. */
export async function GET() {
  const png = await getSocialCard(getSiteCardInput());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE_TYPE } });
}
